/// Events, quotations and quantities; reads the syntax, entity and time layers.
public struct EventStage: Stage {
    public let events: EventExtractor
    public let quotes: QuoteExtractor
    public let quantities: QuantityExtractor
    public var name: String { "events" }

    public init(events: EventExtractor, quotes: QuoteExtractor, quantities: QuantityExtractor) {
        self.events = events
        self.quotes = quotes
        self.quantities = quantities
    }

    public func process(_ document: inout Document) {
        guard let recognition = document.recognition else { return }
        document.quantities = quantities.extract(document.scalars, tokens: document.tokens)
        document.quotes = quotes.extract(document.scalars, tokens: document.tokens, sentences: document.sentences, entities: recognition)
        let found = events.extract(document)
        document.events = found.events
        document.quotes = found.quotes
    }
}
