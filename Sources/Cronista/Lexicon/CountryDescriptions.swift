import Foundation

/// Descriptions that stand for a country the article names ("o país
/// asiático", "o país vizinho"), loaded from `country-descriptions.tsv`.
public struct CountryDescriptions: Sendable {
    /// What a description refers to.
    public enum Referent: Sendable, Equatable {
        /// The most named country of one of these continents.
        case continent(Set<String>)
        /// A named country bordering one the sentence names.
        case neighbour
    }

    public private(set) var referents: [Referent] = []
    /// The descriptions, whose values index ``referents``.
    public private(set) var trie = PhraseTrie()

    /// Loads `country-descriptions.tsv` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> CountryDescriptions {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// The GeoNames continent codes a description may name.
    static let continents: Set<String> = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]

    /// Loads `country-descriptions.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> CountryDescriptions {
        var lexicon = CountryDescriptions()
        for row in try source.rows("country-descriptions.tsv") {
            try row.expect(2, columns: "phrase, refers to")
            if let bad = row.values(1).first(where: { $0 != "neighbour" && !continents.contains($0) }) {
                throw row.malformed("column 2: '\(bad)' is neither a continent code nor 'neighbour'")
            }
            let referent: Referent = row[1] == "neighbour" ? .neighbour : .continent(Set(row.values(1)))
            let index = Int32(lexicon.referents.count)
            lexicon.referents.append(referent)
            for phrase in row.values(0) {
                lexicon.trie.insert(vocabulary.internPhrase(phrase), value: index)
            }
        }
        return lexicon
    }
}
