/// An article found by full-text search.
public struct SearchHit: Codable, Sendable, Equatable {
    public var document: String
    public var url: String
    public var title: String?
    public var published: String?
    /// The matching passage, matches in [brackets].
    public var snippet: String

    public init(document: String, url: String, title: String?, published: String?, snippet: String) {
        self.document = document
        self.url = url
        self.title = title
        self.published = published
        self.snippet = snippet
    }
}
