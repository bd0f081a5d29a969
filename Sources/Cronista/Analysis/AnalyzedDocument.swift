/// The cleaned article: its identity, metadata and body text.
public struct AnalyzedDocument: Codable, Sendable, Equatable {
    /// SHA-256 of the original bytes, lower-case hex.
    public var id: String
    /// The path or URL the article came from.
    public var source: String
    /// The headline or first line, when known.
    public var title: String?
    /// The article's own date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var published: String?
    /// Where ``published`` was found.
    public var publishedFrom: PublishedSource?
    /// `pt-PT` or `pt-BR`, or nil when it cannot be told.
    public var variant: Variant?
    /// The article body after cleaning.
    public var text: String
    /// Every line removed from the input, with the reason.
    public var boilerplate: [BoilerplateLine]
    /// The news agencies a credit line, byline or dateline credits the
    /// article to ("Lusa", "AFP/Reuters"), or nil.
    public var credit: String?

    public init(
        id: String, source: String, title: String?, published: String?,
        publishedFrom: PublishedSource?, variant: Variant?, text: String,
        boilerplate: [BoilerplateLine], credit: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
        self.variant = variant
        self.text = text
        self.boilerplate = boilerplate
        self.credit = credit
    }

    enum CodingKeys: String, CodingKey {
        case id, source, title, published, publishedFrom = "published_from", variant, text, boilerplate, credit
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(publishedFrom, forKey: .publishedFrom)
        try c.encode(variant, forKey: .variant)
        try c.encode(text, forKey: .text)
        try c.encode(boilerplate, forKey: .boilerplate)
        try c.encodeIfPresent(credit, forKey: .credit)
    }
}

/// Where the published date of an article was found.
public enum PublishedSource: String, Codable, Sendable {
    /// A metadata line at the top of the file (` date 2024-01`) or an HTML meta tag.
    case header
    /// A dateline in the text ("Publicado em 19 de junho de 2024", "18/09/2018 | 04:43").
    case dateline
    /// A date stated in the body text.
    case text
    /// Supplied by the caller (`--published`, a JSON Lines field).
    case input
}

/// The written standard of Portuguese an article follows.
public enum Variant: String, Codable, Sendable {
    case european = "pt-PT"
    case brazilian = "pt-BR"
}

/// A line removed from the input as not part of the article body.
public struct BoilerplateLine: Codable, Sendable, Equatable {
    /// One-based line number in the decoded input.
    public var line: Int
    /// The line exactly as it stood, without its line break.
    public var text: String
    /// Why it was removed.
    public var reason: BoilerplateReason

    public init(line: Int, text: String, reason: BoilerplateReason) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// The kinds of non-body lines the cleaner recognises.
public enum BoilerplateReason: String, Codable, Sendable, CaseIterable {
    case relatedLink = "related-link"
    case commentPrompt = "comment-prompt"
    case subscription
    case navigation
    case sourceLink = "source-link"
    case caption
    case credit
    case socialEmbed = "social-embed"
    case markup
    case dateline
    case section
    case duplicate
    /// A timestamp or reading time ("há 5 dias", "2 minutos").
    case timestamp
    /// The author's name ("Por Lisandra Paraguassu").
    case byline
    /// Before the first real paragraph and neither the headline nor the standfirst.
    case beforeBody = "before-body"
    /// After the last real paragraph and no paragraph itself.
    case afterBody = "after-body"
    /// Between paragraphs, short and unpunctuated, and heading no paragraph.
    case shortLine = "short-line"
    /// Below a comment prompt: the comment section.
    case commentSection = "comment-section"
    /// A line that at least three articles of the same site share.
    case siteTemplate = "site-template"
}
