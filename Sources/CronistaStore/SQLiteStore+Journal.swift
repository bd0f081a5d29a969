import Foundation
import GRDB

extension SQLiteStore: IngestJournal {
    public func markInFlight(_ articles: [JournalEntry]) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM in_flight")
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO in_flight (document_id, source, suspect) VALUES (?, ?, ?)")
            for article in articles { try insert.execute(arguments: [article.documentID, article.source, article.suspect]) }
        }
    }

    public func clearInFlight() throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM in_flight") }
    }

    public func inFlight() throws -> [JournalEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT document_id, source, suspect FROM in_flight ORDER BY rowid").map {
                JournalEntry(documentID: $0[0], source: $0[1], suspect: $0[2])
            }
        }
    }

    public func recordFailures(_ failures: [FailedArticle]) throws {
        guard !failures.isEmpty else { return }
        try pool.write { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO failed (document_id, source, reason, attempts, failed_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (document_id) DO UPDATE SET
                        source = excluded.source, reason = excluded.reason,
                        attempts = failed.attempts + excluded.attempts, failed_at = excluded.failed_at
                    """)
            let now = ISO8601DateFormatter().string(from: Date())
            for failure in failures {
                try upsert.execute(arguments: [failure.documentID, failure.source, failure.reason, failure.attempts, now])
            }
        }
    }

    public func failedDocuments(among documentIDs: [String]) throws -> Set<String> {
        guard !documentIDs.isEmpty else { return [] }
        return try pool.read { db in
            var found = Set<String>()
            for chunk in documentIDs.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                found.formUnion(
                    try String.fetchAll(
                        db, sql: "SELECT document_id FROM failed WHERE document_id IN (\(marks))", arguments: StatementArguments(chunk)))
            }
            return found
        }
    }

    public func failures() throws -> [FailedArticle] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT document_id, source, reason, attempts FROM failed ORDER BY failed_at, rowid").map {
                FailedArticle(documentID: $0[0], source: $0[1], reason: $0[2], attempts: $0[3])
            }
        }
    }

    @discardableResult
    public func clearFailures() throws -> Int {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM failed")
            return db.changesCount
        }
    }
}
