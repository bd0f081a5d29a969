/// Tells pt-PT from pt-BR by weighing orthographic and lexical cues
/// (Moscovo/Moscou, cimeira/cúpula, facto/fato, económico/econômico) and
/// grammatical ones: "está a fazer" against "está fazendo", enclisis against
/// proclisis ("deverá concentrar-se" / "deverá se concentrar"), and the
/// article before possessives ("o seu país" / "seu país").
public struct VariantDetector: Sendable {
    let cues: VariantCues

    public init(cues: VariantCues) {
        self.cues = cues
    }

    /// The variant of a text, or nil when no cue is found or they balance.
    public func detect(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> Variant? {
        var european = 0.0
        var brazilian = 0.0
        func vote(_ variant: Variant, _ weight: Double) {
            if variant == .european { european += weight } else { brazilian += weight }
        }
        func lower(_ t: Token) -> String {
            String(String.UnicodeScalarView(scalars[t.start..<t.end])).lowercased()
        }
        for (i, token) in tokens.enumerated() where token.kind == .word {
            if let candidates = cues.byFirstWord[token.folded] {
                for cue in candidates where i + cue.words.count <= tokens.count {
                    var matches = true
                    for (k, word) in cue.words.enumerated() where lower(tokens[i + k]) != word {
                        matches = false
                        break
                    }
                    if matches { vote(cue.variant, cue.weight) }
                }
            }
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            if Self.progressiveAuxiliaries.contains(token.folded) {
                if next.folded == "a", i + 2 < tokens.count, Self.isInfinitive(tokens[i + 2].folded) {
                    vote(.european, 2)
                } else if Self.isGerund(next.folded) {
                    vote(.brazilian, 2)
                }
            }
            if Self.modalAuxiliaries.contains(token.folded), next.folded == "se", i + 2 < tokens.count,
                tokens[i + 2].kind == .word, Self.isInfinitive(tokens[i + 2].folded) || Self.isParticiple(tokens[i + 2].folded)
            {
                vote(.brazilian, 1.5)
            }
            if Self.possessives.contains(next.folded) {
                vote(Self.articles.contains(token.folded) ? .european : .brazilian, 0.5)
            }
        }
        if european == brazilian { return nil }
        return european > brazilian ? .european : .brazilian
    }

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
        w.count > 3 && (w.hasSuffix("ar") || w.hasSuffix("er") || w.hasSuffix("ir") || w.hasSuffix("or"))
    }
    static func isGerund(_ w: String) -> Bool {
        w.count > 5 && (w.hasSuffix("ando") || w.hasSuffix("endo") || w.hasSuffix("indo"))
    }
    static func isParticiple(_ w: String) -> Bool {
        w.count > 4 && (w.hasSuffix("ado") || w.hasSuffix("ido"))
    }
}
