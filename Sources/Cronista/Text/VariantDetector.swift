/// Tells pt-PT from pt-BR by weighing orthographic and lexical cues
/// (Moscovo/Moscou, cimeira/cúpula, facto/fato, económico/econômico) and
/// grammatical ones: "está a fazer" against "está fazendo", enclisis against
/// proclisis ("deverá concentrar-se" / "deverá se concentrar"), and the
/// article before possessives ("o seu país" / "seu país"). Each cue counts
/// once per text, so one place name repeated cannot outvote the rest.
public struct VariantDetector: Sendable {
    let cues: VariantCues
    /// Grammatical roles of the function words the rules look at, by id.
    let roles: [WordID: Roles]
    let cueScalars: [WordID: [[[Unicode.Scalar]]]]
    /// The words that open a cue or play a role: most tokens are neither,
    /// and are passed over with one bit test.
    let interesting: WordSet
    let wordA: WordID
    let wordSe: WordID
    let infinitives: [String]
    let gerunds: [String]
    let participles: [String]

    public init(cues: VariantCues, vocabulary: inout Vocabulary) {
        self.cues = cues
        var roles: [WordID: Roles] = [:]
        for (name, role) in [
            ("progressive-auxiliaries", Roles.progressive), ("modal-auxiliaries", .modal),
            ("possessives", .possessive), ("articles", .article),
        ] {
            for w in cues.grammar[name] { roles[vocabulary.intern(w), default: []].insert(role) }
        }
        self.roles = roles
        self.cueScalars = cues.byFirstWord.mapValues { $0.map(\.scalars) }
        self.interesting = WordSet(Array(cues.byFirstWord.keys) + Array(roles.keys))
        self.wordA = cues.grammar.id("progressive-preposition", &vocabulary)
        self.wordSe = cues.grammar.id("clitic", &vocabulary)
        self.infinitives = cues.endings["infinitive"]
        self.gerunds = cues.endings["gerund"]
        self.participles = cues.endings["participle"]
    }

    /// The grammatical part a word can play in a cue.
    struct Roles: OptionSet {
        let rawValue: UInt8
        static let progressive = Roles(rawValue: 1)
        static let modal = Roles(rawValue: 2)
        static let possessive = Roles(rawValue: 4)
        static let article = Roles(rawValue: 8)
    }

    /// The variant of a text, or nil when no cue is found or they balance.
    public func detect(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> Variant? {
        var european = 0.0
        var brazilian = 0.0
        var counted = Set<String>()
        func vote(_ variant: Variant, _ weight: Double, _ cue: String) {
            guard counted.insert(cue).inserted else { return }
            if variant == .european { european += weight } else { brazilian += weight }
        }
        /// Exact, case-insensitive comparison of a token with a cue word.
        func equals(_ t: Token, _ word: [Unicode.Scalar]) -> Bool {
            guard t.end - t.start == word.count else { return false }
            for (k, s) in scalars[t.start..<t.end].enumerated() {
                let lower = s.isUppercaseLetter ? (s.properties.lowercaseMapping.unicodeScalars.first ?? s) : s
                if lower != word[k] { return false }
            }
            return true
        }
        func ends(_ t: Token, with suffixes: [String], minimumLength: Int) -> Bool {
            guard t.kind == .word, t.end - t.start >= minimumLength else { return false }
            let folded = t.folded(in: scalars)
            return suffixes.contains { folded.hasSuffix($0) }
        }
        let noRoles = Roles()
        for i in tokens.indices where tokens[i].kind == .word && interesting.contains(tokens[i].word) {
            let word = tokens[i].word
            if let candidates = cues.byFirstWord[word], let forms = cueScalars[word] {
                for (cue, cueForms) in zip(candidates, forms) where i + cue.words.count <= tokens.count {
                    var matches = true
                    for k in cueForms.indices where !equals(tokens[i + k], cueForms[k]) {
                        matches = false
                        break
                    }
                    if matches { vote(cue.variant, cue.weight, cue.words.joined(separator: " ")) }
                }
            }
            let role = roles[word] ?? noRoles
            guard !role.isEmpty, i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            if role.contains(.progressive) {
                if next.word == wordA, i + 2 < tokens.count, ends(tokens[i + 2], with: infinitives, minimumLength: 4) {
                    vote(.european, 2, "estar a + infinitive")
                } else if ends(next, with: gerunds, minimumLength: 4) {
                    vote(.brazilian, 2, "estar + gerund")
                }
            }
            if role.contains(.modal), next.word == wordSe, i + 2 < tokens.count,
                ends(tokens[i + 2], with: infinitives, minimumLength: 4)
                    || ends(tokens[i + 2], with: participles, minimumLength: 5)
            {
                vote(.brazilian, 1.5, "proclisis after auxiliary")
            }
            if next.isKnown, roles[next.word]?.contains(.possessive) == true {
                if role.contains(.article) {
                    vote(.european, 0.5, "article + possessive")
                } else {
                    vote(.brazilian, 0.5, "bare possessive")
                }
            }
        }
        if european == brazilian { return nil }
        return european > brazilian ? .european : .brazilian
    }
}
