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
    public private(set) var ids: WordSet = []

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

/// Common lower-case words of the language (`common-words.txt`): a
/// capitalised sequence made only of them is not a person's name ("Guerra
/// Mundial", "Recursos Minerais").
public struct CommonWords: Sendable {
    public private(set) var ids: WordSet = []

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> CommonWords {
        var words = CommonWords()
        for line in try ResourceFile.load("common-words.txt", language: language).split(separator: "\n") {
            if line.isEmpty || line.hasPrefix("#") { continue }
            words.ids.insert(vocabulary.intern(String(line)))
        }
        return words
    }

    /// Whether a token is a common word, directly or as the plural of one
    /// ("recursos", "minerais", "profissionais", "eleições").
    public func contains(_ token: Token, in scalars: [Unicode.Scalar], vocabulary: Vocabulary) -> Bool {
        if token.isKnown && ids.contains(token.word) { return true }
        let folded = token.folded(in: scalars)
        for (suffix, replacement) in Self.plurals where folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count)) + replacement
            if let id = vocabulary.id(ofFolded: stem), ids.contains(id) { return true }
        }
        return false
    }

    static let plurals: [(String, String)] = [
        ("ais", "al"), ("eis", "el"), ("ois", "ol"), ("oes", "ao"), ("aes", "ao"), ("ns", "m"), ("res", "r"),
        ("zes", "z"), ("ses", "s"), ("s", ""),
    ]
}
