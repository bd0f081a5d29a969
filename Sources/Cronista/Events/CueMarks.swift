/// The status cues of `events/cues.tsv` found at each token of an article,
/// in one pass: the events stage then asks a word of the parse which cues
/// it opens ("vai" future, "não" negation, "afirmou" report).
struct CueMarks {
    /// The kinds of status cue a token opens.
    struct Kinds: OptionSet {
        let rawValue: UInt16
        static let negation = Kinds(rawValue: 1)
        static let future = Kinds(rawValue: 2)
        static let hedge = Kinds(rawValue: 4)
        static let report = Kinds(rawValue: 8)
        static let estimate = Kinds(rawValue: 16)
        static let bothCountries = Kinds(rawValue: 32)
        static let bothPeople = Kinds(rawValue: 64)
        static let clauseBreak = Kinds(rawValue: 128)
        static let lightVerb = Kinds(rawValue: 256)
        static let inExchange = Kinds(rawValue: 512)
        static let claimAnaphor = Kinds(rawValue: 1024)
        static let quoteCue = Kinds(rawValue: 2048)

        /// The kinds of a cue kind name of `cues.tsv`.
        init(kind: String) {
            switch kind {
            case "negation": self = .negation
            case "future": self = .future
            case "hedge": self = .hedge
            case "report": self = .report
            case "estimate": self = .estimate
            case "both-countries": self = .bothCountries
            case "both-people": self = .bothPeople
            case "clause-break": self = .clauseBreak
            case "light-verb": self = .lightVerb
            case "in-exchange": self = .inExchange
            case "claim-anaphor": self = .claimAnaphor
            case "quote-cue": self = .quoteCue
            default: self = []
            }
        }

        init(rawValue: UInt16) { self.rawValue = rawValue }
    }

    /// The cue kinds starting at each token.
    let kinds: [Kinds]

    /// Marks the cues of `tokens`; tokens of a name are no cue ("Irão" is
    /// Iran, not "irão", will).
    init(tokens: [Token], lexicon: EventLexicon, entityOfToken: [Int32]) {
        let kindOfIndex = lexicon.cueKinds.map(Kinds.init(kind:))
        var kinds = [Kinds](repeating: [], count: tokens.count)
        for k in tokens.indices where k >= entityOfToken.count || entityOfToken[k] < 0 {
            lexicon.forEachCueKind(at: k, in: tokens) { kinds[k].formUnion(kindOfIndex[$0]) }
        }
        self.kinds = kinds
    }

    subscript(token: Int) -> Kinds { token < kinds.count ? kinds[token] : [] }
}
