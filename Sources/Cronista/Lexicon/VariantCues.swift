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

    public init(cues: [Cue], vocabulary: inout Vocabulary) {
        var index: [WordID: [Cue]] = [:]
        for cue in cues { index[vocabulary.intern(cue.words[0]), default: []].append(cue) }
        byFirstWord = index
    }

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> VariantCues {
        var cues: [Cue] = []
        for (index, row) in try ResourceFile.table("variant-cues.tsv", language: language).enumerated() {
            guard row.count >= 3, let variant = Variant(rawValue: row[1]), let weight = Double(row[2]) else {
                throw ResourceError.malformed(
                    file: "\(language)/variant-cues.tsv", line: index + 1, reason: "expected form, variant, weight")
            }
            let words = row[0].lowercased().split(separator: " ").map(String.init)
            cues.append(Cue(words: words, variant: variant, weight: weight))
        }
        return VariantCues(cues: cues, vocabulary: &vocabulary)
    }
}
