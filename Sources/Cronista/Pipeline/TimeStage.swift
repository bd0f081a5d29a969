/// Temporal expressions, resolved against the document date.
public struct TimeStage: Stage {
    public let tagger: TemporalTagger
    public var name: String { "time" }

    public init(tagger: TemporalTagger) { self.tagger = tagger }

    public func process(_ document: inout Document) {
        document.timexes = tagger.tag(
            document.scalars, tokens: document.tokens, sentences: document.sentences, documentDate: document.metadata.published)
    }
}
