/// Tells pt-PT from pt-BR by weighing orthographic and lexical cues
/// (Moscovo/Moscou, cimeira/cúpula, facto/fato, económico/econômico) and
/// grammatical ones: "está a fazer" against "está fazendo", enclisis against
/// proclisis ("deverá concentrar-se" / "deverá se concentrar"), and the
/// article before possessives ("o seu país" / "seu país"). Each cue counts
/// once per text, so one place name repeated cannot outvote the rest.
public struct VariantDetector: Sendable {
    let cues: VariantCues

    public init(cues: VariantCues) {
        self.cues = cues
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
        func lower(_ t: Token) -> String {
            String(String.UnicodeScalarView(scalars[t.start..<t.end])).lowercased()
        }
        let roles = tokens.map { $0.kind == .word ? Self.roles[$0.folded] ?? [] : [] }
        for i in tokens.indices where tokens[i].kind == .word {
            if let candidates = cues.byFirstWord[tokens[i].folded] {
                for cue in candidates where i + cue.words.count <= tokens.count {
                    var matches = true
                    for (k, word) in cue.words.enumerated() where lower(tokens[i + k]) != word {
                        matches = false
                        break
                    }
                    if matches { vote(cue.variant, cue.weight, cue.words.joined(separator: " ")) }
                }
            }
            let role = roles[i]
            guard !role.isEmpty, i + 1 < tokens.count else { continue }
            let next = tokens[i + 1].folded
            if role.contains(.progressive) {
                if next == "a", i + 2 < tokens.count, Self.isInfinitive(tokens[i + 2].folded) {
                    vote(.european, 2, "estar a + infinitive")
                } else if Self.isGerund(next) {
                    vote(.brazilian, 2, "estar + gerund")
                }
            }
            if role.contains(.modal), next == "se", i + 2 < tokens.count, tokens[i + 2].kind == .word,
                Self.isInfinitive(tokens[i + 2].folded) || Self.isParticiple(tokens[i + 2].folded)
            {
                vote(.brazilian, 1.5, "proclisis after auxiliary")
            }
            if roles[i + 1].contains(.possessive) {
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

    static let roles: [String: Roles] = {
        var table: [String: Roles] = [:]
        for w in progressiveAuxiliaries { table[w, default: []].insert(.progressive) }
        for w in modalAuxiliaries { table[w, default: []].insert(.modal) }
        for w in possessives { table[w, default: []].insert(.possessive) }
        for w in articles { table[w, default: []].insert(.article) }
        return table
    }()

    static let progressiveAuxiliaries: Set<String> = [
        "esta", "estao", "estava", "estavam", "esteve", "estar", "estou", "estamos", "esteja", "estejam",
        "estaria", "estariam", "estivesse", "estiver", "estara", "estarao", "continua", "continuam",
        "continuava", "continuavam", "continuara", "continuarao", "continuar", "segue", "seguem", "fica",
        "ficam", "anda", "andam", "vinha", "vinham", "vem", "vao",
    ]
    static let modalAuxiliaries: Set<String> = [
        "vai", "vao", "ia", "iam", "deve", "devem", "devera", "deverao", "deveria", "pode", "podem",
        "podera", "poderao", "poderia", "tem", "teria", "tinha", "tinham", "quer", "querem", "precisa",
        "precisam", "pretende", "pretendem", "consegue", "conseguiu",
    ]
    static let possessives: Set<String> = ["seu", "sua", "seus", "suas"]
    static let articles: Set<String> = [
        "o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos",
        "pelo", "pela", "pelos", "pelas", "dum", "duma", "num", "numa",
    ]

    static func isInfinitive(_ w: String) -> Bool {
        w.utf8.count > 3 && (w.hasSuffix("ar") || w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("or"))
    }
    static func isGerund(_ w: String) -> Bool {
        w.utf8.count >= 4 && (w.hasSuffix("ando") || w.hasSuffix("endo") || w.hasSuffix("indo"))
    }
    static func isParticiple(_ w: String) -> Bool {
        w.utf8.count > 4 && (w.hasSuffix("ado") || w.hasSuffix("ido"))
    }
}
