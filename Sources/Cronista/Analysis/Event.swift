/// Who did what to whom, coded in PLOVER.
public struct Event: Codable, Sendable, Equatable {
    public var id: String
    public var type: EventType
    public var mode: String?
    /// Entity ids of those who act.
    public var actors: [String]
    /// Entity ids of those acted upon.
    public var recipients: [String]
    public var date: String?
    public var datePrecision: DatePrecision?
    public var location: EventLocation?
    public var status: EventStatus
    /// The entity id that asserts the event, when the article attributes it.
    public var source: String?
    /// The PLOVER conflict–cooperation score of type and mode.
    public var score: Double
    /// The closest CAMEO code.
    public var cameo: String?
    public var trigger: QuotedSpan
    public var evidence: QuotedSpan

    public init(
        id: String, type: EventType, mode: String?, actors: [String], recipients: [String],
        date: String?, datePrecision: DatePrecision?, location: EventLocation?,
        status: EventStatus, source: String?, score: Double, cameo: String?,
        trigger: QuotedSpan, evidence: QuotedSpan
    ) {
        self.id = id
        self.type = type
        self.mode = mode
        self.actors = actors
        self.recipients = recipients
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.status = status
        self.source = source
        self.score = score
        self.cameo = cameo
        self.trigger = trigger
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, type, mode, actors, recipients, date, datePrecision = "date_precision",
            location, status, source, score, cameo, trigger, evidence
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)
        try c.encode(actors, forKey: .actors)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(location, forKey: .location)
        try c.encode(status, forKey: .status)
        try c.encode(source, forKey: .source)
        try c.encode(score, forKey: .score)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// The sixteen PLOVER event types.
public enum EventType: String, Codable, Sendable, CaseIterable {
    case agree = "AGREE", consult = "CONSULT", support = "SUPPORT", concede = "CONCEDE"
    case cooperate = "COOPERATE", aid = "AID", retreat = "RETREAT", request = "REQUEST"
    case accuse = "ACCUSE", reject = "REJECT", threaten = "THREATEN", protest = "PROTEST"
    case sanction = "SANCTION", mobilize = "MOBILIZE", coerce = "COERCE", assault = "ASSAULT"

    /// The types of PLOVER's verbal events, done by speaking (the manual's
    /// verbal cooperation and verbal conflict): a speech verb may name them.
    public static let verbal: Set<EventType> = [.agree, .consult, .support, .request, .accuse, .reject, .threaten]
}

/// Whether the article reports an event as fact, claim, plan or non-event.
public enum EventStatus: String, Codable, Sendable, CaseIterable {
    case factual, claimed, planned, negated
}

/// How precise a date is.
public enum DatePrecision: String, Codable, Sendable {
    case day, month, year
}

/// Where an event took place.
public struct EventLocation: Codable, Sendable, Equatable {
    public var name: String
    public var affiliation: String?
    public var lat: Double?
    public var lon: Double?

    public init(name: String, affiliation: String? = nil, lat: Double? = nil, lon: Double? = nil) {
        self.name = name
        self.affiliation = affiliation
        self.lat = lat
        self.lon = lon
    }

    enum CodingKeys: String, CodingKey { case name, affiliation, lat, lon }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(affiliation, forKey: .affiliation)
        try c.encode(lat, forKey: .lat)
        try c.encode(lon, forKey: .lon)
    }
}
