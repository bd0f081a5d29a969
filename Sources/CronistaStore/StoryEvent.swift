import Cronista

/// One real-world event as reported across articles: the events of several
/// articles that describe it merged, with every source and its evidence.
public struct StoryEvent: Codable, Sendable, Equatable {
    public var id: Int64
    public var type: EventType
    public var mode: String?
    /// The most precise date the sources agree on.
    public var date: String?
    public var location: EventLocation?
    /// `factual` when any source reports it as fact; else the sources' status.
    public var status: EventStatus
    /// The PLOVER conflict–cooperation score of type and mode.
    public var score: Double
    public var cameo: String?
    public var actors: [ActorRef]
    public var recipients: [ActorRef]
    /// The articles that report it, in the order they were stored (the
    /// first ones only, in query listings; ``sourceCount`` counts them all).
    public var sources: [StorySource]
    /// How many article reports the story merges.
    public var sourceCount: Int

    public init(
        id: Int64, type: EventType, mode: String?, date: String?, location: EventLocation?,
        status: EventStatus, score: Double, cameo: String?, actors: [ActorRef], recipients: [ActorRef],
        sources: [StorySource], sourceCount: Int? = nil
    ) {
        self.id = id
        self.type = type
        self.mode = mode
        self.date = date
        self.location = location
        self.status = status
        self.score = score
        self.cameo = cameo
        self.actors = actors
        self.recipients = recipients
        self.sources = sources
        self.sourceCount = sourceCount ?? sources.count
    }

    enum CodingKeys: String, CodingKey {
        case id, type, mode, date, location, status, score, cameo, actors, recipients, sources
        case sourceCount = "source_count"
    }
}

/// A global actor as a story event or claim names it.
public struct ActorRef: Codable, Sendable, Equatable, Hashable {
    public var id: Int64
    public var name: String
    public var type: EntityType
    public var affiliation: String?
    public var sector: Sector?

    public init(id: Int64, name: String, type: EntityType, affiliation: String?, sector: Sector?) {
        self.id = id
        self.name = name
        self.type = type
        self.affiliation = affiliation
        self.sector = sector
    }

    /// A GDELT-style code: affiliation and sector run together (`RUSGOV`),
    /// the affiliation alone, or `---` when neither is known.
    public var code: String {
        let code = (affiliation ?? "") + (sector?.rawValue ?? "")
        return code.isEmpty ? "---" : code
    }
}

/// One article's report of a story event.
public struct StorySource: Codable, Sendable, Equatable {
    /// The article's document id (SHA-256 of its bytes).
    public var document: String
    /// Its path or URL.
    public var url: String
    public var published: String?
    /// The article's own date and status for the event.
    public var date: String?
    public var status: EventStatus
    /// The exact text showing the event.
    public var evidence: String

    public init(document: String, url: String, published: String?, date: String?, status: EventStatus, evidence: String) {
        self.document = document
        self.url = url
        self.published = published
        self.date = date
        self.status = status
        self.evidence = evidence
    }
}
