import Cronista
import CronistaStore
import Foundation
import Testing

@Suite("Storing analyses")
struct IngestTests {
    @Test("a stored analysis reads back equal, field for field")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let analyses = try Support.seedAnalyses()
        #expect(try store.store(analyses) == StoreReceipt(stored: analyses.count, skipped: 0))
        for analysis in analyses {
            let stored = try #require(try store.analysis(documentID: analysis.document.id))
            #expect(stored == analysis, "\(analysis.document.source)")
        }
    }

    @Test("storing the same articles twice changes nothing")
    func idempotent() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let analyses = try Support.seedAnalyses()
        _ = try store.store(analyses)
        let before = try store.counts()
        #expect(before.articles == analyses.count)
        #expect(before.events == analyses.reduce(0) { $0 + $1.events.count })
        #expect(before.mentions == analyses.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } })
        #expect(try store.store(analyses) == StoreReceipt(stored: 0, skipped: analyses.count))
        #expect(try store.store(Array(analyses.reversed())) == StoreReceipt(stored: 0, skipped: analyses.count))
        #expect(try store.counts() == before)
        #expect(try store.storedDocuments(among: analyses.map(\.document.id) + ["ffff"]) == Set(analyses.map(\.document.id)))
    }

    @Test("the ingestor skips stored articles before analysing them, and reports bad inputs without losing the rest")
    func ingestor() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let reader = ArticleReader()
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.seeds.path).sorted().map {
            Support.seeds.appendingPathComponent($0).path
        }
        let good = files.map { file in
            Ingestor<SQLiteStore>.Input(name: file) {
                reader.read([UInt8](FileManager.default.contents(atPath: file)!), source: file, format: .text)
            }
        }
        let bad = Ingestor<SQLiteStore>.Input(name: "broken.jsonl") {
            reader.read(Array("{\"text\": \"Lula chegou\"\n{not json".utf8), source: "broken.jsonl", format: .jsonLines)
        }
        let empty = Ingestor<SQLiteStore>.Input(name: "empty.txt") { reader.read([], source: "empty.txt", format: .text) }
        let ingestor = Ingestor(analyzer: Support.analyzer, store: store, batchSize: 2, threads: 2)
        var failures: [String] = []
        let first = try ingestor.run(Array(good.prefix(2)) + [bad, empty] + good.dropFirst(2), failure: { failures.append($0.description) })
        #expect(first.stored == files.count)
        #expect(first.failed == 3)
        #expect(failures.contains { $0.hasPrefix("broken.jsonl:1:") })
        #expect(failures.contains { $0.hasPrefix("broken.jsonl:2:") })
        #expect(failures.contains { $0.hasPrefix("empty.txt:") })
        let counts = try store.counts()
        let again = try ingestor.run(good)
        #expect(again.stored == 0 && again.skipped == files.count)
        #expect(try store.counts() == counts)
    }
}
