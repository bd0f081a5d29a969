import Cronista

/// An article's analysis with what storing it needs computed beforehand:
/// the serialised sentences, boilerplate and mentions, each entity's resolution key,
/// each event's plain date, and the links between its claims and denials.
///
/// None of it depends on the store's contents, so ``Ingestor`` prepares
/// analyses on its analysis threads and the single writer only resolves,
/// matches and inserts.
public struct PreparedAnalysis: Sendable {
    public let analysis: Analysis
    /// `analysis.sentences` as JSON.
    package let sentences: String
    /// `analysis.document.boilerplate` as JSON.
    package let boilerplate: String
    /// Per entity, in order, the key its resolutions are remembered by within a batch.
    package let entityKeys: [String]
    /// Per entity, in order, its mentions as JSON.
    package let entityMentions: [String]
    /// Per event, in order, its date as ``PartialDate/plain(_:)`` makes it.
    package let eventDates: [String?]
    /// Accusations and the claims they allege, denials and the claims they answer.
    package let links: [ClaimLinker.Link]
    /// Who makes each claim, and the denials answering it.
    package let filings: ClaimLinker.Filings
    /// The article's site and the ``SiteTemplate`` keys of its lines, to be
    /// counted in `site_line` when the article is stored (set by ``Ingestor``).
    public var siteLines: (site: String, keys: [UInt64])?
    /// The ``ContentHash`` of the body text: a re-sent copy is skipped.
    package let contentHash: String

    /// Prepares `analysis`. Declared `throws` for the callers written when
    /// encoding could fail; the ``JSONWriter`` cannot.
    public init(_ analysis: Analysis) throws {
        self.analysis = analysis
        var writer = JSONWriter()
        writer.write(analysis.sentences)
        sentences = String(decoding: writer.bytes, as: UTF8.self)
        writer.reset()
        writer.write(analysis.document.boilerplate)
        boilerplate = String(decoding: writer.bytes, as: UTF8.self)
        entityKeys = analysis.entities.map(ActorResolver.batchKey)
        entityMentions = analysis.entities.map { entity in
            writer.reset()
            writer.write(entity.mentions)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        eventDates = analysis.events.map { $0.date.flatMap(PartialDate.plain) }
        links = ClaimLinker.links(in: analysis)
        filings = ClaimLinker.filings(in: analysis, links: links)
        contentHash = ContentHash.of(analysis.document)
    }
}
