/// A person, organisation or place the article names, with every mention.
public struct Entity: Codable, Sendable, Equatable {
    public var id: String
    public var type: EntityType
    /// The canonical name.
    public var name: String
    /// ISO 3166-1 alpha-3 code, an international body's acronym, or `WST`.
    public var affiliation: String?
    public var sector: Sector?
    /// A short English role ("foreign minister").
    public var role: String?
    public var mentions: [QuotedSpan]

    public init(
        id: String, type: EntityType, name: String, affiliation: String? = nil,
        sector: Sector? = nil, role: String? = nil, mentions: [QuotedSpan] = []
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.affiliation = affiliation
        self.sector = sector
        self.role = role
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, type, name, affiliation, sector, role, mentions }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(name, forKey: .name)
        try c.encode(affiliation, forKey: .affiliation)
        try c.encode(sector, forKey: .sector)
        try c.encode(role, forKey: .role)
        try c.encode(mentions, forKey: .mentions)
    }
}

/// Entity types, as in `spec/GOLD.md`.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    /// A country, state or city as a political unit.
    case geopolitical = "GPE"
    /// A place only as a location.
    case location = "LOC"
}

/// The sector an actor belongs to, as in `spec/GOLD.md`.
public enum Sector: String, Codable, Sendable, CaseIterable {
    case government = "GOV"
    case military = "MIL"
    case legislature = "LEG"
    case judiciary = "JUD"
    case intelligence = "SPY"
    case police = "COP"
    case party = "PTY"
    case media = "MED"
    case business = "BUS"
    case labour = "LAB"
    case ngo = "NGO"
    case intergovernmental = "IGO"
    case civilian = "CVL"
}
