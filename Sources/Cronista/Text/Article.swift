/// One article as read from an input, before analysis.
public struct Article: Sendable, Equatable {
    /// SHA-256 of the original bytes, hex.
    public var id: String
    /// The path or URL it came from.
    public var source: String
    /// A short name for output files: the input's base name, or the id a
    /// JSON Lines record gives.
    public var name: String?
    /// The headline, when the input states one.
    public var title: String?
    /// The published date the input states (a meta tag, a JSON field).
    public var published: String?
    /// Where ``published`` came from.
    public var publishedFrom: PublishedSource?
    /// The article text, one paragraph or scraped line per line.
    public var text: String
    /// Whether the first line may carry a ` date YYYY-MM[-DD]` metadata header
    /// (the corpus `.txt` format).
    public var mayHaveHeader: Bool
    /// What reading the input had to repair ("3 bytes not valid UTF-8, read
    /// as Windows-1252"), for the caller to report.
    public var warnings: [String] = []

    public init(
        id: String, source: String, name: String? = nil, title: String? = nil, published: String? = nil,
        publishedFrom: PublishedSource? = nil, text: String, mayHaveHeader: Bool = false
    ) {
        self.id = id
        self.source = source
        self.name = name
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
        self.text = text
        self.mayHaveHeader = mayHaveHeader
    }
}
