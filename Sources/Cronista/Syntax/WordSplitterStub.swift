// Temporary stand-in until the contraction splitter lands.
public struct SyntacticWord: Sendable, Equatable {
    public var form: String
    public var token: Int
    public var start: Int
    public var end: Int
}
public struct WordSplitter: Sendable {
    public static func load(language: String) throws -> WordSplitter { WordSplitter() }
    public func words(of form: String) -> [String] { [form] }
    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [SyntacticWord] {
        tokens.enumerated().map { SyntacticWord(form: $1.text(in: scalars), token: $0, start: $1.start, end: $1.end) }
    }
}
