import Cronista

/// A story event as a PLOVER record, in the manner of POLECAT's: one event,
/// its type, mode and intensity, who (names, countries, sectors) did it to
/// whom, where, and the sources.
///
/// Following the PLOVER manual (and `spec/GOLD.md`), a planned CONSULT,
/// SUPPORT, COOPERATE or AID is recorded as AGREE (an intention to
/// cooperate), with the planned type kept in ``contexts``; negated events
/// are no PLOVER events and have no record.
public struct PLOVERRecord: Codable, Sendable, Equatable {
    public var eventID: String
    public var eventDate: String?
    public var eventType: String
    public var eventMode: String?
    /// The PLOVER conflict–cooperation score.
    public var eventIntensity: Double
    public var cameo: String?
    /// `planned-consult` and the like for reduced planned events, `claimed`
    /// for events only alleged.
    public var contexts: [String]
    public var actorName: [String]
    public var actorCountry: [String?]
    public var actorSector: [String?]
    public var recipientName: [String]
    public var recipientCountry: [String?]
    public var recipientSector: [String?]
    public var placename: String?
    public var placeCountry: String?
    public var latitude: Double?
    public var longitude: Double?
    /// The earliest published date among the sources.
    public var publicationDate: String?
    /// Every source article's URL or path.
    public var source: [String]
    /// The first source's evidence sentence.
    public var eventText: String
    public var language = "pt"

    /// The types a plan reduces to AGREE.
    public static let reducedWhenPlanned: Set<EventType> = [.consult, .support, .cooperate, .aid]

    /// The record of `story`, or nil for a negated event. A planned event
    /// reduced to AGREE takes AGREE's score and CAMEO code from `lexicon`
    /// (`LanguageResources.eventExtractor.lexicon`).
    public init?(_ story: StoryEvent, lexicon: EventLexicon) {
        guard story.status != .negated else { return nil }
        eventID = "cronista-\(story.id)"
        eventDate = story.date
        contexts = story.status == .claimed ? ["claimed"] : []
        if story.status == .planned && Self.reducedWhenPlanned.contains(story.type) {
            eventType = EventType.agree.rawValue
            eventMode = nil
            (eventIntensity, cameo) = lexicon.coding(.agree, mode: nil)
            contexts.append("planned-" + story.type.rawValue.lowercased())
        } else {
            eventType = story.type.rawValue
            eventMode = story.mode
            eventIntensity = story.score
            cameo = story.cameo
            if story.status == .planned { contexts.append("planned") }
        }
        actorName = story.actors.map(\.name)
        actorCountry = story.actors.map(\.affiliation)
        actorSector = story.actors.map { $0.sector?.rawValue }
        recipientName = story.recipients.map(\.name)
        recipientCountry = story.recipients.map(\.affiliation)
        recipientSector = story.recipients.map { $0.sector?.rawValue }
        placename = story.location?.name
        placeCountry = story.location?.affiliation
        latitude = story.location?.lat
        longitude = story.location?.lon
        publicationDate = story.sources.compactMap(\.published).min()
        source = story.sources.map(\.url)
        eventText = story.sources.first?.evidence ?? ""
    }

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id", eventDate = "event_date", eventType = "event_type", eventMode = "event_mode"
        case eventIntensity = "event_intensity", cameo, contexts
        case actorName = "actor_name", actorCountry = "actor_country", actorSector = "actor_sector"
        case recipientName = "recipient_name", recipientCountry = "recipient_country", recipientSector = "recipient_sector"
        case placename, placeCountry = "place_country", latitude, longitude
        case publicationDate = "publication_date", source, eventText = "event_text", language
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(eventID, forKey: .eventID)
        try c.encode(eventDate, forKey: .eventDate)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(eventMode, forKey: .eventMode)
        try c.encode(eventIntensity, forKey: .eventIntensity)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(contexts, forKey: .contexts)
        try c.encode(actorName, forKey: .actorName)
        try c.encode(actorCountry, forKey: .actorCountry)
        try c.encode(actorSector, forKey: .actorSector)
        try c.encode(recipientName, forKey: .recipientName)
        try c.encode(recipientCountry, forKey: .recipientCountry)
        try c.encode(recipientSector, forKey: .recipientSector)
        try c.encode(placename, forKey: .placename)
        try c.encode(placeCountry, forKey: .placeCountry)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(publicationDate, forKey: .publicationDate)
        try c.encode(source, forKey: .source)
        try c.encode(eventText, forKey: .eventText)
        try c.encode(language, forKey: .language)
    }
}
