import CronistaStore
import Foundation

/// The ingest journal, shared by the workers: each in-flight mark names its
/// worker (`owner`), so a worker replaces and clears only its own marks.
/// A worker holds a session advisory lock on its name for as long as its
/// claims connection lives; marks whose owner holds no such lock were left
/// by a worker that died, and the next worker to look adopts them (they
/// become its suspects, as a crashed run's marks do in SQLite).
extension PostgresStore: IngestJournal {
    /// The advisory lock key of a worker name.
    static func ownerKey(_ owner: String) -> Int64 { Int64(bitPattern: ClaimKey.hash("owner|" + owner)) }

    public func markInFlight(_ articles: [JournalEntry]) throws {
        try pool.with { session in
            try session.transaction {
                try session.execute("DELETE FROM in_flight WHERE owner = ?", [.text(worker)])
                guard !articles.isEmpty else { return }
                try session.execute(
                    """
                    INSERT INTO in_flight (document_id, source, suspect, owner)
                    SELECT d, s, x, ? FROM unnest(?::text[], ?::text[], ?::bigint[]) WITH ORDINALITY AS a(d, s, x, n) ORDER BY n
                    ON CONFLICT (document_id) DO UPDATE SET source = excluded.source, suspect = excluded.suspect, owner = excluded.owner
                    """,
                    [.text(worker), .texts(articles.map(\.documentID)), .texts(articles.map(\.source)),
                     .ints(articles.map { $0.suspect ? 1 : 0 })])
            }
        }
    }

    public func clearInFlight() throws {
        try pool.with { try $0.execute("DELETE FROM in_flight WHERE owner = ?", [.text(worker)]) }
    }

    public func inFlight() throws -> [JournalEntry] {
        try claimsSession { _ in }
        return try pool.with { session in
            // Adopt the marks of workers that are gone.
            for row in try session.query("SELECT DISTINCT owner FROM in_flight WHERE owner <> ?", [.text(worker)]) {
                let owner = try row.string(0)
                let key = Self.ownerKey(owner)
                guard try session.query("SELECT pg_try_advisory_lock(?)", [.int(key)]).first?.bool(0) == true else { continue }
                try session.execute("UPDATE in_flight SET owner = ? WHERE owner = ?", [.text(worker), .text(owner)])
                try session.execute("SELECT pg_advisory_unlock(?)", [.int(key)])
            }
            return try session.query("SELECT document_id, source, suspect FROM in_flight WHERE owner = ? ORDER BY seq", [.text(worker)]).map {
                JournalEntry(documentID: try $0.string(0), source: try $0.string(1), suspect: try $0.bool(2))
            }
        }
    }

    public func recordFailures(_ failures: [FailedArticle]) throws {
        guard !failures.isEmpty else { return }
        let now = ISO8601DateFormatter().string(from: Date())
        try pool.with { session in
            try session.transaction {
                for failure in failures {
                    try session.execute(
                        """
                        INSERT INTO failed (document_id, source, reason, attempts, failed_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (document_id) DO UPDATE SET
                            source = excluded.source, reason = excluded.reason,
                            attempts = failed.attempts + excluded.attempts, failed_at = excluded.failed_at
                        """,
                        [.text(failure.documentID), .text(failure.source), .text(failure.reason), .int(Int64(failure.attempts)), .text(now)])
                }
            }
        }
    }

    public func failedDocuments(among documentIDs: [String]) throws -> Set<String> {
        guard !documentIDs.isEmpty else { return [] }
        return try pool.with { session in
            Set(try session.query("SELECT document_id FROM failed WHERE document_id = ANY(?)", [.texts(documentIDs)]).map { try $0.string(0) })
        }
    }

    public func failures() throws -> [FailedArticle] {
        try pool.with { session in
            try session.query("SELECT document_id, source, reason, attempts FROM failed ORDER BY failed_at, seq").map {
                FailedArticle(documentID: try $0.string(0), source: try $0.string(1), reason: try $0.string(2), attempts: try $0.int(3))
            }
        }
    }

    @discardableResult
    public func clearFailures() throws -> Int {
        try pool.with { session in try session.query("DELETE FROM failed RETURNING 1").count }
    }
}
