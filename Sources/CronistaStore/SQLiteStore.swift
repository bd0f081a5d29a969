import Cronista
import Foundation
import GRDB

/// The embedded store: one SQLite file (by default `cronista.sqlite`),
/// through GRDB, in WAL mode so that queries read while one writer writes.
///
/// Each ``store(_:)`` call is one transaction: after a crash the file holds
/// every batch committed before it and nothing of the batch in flight.
public struct SQLiteStore: EventStore {
    /// The file name used when none is given.
    public static let defaultPath = "cronista.sqlite"

    let pool: DatabasePool
    /// The stories events may join, for the writer.
    let stories = SharedStoryIndex()
    /// The database file.
    public let path: String

    /// Opens (creating when missing) the store at `path` and brings its
    /// schema up to date.
    public init(path: String = SQLiteStore.defaultPath) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL keeps committed transactions across a killed process;
            // NORMAL only risks the last commits on power loss.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MB of page cache per connection: the indexes of a large store stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Checkpoint the WAL into the file every 40 MB rather than every 4 MB:
            // the pages an ingest rewrites in every batch are copied back once
            // per checkpoint, not once per batch.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        configuration.busyMode = .timeout(10)
        // The writer inserts parents before children in one transaction; checking
        // every reference again would double the cost of an ingest.
        configuration.foreignKeysEnabled = false
        self.pool = try Self.openMigrated(path: path, configuration: configuration)
        self.path = path
    }

    /// Opens the pool and brings the schema up to date. Two processes
    /// creating the same new store at once both see no migration applied,
    /// and the second then fails on the first's tables ("table article
    /// already exists", "duplicate column name"). Each migration is one
    /// transaction, so the loser only has to look again: a failed attempt
    /// is retried, and then finds the migrations the other committed.
    static func openMigrated(path: String, configuration: Configuration, attempts: Int = 8) throws -> DatabasePool {
        var attempt = 1
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try StoreSchema.migrator.migrate(pool)
                return pool
            } catch {
                guard attempt < attempts else { throw error }
                attempt += 1
                usleep(useconds_t(20_000 * attempt))
            }
        }
    }

    /// Opens the existing store at `path` for reading only: no schema change,
    /// no write lock, so it never waits for a writer (WAL readers see the
    /// last committed transaction).
    public init(readingAt path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        self.pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
    }

    public func store(_ analyses: [PreparedAnalysis]) throws -> StoreReceipt {
        try stories.with { index in
            try pool.write { db in
                try index.validate(db)
                let writer = AnalysisWriter(db: db)
                var batch = ActorResolver.Batch()
                var receipt = StoreReceipt()
                var articles: ClosedRange<Int64>?
                for analysis in analyses {
                    if let article = try writer.write(analysis, batch: &batch, index: &index) {
                        receipt.stored += 1
                        articles = (articles?.lowerBound ?? article)...article
                    } else {
                        receipt.skipped += 1
                    }
                }
                if let articles { try writer.indexText(from: articles.lowerBound, through: articles.upperBound) }
                try ActorResolver(db: db).flush(batch)
                return receipt
            }
        }
    }

    public func refreshStatistics() throws {
        // An approximate ANALYZE: quick on large stores, enough for the planner.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE") }
    }

    public func storedDocuments(among documentIDs: [String]) throws -> Set<String> {
        guard !documentIDs.isEmpty else { return [] }
        return try pool.read { db in
            var found = Set<String>()
            for chunk in documentIDs.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let ids = try String.fetchAll(
                    db, sql: "SELECT document_id FROM article WHERE document_id IN (\(marks))",
                    arguments: StatementArguments(chunk))
                found.formUnion(ids)
            }
            return found
        }
    }

    public func siteLineCounts(site: String, keys: [UInt64]) throws -> [UInt64: Int] {
        guard !keys.isEmpty else { return [:] }
        return try pool.read { db in
            var counts: [UInt64: Int] = [:]
            for chunk in keys.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                var arguments: StatementArguments = [site]
                arguments += StatementArguments(chunk.map { Int64(bitPattern: $0) })
                for row in try Row.fetchAll(
                    db, sql: "SELECT line_key, articles FROM site_line WHERE site = ? AND line_key IN (\(marks))",
                    arguments: arguments)
                {
                    counts[UInt64(bitPattern: row["line_key"] as Int64)] = row["articles"]
                }
            }
            return counts
        }
    }

    public func counts() throws -> StoreCounts {
        try pool.read { db in
            let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return StoreCounts(
                articles: try count("article"), entities: try count("entity"),
                // Every mention is counted against its entity's actor.
                mentions: try Int.fetchOne(db, sql: "SELECT coalesce(SUM(mention_count), 0) FROM actor") ?? 0,
                actors: try count("actor"), events: try count("event"), stories: try count("story"),
                timexes: try count("timex"), quotes: try count("quote"), quantities: try count("quantity"),
                links: try count("event_link"))
        }
    }
}

extension Array {
    /// The array cut into runs of at most `size` elements.
    package func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
