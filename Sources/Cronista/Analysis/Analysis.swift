/// The analysis of one article: the public, versioned JSON contract
/// described in `spec/ANALYSIS.md` (schema `analysis/1`).
///
/// Offsets everywhere count Unicode scalars (code points) into
/// ``AnalyzedDocument/text``, end exclusive.
public struct Analysis: Codable, Sendable, Equatable {
    /// The schema identifier of this format.
    public static let schemaVersion = "analysis/1"

    public var schema: String = Analysis.schemaVersion
    public var document: AnalyzedDocument
    public var sentences: [TextSpan]
    public var entities: [Entity]
    public var events: [Event]
    public var timexes: [Timex]
    public var quotes: [Quote]
    public var quantities: [Quantity]
    /// Syntactic words with tags and dependency heads; present only when
    /// the syntax stage was asked for (`analyze --syntax`).
    public var words: [AnalyzedWord]?

    public init(
        document: AnalyzedDocument, sentences: [TextSpan] = [], entities: [Entity] = [],
        events: [Event] = [], timexes: [Timex] = [], quotes: [Quote] = [], quantities: [Quantity] = []
    ) {
        self.document = document
        self.sentences = sentences
        self.entities = entities
        self.events = events
        self.timexes = timexes
        self.quotes = quotes
        self.quantities = quantities
    }
}

/// A half-open range of Unicode scalar offsets into the document text.
public struct TextSpan: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
}

/// A span together with the exact text it covers.
public struct QuotedSpan: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
}
