/// A direct quotation with who said it.
public struct Quote: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The speaker's entity id, or nil when the article does not say.
    public var speaker: String?
    /// The verb or phrase that attributes it ("disse", "segundo").
    public var cue: String?

    public init(start: Int, end: Int, text: String, speaker: String?, cue: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.cue = cue
    }

    enum CodingKeys: String, CodingKey { case start, end, text, speaker, cue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
    }
}
