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
        func numbered(_ file: String) throws -> [String: Int] {
            var table: [String: Int] = [:]
            for row in try ResourceFile.table(file, language: language) {
                guard row.count >= 2, let number = Int(row[0]) else {
                    throw ResourceError.malformed(file: "\(language)/\(file)", line: 0, reason: "bad row \(row)")
                }
                for form in TabularText.values(row[1]) { table[TextFolding.fold(form)] = number }
            }
            return table
        }
        return CalendarLexicon(months: try numbered("months.tsv"), weekdays: try numbered("weekdays.tsv"))
    }
}
