/// People, organisations, countries and places.
public struct EntityStage: Stage {
    public let recognizer: EntityRecognizer
    public var name: String { "entities" }

    public init(recognizer: EntityRecognizer) { self.recognizer = recognizer }

    public func process(_ document: inout Document) {
        document.recognition = recognizer.recognize(
            document.scalars, tokens: document.tokens, sentences: document.sentences, documentDate: document.metadata.published)
    }
}
