import Cronista

/// A global actor: one person, body or country under every name the
/// articles give it.
public struct ActorSummary: Codable, Sendable, Equatable {
    public var actor: ActorRef
    /// Every surface form, most frequent first.
    public var aliases: [String]
    /// The roles articles give it, each with the first and last article date.
    public var roles: [ActorRole]
    /// Mentions across all articles.
    public var mentions: Int
    /// Articles that name it.
    public var articles: Int
    /// Story events it takes part in.
    public var events: Int

    public init(actor: ActorRef, aliases: [String], roles: [ActorRole], mentions: Int, articles: Int, events: Int) {
        self.actor = actor
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.articles = articles
        self.events = events
    }
}

/// A role over time: "foreign minister" from the first to the last article
/// that gives it.
public struct ActorRole: Codable, Sendable, Equatable {
    public var role: String
    public var firstSeen: String?
    public var lastSeen: String?
    public var articles: Int

    public init(role: String, firstSeen: String?, lastSeen: String?, articles: Int) {
        self.role = role
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.articles = articles
    }

    enum CodingKeys: String, CodingKey { case role, firstSeen = "first_seen", lastSeen = "last_seen", articles }
}
