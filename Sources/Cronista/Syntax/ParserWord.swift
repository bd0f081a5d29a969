/// What the parser knows of one word: its hashed form and its tags.
struct ParserWord: Sendable {
    /// Hash of the lower-case form.
    var form: UInt64
    /// The universal tag.
    var tag: UInt64
    /// A finer tag: the universal tag with the verb form or pronoun type.
    var fine: UInt64

    static let none = ParserWord(form: 1, tag: 100, fine: 100)
    static let root = ParserWord(form: 2, tag: 101, fine: 101)

    init(form: UInt64, tag: UInt64, fine: UInt64) {
        self.form = form
        self.tag = tag
        self.fine = fine
    }

    /// A word of `atoms` tagged `tag` with morphological features `feats` (UD `A=B|C=D`).
    init(atoms: WordAtoms, tag: UniversalTag, feats: Substring) {
        form = atoms.lower
        self.tag = UInt64(tag.rawValue)
        self.fine = Self.fineTag(tag, feats: feats)
    }

    /// The tag refined by the verb form or pronoun type among `feats`.
    static func fineTag(_ tag: UniversalTag, feats: Substring) -> UInt64 {
        var fine = UInt64(tag.rawValue)
        for feature in feats.split(separator: "|") where feature.hasPrefix("VerbForm=") || feature.hasPrefix("PronType=") {
            fine = FeatureHash.mix(fine, FeatureHash.string(feature.utf8))
        }
        return fine
    }
}
