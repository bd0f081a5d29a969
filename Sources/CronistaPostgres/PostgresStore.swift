import Cronista
import CronistaStore
import Foundation

/// The store on a PostgreSQL server (postgres-nio): the SQLite store's
/// tables, migrations and answers (``PostgresSchema``), for several ingest
/// workers — processes, on one machine or several — writing one database.
///
/// How the workers coordinate:
/// - **Writes are serialised.** Each ``store(_:)`` is one transaction that
///   first takes the writer lock (`pg_advisory_xact_lock`, released at
///   commit or rollback): actor resolution and story matching are online
///   and order-dependent, so batches are applied one after another, each
///   exactly as SQLite's single writer would apply it. Analysis, the costly
///   part, runs in every worker at once; the batch writer sends a few bulk
///   statements per batch (``PostgresBatchWriter``).
/// - **Nothing is stored twice.** Under the lock the writer skips articles
///   whose document id or content hash is stored.
/// - **Nothing is analysed twice.** Before analysing, a worker claims its
///   articles (``ArticleClaims``): a session advisory lock per document, held
///   by the worker's claims connection until the batch is committed. A
///   worker killed by SIGKILL loses its connection and so its claims (no
///   claim is ever stranded), and its open transaction is rolled back (no
///   half-stored batch).
public struct PostgresStore: EventStore {
    /// Where the store is.
    public let location: PostgresLocation
    let pool: ConnectionPool
    let stories = SharedPostgresStoryIndex()
    /// This store's name in the journal's in-flight marks (``IngestJournal``).
    let worker: String

    /// Connects to the database at `url` and brings its schema up to date.
    /// `worker` names this store's in-flight marks (default: unique to this store).
    public init(url: String, worker: String? = nil) throws {
        location = try PostgresLocation(url: url)
        pool = ConnectionPool(location: location)
        self.worker = worker ?? "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))"
        try pool.with { try PostgresSchema.migrate($0) }
    }

    public func store(_ analyses: [PreparedAnalysis]) throws -> StoreReceipt {
        guard !analyses.isEmpty else { return StoreReceipt() }
        return try stories.with { index in
            try pool.with { session in
                try session.transaction {
                    try session.execute(
                        "SELECT pg_advisory_xact_lock(?::int, ?::int)",
                        [.int(Int64(PostgresSchema.lockSpace)), .int(Int64(PostgresSchema.writerLock))])
                    let version = try session.scalar("SELECT version FROM writer_state WHERE id = 1") ?? 0
                    try index.validate(version: version, session: session)
                    var writer = PostgresBatchWriter(session: session)
                    let receipt = try writer.write(analyses, index: &index)
                    let next = version + 1
                    try session.execute("UPDATE writer_state SET version = ? WHERE id = 1", [.int(next)])
                    let touched = index.touched.sorted()
                    if !touched.isEmpty {
                        try session.execute(
                            """
                            INSERT INTO story_group (name, version) SELECT name, ? FROM unnest(?::text[]) AS g(name)
                            ON CONFLICT (name) DO UPDATE SET version = excluded.version
                            """, [.int(next), .texts(touched)])
                    }
                    index.version = next
                    return receipt
                }
            }
        }
    }

    public func refreshStatistics() throws {
        try pool.with { try $0.execute("ANALYZE") }
    }

    public func storedDocuments(among documentIDs: [String]) throws -> Set<String> {
        guard !documentIDs.isEmpty else { return [] }
        return try pool.with { session in
            Set(try session.query("SELECT document_id FROM article WHERE document_id = ANY(?)", [.texts(documentIDs)]).map { try $0.string(0) })
        }
    }

    public func siteLineCounts(site: String, keys: [UInt64]) throws -> [UInt64: Int] {
        guard !keys.isEmpty else { return [:] }
        return try pool.with { session in
            var counts: [UInt64: Int] = [:]
            for row in try session.query(
                "SELECT line_key, articles FROM site_line WHERE site = ? AND line_key = ANY(?)",
                [.text(site), .ints(keys.map { Int64(bitPattern: $0) })])
            {
                counts[UInt64(bitPattern: try row.int64(0))] = try row.int(1)
            }
            return counts
        }
    }

    public func counts() throws -> StoreCounts {
        try pool.with { session in
            let row = try session.query(
                """
                SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM entity),
                    (SELECT coalesce(sum(mention_count), 0)::bigint FROM actor), (SELECT count(*) FROM actor),
                    (SELECT count(*) FROM event), (SELECT count(*) FROM story), (SELECT count(*) FROM timex),
                    (SELECT count(*) FROM quote), (SELECT count(*) FROM quantity), (SELECT count(*) FROM event_link)
                """)[0]
            return StoreCounts(
                articles: try row.int(0), entities: try row.int(1), mentions: try row.int(2), actors: try row.int(3),
                events: try row.int(4), stories: try row.int(5), timexes: try row.int(6), quotes: try row.int(7),
                quantities: try row.int(8), links: try row.int(9))
        }
    }

    /// Empties every table (for tests and benchmarks on a scratch database).
    public func removeEverything() throws {
        try pool.with { session in
            try session.script("""
                TRUNCATE article, actor, actor_part, actor_alias, actor_role, entity, story, story_actor, story_country,
                    event, event_participant, event_link, story_claimant, story_denial, timex, quote, quantity,
                    dyad_month, site_line, failed, in_flight, story_group;
                UPDATE writer_state SET version = version + 1;
                INSERT INTO story_group (name, version) SELECT '*', version FROM writer_state
                """)
        }
    }
}
