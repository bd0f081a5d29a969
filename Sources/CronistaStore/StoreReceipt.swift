/// What one call of ``EventStore/store(_:)`` did.
public struct StoreReceipt: Sendable, Equatable {
    /// Articles newly stored.
    public var stored: Int
    /// Articles skipped because their document was already stored.
    public var skipped: Int

    public init(stored: Int = 0, skipped: Int = 0) {
        self.stored = stored
        self.skipped = skipped
    }

    public static func + (a: StoreReceipt, b: StoreReceipt) -> StoreReceipt {
        StoreReceipt(stored: a.stored + b.stored, skipped: a.skipped + b.skipped)
    }
}

/// Row counts of a store, for reports and tests.
public struct StoreCounts: Codable, Sendable, Equatable {
    public var articles: Int
    public var entities: Int
    public var mentions: Int
    public var actors: Int
    public var events: Int
    public var stories: Int
    public var timexes: Int
    public var quotes: Int
    public var quantities: Int
    public var links: Int

    public init(
        articles: Int = 0, entities: Int = 0, mentions: Int = 0, actors: Int = 0, events: Int = 0,
        stories: Int = 0, timexes: Int = 0, quotes: Int = 0, quantities: Int = 0, links: Int = 0
    ) {
        self.articles = articles
        self.entities = entities
        self.mentions = mentions
        self.actors = actors
        self.events = events
        self.stories = stories
        self.timexes = timexes
        self.quotes = quotes
        self.quantities = quantities
        self.links = links
    }
}
