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

/// Closed-class words (articles, prepositions, pronouns, conjunctions) that
/// are never names, even capitalised at the start of a sentence.
public struct FunctionWords: Sendable {
    public private(set) var ids: Set<WordID> = []

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> FunctionWords {
        var words = FunctionWords()
        for line in try ResourceFile.load("function-words.txt", language: language).split(separator: "\n") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.ids.insert(vocabulary.intern(word))
        }
        return words
    }

    public func contains(_ token: Token) -> Bool { token.isKnown && ids.contains(token.word) }
}
