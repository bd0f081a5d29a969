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
