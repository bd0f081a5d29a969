/// A hand annotation of one article, in the format of `spec/GOLD.md`.
public struct GoldDocument: Decodable, Sendable {
    public var doc: String
    public var published: String?
    public var variant: String?
    public var boilerplate: [String]
    public var entities: [GoldEntity]
    public var events: [GoldEvent]
    public var timexes: [GoldTimex]
    public var quotes: [GoldQuote]

    enum CodingKeys: String, CodingKey {
        case doc, published, variant, boilerplate, entities, events, timexes, quotes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decodeIfPresent(String.self, forKey: .doc) ?? ""
        published = try c.decodeIfPresent(String.self, forKey: .published)
        variant = try c.decodeIfPresent(String.self, forKey: .variant)
        boilerplate = try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? []
        entities = try c.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        events = try c.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
        timexes = try c.decodeIfPresent([GoldTimex].self, forKey: .timexes) ?? []
        quotes = try c.decodeIfPresent([GoldQuote].self, forKey: .quotes) ?? []
    }
}

public struct GoldEntity: Decodable, Sendable {
    public var id: String
    public var type: String
    public var name: String
    public var aliases: [String]?
    public var affiliation: String?
    public var sector: String?
    public var role: String?
}

public struct GoldEvent: Decodable, Sendable {
    public var type: String
    public var mode: String?
    public var actors: [String]
    public var recipients: [String]
    public var date: String?
    public var location: String?
    public var status: String
    public var evidence: String?
}

public struct GoldTimex: Decodable, Sendable {
    public var text: String
    public var value: String?
}

public struct GoldQuote: Decodable, Sendable {
    public var speaker: String?
    public var text: String
}
