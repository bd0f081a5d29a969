/// Everything the pipeline knows about one language, loaded from
/// `Resources/<language>/`. Load once and share: it is immutable.
public struct LanguageResources: Sendable {
    /// The language folder, e.g. `pt`.
    public var language: String
    /// Every word the lexicons know; tokens carry ids into it.
    public var vocabulary: Vocabulary
    public var boilerplate: BoilerplateLexicon
    /// The words the layout signals of the text stage read.
    public var layout: LayoutLexicon
    public var calendar: CalendarLexicon
    public var variantDetector: VariantDetector
    public var sentenceSplitter: SentenceSplitter
    public var temporalTagger: TemporalTagger
    public var entityRecognizer: EntityRecognizer
    public var quantityExtractor: QuantityExtractor
    public var quoteExtractor: QuoteExtractor
    public var eventExtractor: EventExtractor

    /// Loads the resources of `language`.
    public static func load(language: String) throws -> LanguageResources {
        try load(from: .bundle(language))
    }

    /// Loads the resources of `source`: every data file of its language
    /// folder, each row checked (a bad one throws ``ResourceError/malformed(file:line:reason:)``).
    public static func load(from source: ResourceSource) throws -> LanguageResources {
        let language = source.language
        var vocabulary = Vocabulary()
        let boilerplate = try BoilerplateLexicon.load(from: source, vocabulary: &vocabulary)
        let layout = try LayoutLexicon.load(from: source, vocabulary: &vocabulary)
        let calendar = try CalendarLexicon.load(from: source)
        let variantCues = try VariantCues.load(from: source, vocabulary: &vocabulary)
        let splitter = try SentenceSplitter.load(from: source, vocabulary: &vocabulary)
        let variantDetector = VariantDetector(cues: variantCues, vocabulary: &vocabulary)
        var temporalTagger = try TemporalTagger.load(from: source, vocabulary: &vocabulary)
        let roles = try RoleLexicon.load(from: source, vocabulary: &vocabulary)
        let entityRecognizer = EntityRecognizer(
            gazetteer: try Gazetteer.load(from: source, vocabulary: &vocabulary),
            roles: roles,
            heads: try EntityHeads.load(from: source, vocabulary: &vocabulary),
            functionWords: try FunctionWords.load(from: source, vocabulary: &vocabulary),
            commonWords: try CommonWords.load(from: source, vocabulary: &vocabulary),
            countryDescriptions: try CountryDescriptions.load(from: source, vocabulary: &vocabulary),
            calendar: calendar, vocabulary: &vocabulary)
        let quantityExtractor = try QuantityExtractor.load(from: source, vocabulary: &vocabulary)
        let conjugator = try Conjugator.load(from: source)
        let eventLexicon = try EventLexicon.load(from: source, conjugator: conjugator, vocabulary: &vocabulary)
        let quoteExtractor = QuoteExtractor(
            cueForms: eventLexicon.quoteCueForms, outletNouns: eventLexicon.outletNouns,
            documentNouns: eventLexicon.documentNouns, vocabulary: &vocabulary)
        let functionWords = Set(try source.words("function-words.txt").map { TextFolding.fold($0.word) })
        let window = WindowEventReader(
            lexicon: eventLexicon, gazetteer: entityRecognizer.gazetteer, headOffices: roles.headOffices, vocabulary: &vocabulary)
        let eventExtractor = EventExtractor(
            lexicon: eventLexicon, frames: try ArgumentFrames.load(from: source), agents: try AgentNouns.load(from: source),
            gazetteer: entityRecognizer.gazetteer, headOffices: roles.headOffices, functionWords: functionWords, window: window)
        // The tagger reads tokens' folded text from the finished vocabulary.
        temporalTagger.vocabulary = vocabulary
        return LanguageResources(
            language: language, vocabulary: vocabulary, boilerplate: boilerplate, layout: layout,
            calendar: calendar, variantDetector: variantDetector, sentenceSplitter: splitter, temporalTagger: temporalTagger,
            entityRecognizer: entityRecognizer, quantityExtractor: quantityExtractor,
            quoteExtractor: quoteExtractor, eventExtractor: eventExtractor)
    }

    /// The Portuguese resources, loaded on first use.
    public static func portuguese() throws -> LanguageResources {
        try cachedPortuguese.get()
    }

    private static let cachedPortuguese = Result { try load(language: "pt") }
}
