import Foundation

/// Closed-class words (articles, prepositions, pronouns, conjunctions) that
/// are never names, even capitalised at the start of a sentence.
public struct FunctionWords: Sendable {
    public private(set) var ids: WordSet = []

    /// Loads `function-words.txt` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> FunctionWords {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `function-words.txt` of `source`: one word a line.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> FunctionWords {
        var words = FunctionWords()
        for (word, _) in try source.words("function-words.txt") {
            words.ids.insert(vocabulary.intern(word))
        }
        return words
    }

    public func contains(_ token: Token) -> Bool { token.isKnown && ids.contains(token.word) }
}
