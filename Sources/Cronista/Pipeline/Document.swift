/// One article as it moves through the pipeline: the text and every layer
/// the stages add to it (tokens, sentences, syntactic words and their
/// parse, timexes, entities, events, quotes, quantities).
///
/// Each ``Stage`` reads the layers before it and writes its own; no stage
/// keeps state of its own between documents.
public struct Document: Sendable {
    /// The article as it was read.
    public let article: Article
    /// Identity, metadata and cleaned body text.
    public var metadata: AnalyzedDocument
    /// The scalars of ``AnalyzedDocument/text``; every offset counts them.
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    public var sentences: [TextSpan]
    /// Syntactic words with tags, lemmas and dependency heads, sentence by
    /// sentence (empty unless the syntax stage ran).
    public var words: [AnalyzedWord] = []
    public var timexes: [Timex] = []
    /// The entity stage's full result (entities and the token links).
    public var recognition: EntityRecognizer.Result?
    public var events: [Event] = []
    public var quotes: [Quote] = []
    public var quantities: [Quantity] = []

    public init(article: Article, metadata: AnalyzedDocument, scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan]) {
        self.article = article
        self.metadata = metadata
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The public analysis (`analysis/1`) of the document; `includeWords`
    /// adds the syntactic words (the optional `words` field).
    public func analysis(includeWords: Bool = false) -> Analysis {
        var analysis = Analysis(
            document: metadata, sentences: sentences, entities: recognition?.entities ?? [], events: events,
            timexes: timexes, quotes: quotes, quantities: quantities)
        if includeWords { analysis.words = words }
        return analysis
    }

    /// The index range in ``words`` of each sentence's words.
    public var sentenceWordRanges: [Range<Int>] {
        var ranges = [Range<Int>](repeating: 0..<0, count: sentences.count)
        var i = 0
        while i < words.count {
            let sentence = words[i].sentence
            var j = i
            while j < words.count && words[j].sentence == sentence { j += 1 }
            if sentence < ranges.count { ranges[sentence] = i..<j }
            i = j
        }
        return ranges
    }
}
