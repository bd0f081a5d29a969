import Cronista

/// A claim and its denials: an event reported as an allegation (status
/// `claimed`) or an accusation (ACCUSE), who made it, and who denied it.
public struct Claim: Codable, Sendable, Equatable {
    /// The claimed event (for an accusation, the ACCUSE event itself).
    public var event: StoryEvent
    /// Who makes the claim.
    public var claimants: [ActorRef]
    /// The REJECT events answering it, across all articles.
    public var denials: [Denial]

    public init(event: StoryEvent, claimants: [ActorRef], denials: [Denial]) {
        self.event = event
        self.claimants = claimants
        self.denials = denials
    }
}

/// A denial of a claim: a REJECT by the denier.
public struct Denial: Codable, Sendable, Equatable {
    public var deniers: [ActorRef]
    public var date: String?
    public var evidence: String
    /// The path or URL of the article reporting it.
    public var url: String

    public init(deniers: [ActorRef], date: String?, evidence: String, url: String) {
        self.deniers = deniers
        self.date = date
        self.evidence = evidence
        self.url = url
    }
}
