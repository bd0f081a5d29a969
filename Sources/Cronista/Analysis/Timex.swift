/// A temporal expression: text naming calendar time, with its ISO value.
public struct Timex: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// `2024`, `2024-01`, `2024-01-18`, `2024-W07`, `XXXX-05-03`, or a range
    /// `2024-01-15/2024-01-17`; nil when the article gives no anchor.
    public var value: String?

    public init(start: Int, end: Int, text: String, value: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }

    enum CodingKeys: String, CodingKey { case start, end, text, value }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
    }
}
