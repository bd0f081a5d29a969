/// Dates as the analysis writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// a prefix of the day they name. Two dates are compatible when one is a
/// prefix of the other (2023-09 and 2023-09-13; 2023 and 2023-09).
enum PartialDate {
    /// Whether plain dates (``plain(_:)``) `a` and `b` may name the same
    /// day; an unknown date is compatible with any.
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.utf8.starts(with: b.utf8) || b.utf8.starts(with: a.utf8)
    }

    /// The more precise of two compatible dates.
    static func morePrecise(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return b.utf8.count > a.utf8.count ? b : a
    }

    /// Whether the plain date `date` does not start after `bound` (at the
    /// precision both have).
    static func notAfter(_ date: String, _ bound: String) -> Bool {
        guard let bound = plain(bound) else { return true }
        let length = min(date.utf8.count, bound.utf8.count)
        return !bound.utf8.prefix(length).lexicographicallyPrecedes(date.utf8.prefix(length))
    }

    /// The date without a range's second half or unknown parts, or nil when
    /// it does not start with a year.
    static func plain(_ date: String) -> String? {
        let head = date.split(separator: "/").first.map(String.init) ?? date
        guard head.count >= 4, head.prefix(4).allSatisfy(\.isNumber) else { return nil }
        return head
    }

    /// `YYYY-MM` of a date precise to the month or day, else nil.
    static func month(_ date: String?) -> String? {
        guard let date, let plain = plain(date), plain.count >= 7 else { return nil }
        return String(plain.prefix(7))
    }

    /// The precision of a plain date.
    static func precision(_ date: String) -> String {
        switch date.count {
        case ..<5: return "year"
        case ..<8: return "month"
        default: return "day"
        }
    }
}
