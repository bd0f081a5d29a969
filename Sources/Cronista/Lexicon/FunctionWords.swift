import Foundation

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
