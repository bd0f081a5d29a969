import Cronista

/// Where analyses of many articles are kept, and the questions asked of
/// them: the one seam between Cronista and a database.
///
/// ``SQLiteStore`` is the embedded default; the schema and SQL are kept
/// portable so that a PostgreSQL implementation can conform next.
///
/// A store is written by one writer at a time (``store(_:)`` runs one
/// transaction per call) and read by any number of readers.
public protocol EventStore: Sendable {
    /// Stores analyses in one transaction: the article, its entities and
    /// mentions, events, quotes, timexes and quantities, the global actors
    /// its entities resolve to, the story events its events join, and the
    /// links between claims and denials. Analyses whose document is already
    /// stored are skipped, so storing is idempotent; a failure stores none
    /// of the batch.
    func store(_ analyses: [PreparedAnalysis]) throws -> StoreReceipt

    /// Refreshes the statistics the query planner uses; ``Ingestor`` calls
    /// it after an ingest.
    func refreshStatistics() throws

    /// The ids, among `documentIDs`, of documents already stored.
    func storedDocuments(among documentIDs: [String]) throws -> Set<String>

    /// The analysis of one stored document, rebuilt from the store.
    func analysis(documentID: String) throws -> Analysis?

    /// How many rows of each kind the store holds.
    func counts() throws -> StoreCounts

    /// Story events matching `query`, oldest first.
    func events(matching query: EventQuery) throws -> [StoryEvent]

    /// Global actors, with aliases, roles over time and counts; those one of
    /// whose names matches `name` when given, else the most mentioned.
    func actors(named name: String?, limit: Int) throws -> [ActorSummary]

    /// Story events between the two sides of `dyad`, per month.
    func timeline(_ dyad: Dyad) throws -> [TimelineBucket]

    /// Claims (claimed events and accusations) with who made them and who
    /// denied them; those involving `about` (a country code or a name) when given.
    func claims(about: String?, limit: Int) throws -> [Claim]

    /// Articles whose text contains every word of `text`, best first.
    func search(_ text: String, limit: Int) throws -> [SearchHit]

    /// Every story event, in date order, handed to `body` one at a time.
    func forEachStory(_ body: (StoryEvent) throws -> Void) throws

    /// For each of `keys` (``SiteTemplate`` line keys) of `site`, how many
    /// stored articles carry the line; keys never seen are left out.
    func siteLineCounts(site: String, keys: [UInt64]) throws -> [UInt64: Int]
}

extension EventStore {
    /// A store that keeps no site lines knows of none.
    public func siteLineCounts(site: String, keys: [UInt64]) throws -> [UInt64: Int] { [:] }

    /// Prepares `analyses` (on the caller's thread) and stores them in one
    /// transaction, as ``store(_:)-([PreparedAnalysis])`` does.
    public func store(_ analyses: [Analysis]) throws -> StoreReceipt {
        try store(analyses.map(PreparedAnalysis.init))
    }
}
