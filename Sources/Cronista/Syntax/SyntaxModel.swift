/// A word as the syntax stage analyses it: tag, lemma, features and its
/// place in the dependency tree.
public struct ParsedWord: Sendable, Equatable {
    public var form: String
    public var tag: UniversalTag
    public var lemma: String
    /// Morphological features, UD's `Name=Value|…`, or `_`.
    public var feats: String
    /// Index of the head word within the sentence, 1-based; 0 for the root.
    public var head: Int
    /// The dependency relation to the head ("nsubj", "obl:agent"…).
    public var relation: String
}

/// The trained syntax of one language: tagger, lemmatiser and parser.
public struct SyntaxModel: Sendable {
    public let tagger: PartOfSpeechTagger
    public let lemmatizer: Lemmatizer
    public let parser: DependencyParser

    public init(tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
    }

    /// Tags, lemmatises and parses one sentence of word forms.
    /// `names` marks the words known to be proper names (PROPN, see ``PartOfSpeechTagger``).
    public func analyze(_ forms: [String], names: [Bool] = []) -> [ParsedWord] {
        guard !forms.isEmpty else { return [] }
        let atoms = forms.map { WordAtoms($0) }
        let tags = tagger.tag(atoms, names: names)
        var entries: [Lemmatizer.Entry] = []
        var words: [ParserWord] = []
        entries.reserveCapacity(forms.count)
        words.reserveCapacity(forms.count)
        for i in forms.indices {
            let (entry, fine) = lemmatizer.analyze(forms[i], atoms: atoms[i], tag: tags[i])
            entries.append(entry)
            words.append(ParserWord(form: atoms[i].lower, tag: UInt64(tags[i].rawValue), fine: fine))
        }
        let (heads, labels) = parser.parse(words)
        return (0..<forms.count).map {
            ParsedWord(
                form: forms[$0], tag: tags[$0], lemma: entries[$0].lemma, feats: entries[$0].feats,
                head: heads[$0], relation: parser.labels[labels[$0]])
        }
    }
}

