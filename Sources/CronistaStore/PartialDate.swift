import Cronista

/// Dates as the analysis writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// a prefix of the day they name. Two dates are compatible when one is a
/// prefix of the other (2023-09 and 2023-09-13; 2023 and 2023-09).
package enum PartialDate {
    /// Whether plain dates (``plain(_:)``) `a` and `b` may name the same
    /// day; an unknown date is compatible with any.
    package static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.utf8.starts(with: b.utf8) || b.utf8.starts(with: a.utf8)
    }

    /// The more precise of two compatible dates.
    package static func morePrecise(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return b.utf8.count > a.utf8.count ? b : a
    }

    /// Whether the plain date `date` does not start after `bound` (at the
    /// precision both have).
    package static func notAfter(_ date: String, _ bound: String) -> Bool {
        guard let bound = plain(bound) else { return true }
        let length = min(date.utf8.count, bound.utf8.count)
        return !bound.utf8.prefix(length).lexicographicallyPrecedes(date.utf8.prefix(length))
    }

    /// The date without a range's second half or unknown parts, or nil when
    /// it does not start with a year: the longest prefix that is a real
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so that a season ("2024-SU"), a
    /// week ("2024-W23") or a month 13 never passes for a month or a day.
    package static func plain(_ date: String) -> String? {
        let head = date.split(separator: "/").first.map(String.init) ?? date
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearPart = parts.first, yearPart.count == 4, yearPart.allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(yearPart)
        else { return nil }
        guard parts.count >= 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(yearPart) }
        guard parts.count >= 3, parts[2].count == 2, let day = Int(parts[2]), (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else {
            return "\(yearPart)-\(parts[1])"
        }
        return "\(yearPart)-\(parts[1])-\(parts[2])"
    }

    /// `YYYY-MM` of a date precise to the month or day, else nil.
    package static func month(_ date: String?) -> String? {
        guard let date, let plain = plain(date), plain.count >= 7 else { return nil }
        return String(plain.prefix(7))
    }

    /// The precision of a plain date.
    package static func precision(_ date: String) -> String {
        switch date.count {
        case ..<5: return "year"
        case ..<8: return "month"
        default: return "day"
        }
    }
}
