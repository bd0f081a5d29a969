/// A number the article states, with its unit and approximation.
public struct Quantity: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double
    public var unit: String?
    /// `more-than`, `less-than`, `about`, `up-to`, `at-least`, or nil when exact.
    public var approx: String?

    public init(start: Int, end: Int, text: String, value: Double, unit: String?, approx: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.approx = approx
    }

    enum CodingKeys: String, CodingKey { case start, end, text, value, unit, approx }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(approx, forKey: .approx)
    }
}
