/// Month and weekday names of a language, folded, loaded from `months.tsv`
/// and `weekdays.tsv`.
public struct CalendarLexicon: Sendable {
    /// Folded month name or abbreviation → month number (1–12).
    public var months: [String: Int]
    /// Folded weekday name → ISO weekday (1 = Monday … 7 = Sunday).
    public var weekdays: [String: Int]

    public init(months: [String: Int], weekdays: [String: Int]) {
        self.months = months
        self.weekdays = weekdays
    }

    /// Loads the calendar words of `language`.
    public static func load(language: String) throws -> CalendarLexicon {
        try load(from: .bundle(language))
    }

    /// Loads the calendar words from `months.tsv` and `weekdays.tsv` of `source`.
    public static func load(from source: ResourceSource) throws -> CalendarLexicon {
        func numbered(_ file: String, _ range: ClosedRange<Int>) throws -> [String: Int] {
            var table: [String: Int] = [:]
            for row in try source.rows(file) {
                try row.expect(2, columns: "number, forms")
                let number = try row.parse(0, as: "a number from \(range.lowerBound) to \(range.upperBound)") {
                    Int($0).flatMap { range.contains($0) ? $0 : nil }
                }
                for form in row.values(1) { table[TextFolding.fold(form)] = number }
            }
            return table
        }
        return CalendarLexicon(months: try numbered("months.tsv", 1...12), weekdays: try numbered("weekdays.tsv", 1...7))
    }
}
