/// A syntactic word of the analysis (the optional `words` field of
/// `analysis/1`, written by `analyze --syntax`): contractions and clitics
/// split as Universal Dependencies does ("do" = de + o), with tag, lemma,
/// features and dependency head.
public struct AnalyzedWord: Codable, Sendable, Equatable {
    /// Index of the sentence in ``Analysis/sentences``.
    public var sentence: Int
    /// One-based position of the word in its sentence.
    public var id: Int
    public var form: String
    public var lemma: String
    /// Universal part-of-speech tag ("NOUN", "VERB"…).
    public var upos: String
    /// Morphological features, `Name=Value|…`, or `_`.
    public var feats: String
    /// ``id`` of the head word in the same sentence; 0 for the root.
    public var head: Int
    /// Universal dependency relation to the head ("nsubj", "obl:agent"…).
    public var deprel: String
    /// Code-point span of the token the word belongs to (the words of one
    /// contraction share it).
    public var start: Int
    public var end: Int

    public init(sentence: Int, id: Int, form: String, lemma: String, upos: String, feats: String, head: Int, deprel: String, start: Int, end: Int) {
        self.sentence = sentence
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.start = start
        self.end = end
    }
}
