/// Spellings and words that tell European from Brazilian Portuguese, loaded
/// from `variant-cues.tsv`.
public struct VariantCues: Sendable {
    /// One cue: its words, lower case with accents, and what it votes for.
    public struct Cue: Sendable {
        public var words: [String]
        /// The words as scalars, for comparison with token text.
        public var scalars: [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
        public var variant: Variant
        public var weight: Double
    }

    /// Cues indexed by the vocabulary id of their first word.
    public var byFirstWord: [WordID: [Cue]]
    /// The function words of the grammatical cues (`variant-words.tsv`).
    public var grammar = WordClasses()
    /// The verb endings the grammatical cues look for (`endings.tsv`).
    public var endings = WordClasses()

    /// The classes of `variant-words.tsv`.
    public static let grammarClasses: Set<String> = [
        "progressive-auxiliaries", "modal-auxiliaries", "possessives", "articles", "progressive-preposition", "clitic",
    ]

    public init(cues: [Cue], vocabulary: inout Vocabulary) {
        var index: [WordID: [Cue]] = [:]
        for cue in cues { index[vocabulary.intern(cue.words[0]), default: []].append(cue) }
        byFirstWord = index
    }

    /// Loads `variant-cues.tsv` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> VariantCues {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `variant-cues.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> VariantCues {
        var cues: [Cue] = []
        for row in try source.rows("variant-cues.tsv") {
            try row.expect(3, columns: "form, variant, weight")
            let variant = try row.parse(1, as: "pt-PT or pt-BR") { Variant(rawValue: $0) }
            let weight = try row.parse(2, as: "a number") { Double($0) }
            let words = row[0].lowercased().split(separator: " ").map(String.init)
            cues.append(Cue(words: words, variant: variant, weight: weight))
        }
        var lexicon = VariantCues(cues: cues, vocabulary: &vocabulary)
        lexicon.grammar = try WordClasses.load("variant-words.tsv", from: source, classes: grammarClasses)
        lexicon.endings = try WordClasses.load("endings.tsv", from: source, classes: EventLexicon.endingClasses)
        return lexicon
    }
}
