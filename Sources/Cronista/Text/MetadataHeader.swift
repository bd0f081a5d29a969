/// The metadata line the corpus format may open with: ` date 2024-01`,
/// possibly followed on the same line by the start of the article.
public struct MetadataHeader: Equatable, Sendable {
    /// The date it states: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String
    /// How many scalars of the line the header takes, spaces included.
    public var length: Int

    /// Reads a header at the start of `line`, if there is one.
    public init?(line: some StringProtocol) {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].isHorizontalSpace { i += 1 }
        let keyword: [Unicode.Scalar] = ["d", "a", "t", "e"]
        guard i + 4 < scalars.count, Array(scalars[i..<i + 4]) == keyword, scalars[i + 4].isHorizontalSpace else {
            return nil
        }
        i += 4
        while i < scalars.count, scalars[i].isHorizontalSpace { i += 1 }
        let start = i
        while i < scalars.count, scalars[i].isDigit || scalars[i] == "-" { i += 1 }
        let value = String(scalars: scalars[start..<i])
        guard MetadataHeader.isPartialISODate(value) else { return nil }
        guard i == scalars.count || scalars[i].isHorizontalSpace else { return nil }
        while i < scalars.count, scalars[i].isHorizontalSpace { i += 1 }
        self.date = value
        self.length = i
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible numbers and a day the month has.
    public static func isPartialISODate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false } }
        if parts.count == 3 {
            // A real day of that month: no February 30th, no 31st of April.
            guard parts[2].count == 2, let d = Int(parts[2]), let y = Int(parts[0]), let m = Int(parts[1]),
                (1...CalendarDate.daysIn(month: m, year: y)).contains(d)
            else { return false }
        }
        return true
    }
}
