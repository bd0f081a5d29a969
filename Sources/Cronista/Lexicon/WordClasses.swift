/// Named lists of words that rules consult ("the prepositions of an agent":
/// por, pelo, pela…), loaded from a two-column file so that the words live
/// in data, each list once, while the code names the list it needs.
///
/// File format: `class<TAB>words`, the words `|`-separated; a class may take
/// several rows, whose words add up. Every class the code asks for must be
/// in the file, and every class in the file must be one the code knows.
public struct WordClasses: Sendable {
    /// Words of each class, in file order.
    public private(set) var words: [String: [String]] = [:]

    public init(words: [String: [String]] = [:]) {
        self.words = words
    }

    /// Loads the classes of the file at `path` of `source`, which must be
    /// exactly `classes`.
    public static func load(_ path: String, from source: ResourceSource, classes: Set<String>) throws -> WordClasses {
        var result = WordClasses()
        let rows = try source.rows(path)
        for row in rows {
            try row.expect(2, columns: "class, words")
            guard classes.contains(row[0]) else {
                throw row.malformed("unknown class '\(row[0])'; expected one of \(classes.sorted().joined(separator: ", "))")
            }
            let values = row.values(1)
            guard !values.isEmpty else { throw row.malformed("class '\(row[0])' lists no words") }
            result.words[row[0], default: []] += values
        }
        if let absent = classes.subtracting(result.words.keys).sorted().first {
            throw ResourceError.malformed(
                file: source.fileName(path), line: (rows.last?.line ?? 0) + 1, reason: "class '\(absent)' is missing")
        }
        return result
    }

    /// The words of `name` (a class the loader was asked for).
    public subscript(name: String) -> [String] { words[name] ?? [] }

    /// The words of `name` as vocabulary ids.
    public func ids(_ name: String, _ vocabulary: inout Vocabulary) -> WordSet {
        WordSet(self[name].map { vocabulary.intern($0) })
    }

    /// The single word of `name` as a vocabulary id.
    public func id(_ name: String, _ vocabulary: inout Vocabulary) -> WordID {
        vocabulary.intern(self[name].first ?? "")
    }

    /// The words of `name`, folded (`TextFolding.fold`).
    public func folded(_ name: String) -> [String] { self[name].map(TextFolding.fold) }
}
