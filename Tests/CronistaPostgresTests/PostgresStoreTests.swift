import Cronista
import CronistaPostgres
import CronistaStore
import Foundation
import Testing

/// The store's own behaviour on PostgreSQL: idempotent storing, analyses
/// round-tripped, the journal, claims, and clear errors.
@Suite("PostgreSQL store", PostgresServer.required)
struct PostgresStoreTests {
    static func seedAnalyses() throws -> [Analysis] {
        try Corpus.texts(in: Corpus.seeds).map { url in
            let article = try #require(try ArticleReader().read([UInt8](try Data(contentsOf: url)), source: url.path, format: .text).first?.get())
            return Corpus.analyzer.analyze(article)
        }
    }

    @Test("storing is idempotent, a re-sent copy is skipped, and analyses come back equal")
    func idempotentAndWhole() throws {
        let database = try ScratchDatabase()
        let store = try database.store()
        let analyses = try Self.seedAnalyses()
        #expect(try store.store(analyses) == StoreReceipt(stored: analyses.count, skipped: 0))
        let counts = try store.counts()
        #expect(try store.store(analyses) == StoreReceipt(stored: 0, skipped: analyses.count))
        var copy = analyses[0]
        copy.document.id = String(repeating: "f", count: 64)
        copy.document.text += "\n"
        #expect(try store.store([copy]).skipped == 1)
        #expect(try store.counts() == counts)
        for analysis in analyses {
            #expect(try store.analysis(documentID: analysis.document.id) == analysis)
        }
        #expect(try store.storedDocuments(among: analyses.map(\.document.id) + ["none"]) == Set(analyses.map(\.document.id)))
        // A second connection to the same database sees the same store and migrates nothing.
        #expect(try database.store().counts() == counts)
    }

    @Test("the journal: in-flight marks per worker, a dead worker's marks adopted, failures counted")
    func journal() throws {
        let database = try ScratchDatabase()
        let first = try database.store(worker: "first")
        let second = try database.store(worker: "second")
        #expect(try first.inFlight() == [])
        #expect(try second.inFlight() == [])
        try first.markInFlight([JournalEntry(documentID: "a", source: "a.txt"), JournalEntry(documentID: "b", source: "b.txt")])
        try second.markInFlight([JournalEntry(documentID: "c", source: "c.txt", suspect: true)])
        // Each worker replaces and clears its own marks only; both are alive.
        try first.markInFlight([JournalEntry(documentID: "b", source: "b.txt")])
        #expect(try second.inFlight() == [JournalEntry(documentID: "c", source: "c.txt", suspect: true)])
        try first.clearInFlight()
        #expect(try second.inFlight().map(\.documentID) == ["c"])
        #expect(try first.inFlight() == [])

        // A worker gone (its connection closed) leaves marks that the next one adopts.
        do {
            let gone = try database.store(worker: "gone")
            _ = try gone.inFlight()
            try gone.markInFlight([JournalEntry(documentID: "d", source: "d.txt")])
        }
        // The server ends the gone worker's session (and its lock) just after the connection closes.
        let next = try database.store(worker: "next")
        var adopted: [String] = []
        for _ in 0..<100 where adopted.isEmpty {
            adopted = try next.inFlight().map(\.documentID)
            if adopted.isEmpty { usleep(50_000) }
        }
        #expect(adopted == ["d"])

        try first.recordFailures([FailedArticle(documentID: "x", source: "x.txt", reason: "bad")])
        try second.recordFailures([FailedArticle(documentID: "x", source: "x.txt", reason: "worse")])
        #expect(try first.failures() == [FailedArticle(documentID: "x", source: "x.txt", reason: "worse", attempts: 2)])
        #expect(try second.failedDocuments(among: ["x", "y"]) == ["x"])
        #expect(try first.clearFailures() == 1)
    }

    @Test("a claim is held by one worker until released, and never granted for a stored article")
    func claims() throws {
        let database = try ScratchDatabase()
        let first = try database.store()
        let second = try database.store()
        let analyses = try Self.seedAnalyses()
        let ids = analyses.map(\.document.id)
        #expect(try first.claim(Array(ids.prefix(3))) == Set(ids.prefix(3)))
        #expect(try second.claim(ids) == Set(ids.dropFirst(3)))
        _ = try first.store(Array(analyses.prefix(2)))
        try first.release(Array(ids.prefix(3)))
        try second.release(Array(ids.dropFirst(3)))
        // Stored ones are not claimable; the third is free again.
        #expect(try second.claim(ids) == Set(ids.dropFirst(2)))
    }

    @Test("a bad URL and an unreachable server are named in the error")
    func errors() throws {
        #expect(throws: PostgresLocation.Invalid.self) { try PostgresStore(url: "postgres://localhost") }
        #expect(throws: PostgresLocation.Invalid.self) { try PostgresStore(url: "postgres://127.0.0.1/db") }
        do {
            _ = try PostgresStore(url: "postgres://nobody@127.0.0.1:1/none")
            Issue.record("connected to port 1")
        } catch {
            #expect("\(error)".contains("127.0.0.1:1"))
            #expect("\(error)".contains("cannot connect"))
        }
    }
}
