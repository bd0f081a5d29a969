import Foundation

/// Role nouns and phrases ("ministro dos Negócios Estrangeiros",
/// "porta-voz") with the short English role and sector they give a person,
/// loaded from `roles.tsv`.
public struct RoleLexicon: Sendable {
    public struct Role: Sendable, Equatable {
        public var role: String
        public var sector: Sector?
    }

    public private(set) var roles: [Role] = []
    public private(set) var trie = PhraseTrie()

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> RoleLexicon {
        var lexicon = RoleLexicon()
        for row in try ResourceFile.table("roles.tsv", language: language) where row.count >= 2 {
            let index = Int32(lexicon.roles.count)
            lexicon.roles.append(Role(role: row[1], sector: row.count > 2 ? Sector(rawValue: row[2]) : nil))
            for pattern in TabularText.values(row[0]) {
                lexicon.trie.insert(vocabulary.internPhrase(pattern), value: index)
            }
        }
        return lexicon
    }
}
