/// The Cronista pipeline: from an ``Article`` to its ``Analysis``.
///
/// The text stage (cleaning, published date, variant, tokens, sentences)
/// makes the ``Document``; then each ``Stage`` of ``pipeline`` adds its
/// layer, in order: syntax, time, entities, events. The analyzer is a
/// value: build it once and call ``analyze(_:fallbackPublished:)`` from
/// any thread.
public struct Analyzer: Sendable {
    /// The stages after the text stage, which always runs. Leaving some out
    /// gives a partial analysis (empty lists), for measuring each stage.
    public struct Stages: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let time = Stages(rawValue: 1)
        public static let entities = Stages(rawValue: 2)
        /// Events, quotations and quantities (needs syntax, entities and time).
        public static let events = Stages(rawValue: 4)
        /// Syntactic words, tags, lemmas and dependency parse.
        public static let syntax = Stages(rawValue: 8)
        /// The stages of a default analysis (the syntax runs for the events,
        /// but its words are part of the analysis only when asked for).
        public static let all: Stages = [.time, .entities, .events]
    }

    public let resources: LanguageResources
    public let stages: Stages
    /// Whether analyses include the syntactic words (``Stages/syntax`` was asked for).
    public let includesWords: Bool
    /// The stages after the text stage, in the order they run.
    public let pipeline: [any Stage]
    let cleaner: ArticleCleaner
    let tokenizer: Tokenizer

    /// An analyzer running `stages`; `syntax` is required when they include
    /// ``Stages/syntax`` or ``Stages/events`` (without it there are no events).
    public init(resources: LanguageResources, syntax: SyntaxResources? = nil, stages: Stages = .all) {
        self.resources = resources
        self.includesWords = stages.contains(.syntax) && syntax != nil
        var stages = stages.contains(.events) ? stages.union([.time, .entities, .syntax]) : stages
        if syntax == nil { stages.remove(.syntax) }
        self.stages = stages
        let datelines = DatelineReader(calendar: resources.calendar, openers: resources.boilerplate.datelineOpeners)
        self.tokenizer = Tokenizer(vocabulary: resources.vocabulary)
        self.cleaner = ArticleCleaner(
            filter: BoilerplateFilter(
                lexicon: resources.boilerplate, datelines: datelines, tokenizer: tokenizer, layout: resources.layout))
        var pipeline: [any Stage] = []
        if stages.contains(.time) { pipeline.append(TimeStage(tagger: resources.temporalTagger)) }
        if stages.contains(.entities) { pipeline.append(EntityStage(recognizer: resources.entityRecognizer)) }
        // After the entities: their names are the parse's proper nouns.
        if stages.contains(.syntax), let syntax {
            pipeline.append(SyntaxStage(splitter: syntax.splitter, model: syntax.model))
        }
        if stages.contains(.events) {
            pipeline.append(
                EventStage(events: resources.eventExtractor, quotes: resources.quoteExtractor, quantities: resources.quantityExtractor))
        }
        self.pipeline = pipeline
    }

    /// An analyzer with the Portuguese resources (and the syntax model when `stages` needs it).
    public static func portuguese(stages: Stages = .all) throws -> Analyzer {
        Analyzer(
            resources: try .portuguese(),
            syntax: stages.contains(.syntax) || stages.contains(.events) ? try SyntaxResources.portuguese() : nil,
            stages: stages)
    }

    /// Analyses one article. `fallbackPublished` is used when the article
    /// states no date of its own (`--published`); `siteTemplate` holds the
    /// ``SiteTemplate`` keys of the lines its site repeats.
    public func analyze(_ article: Article, fallbackPublished: String? = nil, siteTemplate: Set<UInt64> = []) -> Analysis {
        document(for: article, fallbackPublished: fallbackPublished, siteTemplate: siteTemplate)
            .analysis(includeWords: includesWords)
    }

    /// The document of one article with every layer of ``pipeline``.
    public func document(for article: Article, fallbackPublished: String? = nil, siteTemplate: Set<UInt64> = []) -> Document {
        var document = textStage(article, fallbackPublished: fallbackPublished, siteTemplate: siteTemplate)
        // Long articles in segments, so that no stage ever sees more than a bounded stretch of text.
        DocumentSegments.process(&document, stages: pipeline)
        return document
    }

    /// Cleaning, published date, variant, tokens and sentences (none longer
    /// than ``DocumentSegments/maximumSentenceTokens`` tokens).
    func textStage(_ article: Article, fallbackPublished: String?, siteTemplate: Set<UInt64> = []) -> Document {
        let cleaned = cleaner.clean(article.text, readsHeader: article.mayHaveHeader, siteTemplate: siteTemplate)
        let (published, publishedFrom) = Self.published(article: article, cleaned: cleaned, fallback: fallbackPublished)
        let scalars = cleaned.scalars
        let tokens = cleaned.tokens
        let metadata = AnalyzedDocument(
            id: article.id, source: article.source, title: article.title ?? Self.headline(cleaned.text),
            published: published, publishedFrom: publishedFrom,
            variant: resources.variantDetector.detect(tokens, in: scalars), text: cleaned.text, boilerplate: cleaned.boilerplate,
            credit: cleaned.credit)
        return Document(
            article: article, metadata: metadata, scalars: scalars, tokens: tokens,
            sentences: DocumentSegments.capped(resources.sentenceSplitter.split(tokens, in: scalars), tokens: tokens, in: scalars))
    }

    /// The article's date and where it came from: the input's own metadata
    /// or header line, refined by a consistent, more precise dateline; else
    /// a dateline; else the caller's fallback.
    static func published(article: Article, cleaned: ArticleCleaner.Result, fallback: String?) -> (String?, PublishedSource?) {
        let stated = article.published.map { ($0, article.publishedFrom ?? .input) } ?? cleaned.headerDate.map { ($0, PublishedSource.header) }
        if let dateline = cleaned.datelineDate {
            guard let (date, from) = stated else { return (dateline, .dateline) }
            if dateline.hasPrefix(date) && dateline.count > date.count { return (dateline, .dateline) }
            return (date, from)
        }
        if let (date, from) = stated { return (date, from) }
        if let fallback { return (fallback, .input) }
        return (nil, nil)
    }

    /// The first body line when it is short enough to be a headline.
    static func headline(_ text: String) -> String? {
        let first = text.unicodeScalars.prefix { $0 != "\n" }
        return first.isEmpty || first.count > 200 ? nil : String(first)
    }
}

extension Analyzer {
    /// The document of a text taken as it is — no cleaning, no metadata —
    /// with every layer of ``pipeline``: for treebank evaluation, where
    /// the text must keep its offsets.
    public func document(ofPlainText text: String) -> Document {
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars)
        let metadata = AnalyzedDocument(
            id: "", source: "", title: nil, published: nil, publishedFrom: nil, variant: nil, text: text, boilerplate: [])
        var document = Document(
            article: Article(id: "", source: "", text: text), metadata: metadata, scalars: scalars, tokens: tokens,
            sentences: resources.sentenceSplitter.split(tokens, in: scalars))
        for stage in pipeline { stage.process(&document) }
        return document
    }
}
