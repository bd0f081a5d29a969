/// One month of a dyad's timeline.
public struct TimelineBucket: Codable, Sendable, Equatable {
    /// `YYYY-MM`.
    public var month: String
    /// Story events that month.
    public var events: Int
    /// Their summed PLOVER score (cooperation positive, conflict negative).
    public var score: Double

    public init(month: String, events: Int, score: Double) {
        self.month = month
        self.events = events
        self.score = score
    }
}
