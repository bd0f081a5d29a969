/// The words of `quantities.tsv`: number words, multipliers, approximations
/// and units, as the quantity extractor, the temporal tagger ("há três
/// anos") and the event rules ("três vezes") read them.
public struct QuantityWords: Sendable {
    /// What one word of the file is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A cardinal ("cinco" = 5).
        case number
        /// A collective numeral ("dezenas" = 10, "milhares" = 1000): a number
        /// for quantities, never a count of years or times.
        case collective
        /// Multiplies the number before it ("mil" = 1000).
        case multiplier
        /// Opens an approximate quantity; the value is the approximation label.
        case approx
        /// A unit noun; the value is the normalised unit.
        case unit
    }

    /// One row: the word or phrase as written, its kind and its value.
    public struct Entry: Sendable {
        public var phrase: String
        public var kind: Kind
        public var value: String
        /// The value as a number (number, collective, multiplier).
        public var number: Double?
    }

    /// The labels an approximation may carry (``Quantity/approx``).
    public static let approximations: Set<String> = ["more-than", "less-than", "about", "up-to", "at-least"]

    /// The rows, in file order.
    public private(set) var entries: [Entry] = []

    /// The cardinals up to ten, folded ("tres" = 3): the words that count
    /// years ("há três anos") and repetitions ("três vezes").
    public var counting: [String: Int] {
        var table: [String: Int] = [:]
        for entry in entries where entry.kind == .number {
            if let n = entry.number, n == n.rounded(), (1...10).contains(n) { table[TextFolding.fold(entry.phrase)] = Int(n) }
        }
        return table
    }

    /// Loads `quantities.tsv` of `source`.
    public static func load(from source: ResourceSource) throws -> QuantityWords {
        var words = QuantityWords()
        for row in try source.rows("quantities.tsv") {
            try row.expect(3, columns: "word, kind, value")
            let kind = try row.enum(1, Kind.self)
            var number: Double?
            switch kind {
            case .number, .collective, .multiplier:
                number = try row.parse(2, as: "a positive number") { Double($0).flatMap { $0 > 0 ? $0 : nil } }
            case .approx:
                guard approximations.contains(row[2]) else {
                    throw row.malformed("column 3: '\(row[2])' is not one of \(approximations.sorted().joined(separator: ", "))")
                }
            case .unit:
                break
            }
            words.entries.append(Entry(phrase: row[0], kind: kind, value: row[2], number: number))
        }
        return words
    }
}
