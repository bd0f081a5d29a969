import Cronista
import CronistaStore
import Foundation

/// The store's tables on PostgreSQL: the SQLite store's migrations
/// (``StoreSchema``), under the same names, their portable SQL translated
/// (`INTEGER` → `BIGINT`, `REAL` → `DOUBLE PRECISION`, `TEXT` → `TEXT COLLATE "C"`
/// so that text compares and sorts by code point as in SQLite, references
/// not enforced as in SQLite), and a few of PostgreSQL's own:
///
/// - `v1-full-text`: a `tsvector` column over title and text, generated
///   with the `cronista_pt` configuration (PostgreSQL's `portuguese`, with
///   `unaccent` when the extension can be had), and its GIN index;
/// - `pg1-coordination`: `writer_state` (a counter of committed batches),
///   `story_group` (the batch that last changed each group of candidate
///   stories, so a writer's cache drops only what others changed), the
///   owner of each in-flight mark, and insertion order for the journal.
///
/// Applied migrations are listed in `cronista_migrations`. Opening takes a
/// session advisory lock first, so two processes creating one store wait
/// for each other instead of failing on each other's tables.
enum PostgresSchema {
    /// Advisory lock keys (first argument of the two-key form: this store's namespace).
    static let lockSpace: Int32 = 0x4352_4F4E  // "CRON"
    static let migrationLock: Int32 = 1
    static let writerLock: Int32 = 2

    /// SQLite's portable DDL as PostgreSQL's.
    static func translated(_ sql: String) -> String {
        var out = sql.replacingOccurrences(of: "INTEGER", with: "BIGINT")
            .replacingOccurrences(of: " REAL", with: " DOUBLE PRECISION")
            .replacingOccurrences(of: " TEXT", with: " TEXT COLLATE \"C\"")
        out = out.replacingOccurrences(of: #" REFERENCES \w+\(\w+\)"#, with: "", options: .regularExpression)
        return out
    }

    static let migrations: [(name: String, apply: @Sendable (PostgresSession) throws -> Void)] = [
        ("v1-tables", { try $0.script(translated(StoreSchema.tables)) }),
        ("v1-full-text", fullText),
        ("v2-inline-mentions", { try $0.script(inlineMentions) }),
        ("v3-dyad-months", { try $0.script(translated(StoreSchema.dyadMonths)) }),
        ("v4-site-lines", { try $0.script(translated(StoreSchema.siteLines)) }),
        ("v4-article-credit", { try $0.script(translated(StoreSchema.articleCredit)) }),
        ("v4-ingest-journal", { try $0.script(translated(StoreSchema.ingestJournal)) }),
        ("v5-content-hash", contentHash),
        ("pg1-coordination", { try $0.script(coordination) }),
    ]

    /// Brings the schema up to date, one transaction per migration.
    static func migrate(_ session: PostgresSession) throws {
        try session.execute("SELECT pg_advisory_lock(?::int, ?::int)", [.int(Int64(lockSpace)), .int(Int64(migrationLock))])
        defer { try? session.execute("SELECT pg_advisory_unlock(?::int, ?::int)", [.int(Int64(lockSpace)), .int(Int64(migrationLock))]) }
        try session.execute("CREATE TABLE IF NOT EXISTS cronista_migrations (identifier TEXT PRIMARY KEY)")
        let applied = Set(try session.query("SELECT identifier FROM cronista_migrations").map { try $0.string(0) })
        for migration in migrations where !applied.contains(migration.name) {
            try session.transaction {
                try migration.apply(session)
                try session.execute("INSERT INTO cronista_migrations (identifier) VALUES (?)", [.text(migration.name)])
            }
        }
    }

    /// The full-text index: `cronista_pt` is `portuguese` with accents
    /// removed (so "misseis" finds "mísseis") when `unaccent` can be
    /// created, else `portuguese` alone.
    static func fullText(_ session: PostgresSession) throws {
        try session.execute("SAVEPOINT unaccent")
        do {
            try session.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            try session.execute("RELEASE SAVEPOINT unaccent")
        } catch {
            try session.execute("ROLLBACK TO SAVEPOINT unaccent")
        }
        let hasUnaccent = try session.scalar("SELECT count(*) FROM pg_ts_dict WHERE dictname = 'unaccent'") ?? 0 > 0
        if try session.scalar("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'cronista_pt'") ?? 0 == 0 {
            try session.execute("CREATE TEXT SEARCH CONFIGURATION cronista_pt (COPY = portuguese)")
            if hasUnaccent {
                try session.execute("""
                    ALTER TEXT SEARCH CONFIGURATION cronista_pt ALTER MAPPING
                    FOR hword, hword_part, word WITH unaccent, portuguese_stem
                    """)
            }
        }
        try session.script("""
            ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('cronista_pt', coalesce(title, '')), 'A') || to_tsvector('cronista_pt', text)) STORED;
            CREATE INDEX article_search ON article USING gin (search)
            """)
    }

    /// ``StoreSchema/inlineMentions`` with PostgreSQL's JSON functions.
    static let inlineMentions = """
        ALTER TABLE entity ADD COLUMN mentions TEXT COLLATE "C" NOT NULL DEFAULT '[]';
        UPDATE entity SET mentions = coalesce((
            SELECT json_agg(json_build_object('end', m.span_end, 'start', m.span_start, 'text', m.text) ORDER BY m.position)::text
            FROM mention m WHERE m.entity_id = entity.id), '[]');
        DROP TABLE mention;
        DROP INDEX entity_by_actor
        """

    /// As SQLite's `v5-content-hash`: the column, filled in for stored articles, and its index.
    static func contentHash(_ session: PostgresSession) throws {
        try session.execute("ALTER TABLE article ADD COLUMN content_hash TEXT COLLATE \"C\"")
        for row in try session.query("SELECT id, source, published, text FROM article") {
            let document = AnalyzedDocument(
                id: "", source: try row.string(1), title: nil, published: try row.stringOrNil(2), publishedFrom: nil,
                variant: nil, text: try row.string(3), boilerplate: [])
            try session.execute("UPDATE article SET content_hash = ? WHERE id = ?", [.text(ContentHash.of(document)), .int(try row.int64(0))])
        }
        try session.execute("CREATE INDEX article_by_content ON article(content_hash)")
    }

    static let coordination = """
        CREATE TABLE writer_state (id BIGINT PRIMARY KEY, version BIGINT NOT NULL);
        INSERT INTO writer_state (id, version) VALUES (1, 0);
        CREATE TABLE story_group (name TEXT COLLATE "C" PRIMARY KEY, version BIGINT NOT NULL);
        CREATE INDEX story_group_by_version ON story_group(version);
        ALTER TABLE in_flight ADD COLUMN owner TEXT COLLATE "C" NOT NULL DEFAULT '';
        ALTER TABLE in_flight ADD COLUMN seq BIGSERIAL;
        ALTER TABLE failed ADD COLUMN seq BIGSERIAL
        """
}
