/// The Cronista pipeline: from an ``Article`` to its ``Analysis``.
///
/// Stages, each in its own folder: text (cleaning, variant, sentences,
/// tokens), entities, time, events. The analyzer is a value: build it once
/// from the language's resources and call ``analyze(_:fallbackPublished:)``
/// from any thread.
public struct Analyzer: Sendable {
    /// The stages after the text stage, which always runs. Leaving some out
    /// gives a partial analysis (empty lists), for measuring each stage.
    public struct Stages: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let time = Stages(rawValue: 1)
        public static let entities = Stages(rawValue: 2)
        /// Events, quotations and quantities (needs entities and time).
        public static let events = Stages(rawValue: 4)
        public static let all: Stages = [.time, .entities, .events]
    }

    public let resources: LanguageResources
    public let stages: Stages
    let cleaner: ArticleCleaner
    let tokenizer: Tokenizer

    public init(resources: LanguageResources, stages: Stages = .all) {
        self.resources = resources
        self.stages = stages.contains(.events) ? stages.union([.time, .entities]) : stages
        let datelines = DatelineReader(calendar: resources.calendar, openers: resources.boilerplate.datelineOpeners)
        self.tokenizer = Tokenizer(vocabulary: resources.vocabulary)
        self.cleaner = ArticleCleaner(
            filter: BoilerplateFilter(lexicon: resources.boilerplate, datelines: datelines, tokenizer: tokenizer))
    }

    /// An analyzer with the Portuguese resources.
    public static func portuguese() throws -> Analyzer {
        Analyzer(resources: try .portuguese())
    }

    /// Analyses one article. `fallbackPublished` is used when the article
    /// states no date of its own (`--published`).
    public func analyze(_ article: Article, fallbackPublished: String? = nil) -> Analysis {
        let cleaned = cleaner.clean(article.text, readsHeader: article.mayHaveHeader)
        let (published, publishedFrom) = Self.published(article: article, cleaned: cleaned, fallback: fallbackPublished)
        let scalars = cleaned.scalars
        let tokens = cleaned.tokens
        let sentences = resources.sentenceSplitter.split(tokens, in: scalars)
        let document = AnalyzedDocument(
            id: article.id, source: article.source, title: article.title ?? Self.headline(cleaned.text),
            published: published, publishedFrom: publishedFrom,
            variant: resources.variantDetector.detect(tokens, in: scalars), text: cleaned.text, boilerplate: cleaned.boilerplate)
        var analysis = Analysis(document: document, sentences: sentences)
        let timexes = stages.contains(.time)
            ? resources.temporalTagger.tag(scalars, tokens: tokens, sentences: sentences, documentDate: published) : []
        analysis.timexes = timexes
        guard stages.contains(.entities) else { return analysis }
        let recognized = resources.entityRecognizer.recognize(
            scalars, tokens: tokens, sentences: sentences, documentDate: published)
        analysis.entities = recognized.entities
        guard stages.contains(.events) else { return analysis }
        let quantities = resources.quantityExtractor.extract(scalars, tokens: tokens)
        let quotes = resources.quoteExtractor.extract(scalars, tokens: tokens, sentences: sentences, entities: recognized)
        let events = resources.eventExtractor.extract(
            scalars, tokens: tokens, sentences: sentences, entities: recognized, timexes: timexes, documentDate: published)
        analysis.events = events
        analysis.quotes = quotes
        analysis.quantities = quantities
        return analysis
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
