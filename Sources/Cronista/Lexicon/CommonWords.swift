/// Common lower-case words of the language (`common-words.txt`): a
/// capitalised sequence made only of them is not a person's name ("Guerra
/// Mundial", "Recursos Minerais").
public struct CommonWords: Sendable {
    public private(set) var ids: WordSet = []
    /// The rules that take a plural back to its singular (`plurals.tsv`).
    public private(set) var plurals = PluralRules()

    /// Loads `common-words.txt` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> CommonWords {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `common-words.txt` of `source`: one word a line.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> CommonWords {
        var words = CommonWords()
        words.plurals = try PluralRules.load(from: source)
        for (word, _) in try source.words("common-words.txt") {
            words.ids.insert(vocabulary.intern(word))
        }
        return words
    }

    /// Whether a token is a common word, directly or as the plural of one
    /// ("recursos", "minerais", "profissionais", "eleições").
    public func contains(_ token: Token, in scalars: [Unicode.Scalar], vocabulary: Vocabulary) -> Bool {
        if token.isKnown && ids.contains(token.word) { return true }
        let folded = token.folded(in: scalars)
        for stem in plurals.singulars(of: folded) {
            if let id = vocabulary.id(ofFolded: stem), ids.contains(id) { return true }
        }
        return false
    }
}
