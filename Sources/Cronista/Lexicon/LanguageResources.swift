/// Everything the pipeline knows about one language, loaded from
/// `Resources/<language>/`. Load once and share: it is immutable.
public struct LanguageResources: Sendable {
    /// The language folder, e.g. `pt`.
    public var language: String
    public var boilerplate: BoilerplateLexicon
    public var calendar: CalendarLexicon
    public var variantCues: VariantCues
    public var sentenceSplitter: SentenceSplitter

    /// Loads the resources of `language`.
    public static func load(language: String) throws -> LanguageResources {
        LanguageResources(
            language: language,
            boilerplate: try BoilerplateLexicon.load(language: language),
            calendar: try CalendarLexicon.load(language: language),
            variantCues: try VariantCues.load(language: language),
            sentenceSplitter: try SentenceSplitter.load(language: language))
    }

    /// The Portuguese resources, loaded on first use.
    public static func portuguese() throws -> LanguageResources {
        try cachedPortuguese.get()
    }

    private static let cachedPortuguese = Result { try load(language: "pt") }
}
