/// Recognises a line that only states when an article was published
/// ("Publicado em 19 de junho de 2024 às 08h23", "18/09/2018 | 04:43") and
/// reads its date.
public struct DatelineReader: Sendable {
    let calendar: CalendarLexicon
    let openers: [String]

    /// Datelines are short: lines of more words are not read.
    public static let maximumWords = 14

    public init(calendar: CalendarLexicon, openers: [String]) {
        self.calendar = calendar
        self.openers = openers
    }

    /// The date a dateline states, as `YYYY-MM-DD` (or `YYYY-MM`), if `line`
    /// is a dateline and nothing else.
    public func date(inLine line: String) -> String? {
        // Every dateline states a year: a line with fewer than four digits is none.
        var digits = 0
        for b in line.utf8 where b >= 0x30 && b <= 0x39 { digits += 1 }
        guard digits >= 4 else { return nil }
        // Folded with hyphens kept, so "2024-01-18" stays one word.
        var folded = TextFolding.fold(scalars: line.scalarArray[...])
        for opener in openers where folded.hasPrefix(opener + " ") || folded == opener {
            folded = String(folded.dropFirst(opener.count))
            break
        }
        let words = Self.words(folded).flatMap { word in
            Self.numericDate(word) != nil ? [word] : word.split(separator: "-").map(String.init)
        }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if let numeric = Self.numericDate(word) {
                (day, month, year) = (numeric.day, numeric.month, numeric.year)
            } else if Self.isTime(word) || Self.fillers.contains(word) || calendar.weekdays[word] != nil {
                continue
            } else if let m = calendar.months[word] {
                month = m
            } else if let n = Int(word) {
                if n >= 1900 && n <= 2100 { year = n } else if n >= 1 && n <= 31 && day == nil { day = n } else { return nil }
            } else {
                return nil
            }
        }
        guard let y = year, let m = month, (1...12).contains(m) else { return nil }
        if let d = day, (1...31).contains(d) { return CalendarDate(year: y, month: m, day: d).isoString }
        return "\(y)-\(m < 10 ? "0" : "")\(m)"
    }

    /// The date of a dateline standing among other segments of a line
    /// ("Inicio | 27/11/25 - 03:47 pm | Cooperação"): the line itself, or a
    /// segment between bars, bullets or dashes.
    public func date(inSegmentsOf line: String) -> String? {
        if let date = date(inLine: line) { return date }
        let segments = line.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "·" })
        guard segments.count > 1 else { return nil }
        for segment in segments {
            if let date = date(inLine: segment.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    private static let fillers: Set<String> = ["pm", "am", "de", "do", "as", "a", "em", "|", "-", ",", "h", "hs", "horas", "feira", "utc", "gmt", "brt", "hora", "lisboa", "brasilia"]

    /// Splits on spaces and commas, keeping `|` and `-` as words.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init).filter { !$0.isEmpty && $0 != "." }
    }

    /// `18/09/2018`, `18.09.2018`, `18-09-2018`, `2018-09-18`, and with a
    /// two-digit year `27/11/25` (read as 2000–2099; slashes only, so that
    /// `18.09.25` stays a number).
    static func numericDate(_ word: String) -> (day: Int, month: Int, year: Int)? {
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).compactMap { Int($0) }
        guard parts.count == 3, word.count >= 8 else { return nil }
        if parts[0] > 1900 { return (parts[2], parts[1], parts[0]) }
        if parts[2] > 1900 { return (parts[0], parts[1], parts[2]) }
        let pieces = word.split(separator: "/")
        guard pieces.count == 3, pieces.allSatisfy({ $0.count == 2 }), (1...31).contains(parts[0]), (1...12).contains(parts[1]) else {
            return nil
        }
        return (parts[0], parts[1], 2000 + parts[2])
    }

    /// `04:43`, `08h23`, `14h`.
    static func isTime(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, first.isDigit else { return false }
        return scalars.contains { $0 == ":" || $0 == "h" } && scalars.allSatisfy { $0.isDigit || $0 == ":" || $0 == "h" }
    }
}
