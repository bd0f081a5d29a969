import Cronista

/// Agreement of a parsed treebank with its gold, on gold tokenisation, as
/// the CoNLL 2018 shared task counts it: tags, features and lemmas per
/// word; UAS the share of right heads; LAS right heads with the right
/// universal relation (subtypes after `:` ignored; `LAS full` keeps them).
public struct UDScore: Sendable, Equatable {
    public var words = 0
    public var upos = 0
    public var feats = 0
    public var lemma = 0
    public var heads = 0
    public var labelled = 0
    public var labelledFull = 0

    public init() {}

    /// Adds one sentence; `predicted` has the same words as `gold`.
    public mutating func add(gold: UDSentence, predicted: UDSentence) {
        for (g, p) in zip(gold.words, predicted.words) {
            words += 1
            if g.upos == p.upos { upos += 1 }
            if g.feats == p.feats { feats += 1 }
            if g.lemma == p.lemma || g.lemma == "_" { lemma += 1 }
            if g.head == p.head {
                heads += 1
                if Self.universal(g.deprel) == Self.universal(p.deprel) { labelled += 1 }
                if g.deprel == p.deprel { labelledFull += 1 }
            }
        }
    }

    static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }

    func rate(_ n: Int) -> Double { words == 0 ? 0 : Double(n) / Double(words) }
    public var uposAccuracy: Double { rate(upos) }
    public var featsAccuracy: Double { rate(feats) }
    public var lemmaAccuracy: Double { rate(lemma) }
    public var uas: Double { rate(heads) }
    public var las: Double { rate(labelled) }
    public var lasFull: Double { rate(labelledFull) }

    /// One line of figures.
    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "words \(words)  UPOS \(f(uposAccuracy))  UFeats \(f(featsAccuracy))  Lemma \(f(lemmaAccuracy))  UAS \(f(uas))  LAS \(f(las))  (LAS with subtypes \(f(lasFull)))"
    }
}
