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

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> CountryDescriptions {
        var lexicon = CountryDescriptions()
        for row in try ResourceFile.table("country-descriptions.tsv", language: language) where row.count >= 2 {
            let referent: Referent = row[1] == "neighbour" ? .neighbour : .continent(Set(TabularText.values(row[1])))
            let index = Int32(lexicon.referents.count)
            lexicon.referents.append(referent)
            for phrase in TabularText.values(row[0]) {
                lexicon.trie.insert(vocabulary.internPhrase(phrase), value: index)
            }
        }
        return lexicon
    }
}
