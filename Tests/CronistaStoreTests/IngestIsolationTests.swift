import Cronista
import Foundation
import Testing

@testable import CronistaStore

/// One bad article never costs the others (issue 14): failures recorded and
/// skipped, a crash's culprit found from the journal and quarantined,
/// re-sent copies stored once, a new store created by two writers at once.
@Suite("Ingest isolation", .serialized)
struct IngestIsolationTests {
    /// The seed files and an input reading each.
    static func seedInputs() throws -> [Ingestor<SQLiteStore>.Input] {
        let reader = ArticleReader()
        return try FileManager.default.contentsOfDirectory(atPath: Support.seeds.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            let file = Support.seeds.appendingPathComponent($0).path
            return Ingestor<SQLiteStore>.Input(name: file) {
                reader.read([UInt8](FileManager.default.contents(atPath: file)!), source: file, format: .text)
            }
        }
    }

    static func articles(_ inputs: [Ingestor<SQLiteStore>.Input]) -> [Article] {
        inputs.flatMap { $0.read() }.compactMap { try? $0.get() }
    }

    @Test("a single suspect left in flight by a crash is quarantined; the rest is stored; --retry-failed tries it again")
    func culpritQuarantined() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let inputs = try Self.seedInputs()
        let articles = Self.articles(inputs)
        let culprit = articles[2]
        // As a crashed run leaves it: the culprit alone in flight, marked as a suspect.
        try store.markInFlight([JournalEntry(documentID: culprit.id, source: culprit.source, suspect: true)])
        var failures: [String] = []
        let first = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 2).run(inputs, failure: { failures.append($0.description) })
        #expect(first.stored == articles.count - 1)
        #expect(first.failed == 1)
        #expect(failures == ["\(culprit.source): \(FailedArticle.crashed); recorded as failed"])
        #expect(try store.failures().map(\.documentID) == [culprit.id])
        #expect(try store.inFlight().isEmpty)
        #expect(try store.storedDocuments(among: [culprit.id]).isEmpty)

        // The next run does not retry it forever…
        let second = try Ingestor(analyzer: Support.analyzer, store: store).run(inputs)
        #expect(second.stored == 0 && second.failedBefore == 1 && second.skipped == articles.count - 1)
        // …unless asked to.
        let retried = try Ingestor(analyzer: Support.analyzer, store: store, retryFailed: true).run(inputs)
        #expect(retried.stored == 1)
        #expect(try store.failures().isEmpty)
        #expect(try store.counts().articles == articles.count)
    }

    @Test("several articles left in flight are suspects: analysed one at a time, all stored when none crashes")
    func suspectsAnalysedAlone() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let inputs = try Self.seedInputs()
        let articles = Self.articles(inputs)
        try store.markInFlight(articles.prefix(3).map { JournalEntry(documentID: $0.id, source: $0.source) })
        let alone = Recorder()
        var ingestor = Ingestor(analyzer: Support.analyzer, store: store, batchSize: 8)
        ingestor.afterCrash = true
        ingestor.willAnalyze = { article in alone.append(article.id) }
        let result = try ingestor.run(inputs)
        #expect(result.stored == articles.count && result.failed == 0)
        #expect(try store.failures().isEmpty)
        // The suspects went first, one by one.
        #expect(Set(alone.items.prefix(3)) == Set(articles.prefix(3).map(\.id)))
    }

    @Test("a killed run's single article in flight is not blamed without a crash")
    func killedRunIsNoCrash() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let inputs = try Self.seedInputs()
        let articles = Self.articles(inputs)
        try store.markInFlight([JournalEntry(documentID: articles[0].id, source: articles[0].source)])
        let result = try Ingestor(analyzer: Support.analyzer, store: store).run(inputs)
        #expect(result.stored == articles.count && result.failed == 0)
    }

    @Test("the same article with an extra newline, CR LF line endings or trailing spaces is stored once")
    func nearDuplicatesAreOneArticle() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let file = Support.seeds.appendingPathComponent("000_7a8fabd987615f2e.txt").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let variants = [
            text, text + "\n", text.replacingOccurrences(of: "\n", with: "\r\n"),
            text.replacingOccurrences(of: "\n", with: "  \n\n"),
        ]
        let reader = ArticleReader()
        // Re-sent from the same place: the same source each time.
        let source = "https://noticias.example/putin-kim"
        let inputs = variants.enumerated().map { i, variant in
            Ingestor<SQLiteStore>.Input(name: "copy-\(i).txt") { reader.read(Array(variant.utf8), source: source, format: .text) }
        }
        #expect(Set(Self.articles(inputs).map(\.id)).count == variants.count)
        let result = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 2).run(inputs)
        #expect(result.stored == 1)
        #expect(result.skipped == variants.count - 1)
        #expect(try store.counts().articles == 1)
        // A later copy, in a later run, too.
        let again = try Ingestor(analyzer: Support.analyzer, store: store).run([
            Ingestor<SQLiteStore>.Input(name: "copy-5.txt") { reader.read(Array((text + "\n\n\n").utf8), source: source, format: .text) }
        ])
        #expect(again.stored == 0)
        // The same words from another source are another article (a wire story in two outlets).
        let elsewhere = try Ingestor(analyzer: Support.analyzer, store: store).run([
            Ingestor<SQLiteStore>.Input(name: "other.txt") { reader.read(Array((text + "\n").utf8), source: "https://outro.example/a", format: .text) }
        ])
        #expect(elsewhere.stored == 1)
        #expect(ContentHash.normalised("a \r\nb\t\n\n\nc") == "a\nb\nc")
    }

    @Test("two writers creating a new store at once both succeed")
    func concurrentFirstUse() throws {
        for round in 0..<12 {
            let directory = try TemporaryDirectory()
            let path = directory.path("new-\(round).sqlite")
            let errors = Recorder()
            let group = DispatchGroup()
            for _ in 0..<4 {
                group.enter()
                Thread {
                    do { _ = try SQLiteStore(path: path) } catch { errors.append("\(error)") }
                    group.leave()
                }.start()
            }
            group.wait()
            #expect(errors.items.isEmpty, "round \(round): \(errors.items)")
            #expect(try SQLiteStore(path: path).counts().articles == 0)
        }
    }

    @Test("a season, a week or an impossible day is never a month of the timeline")
    func onlyRealMonths() {
        #expect(PartialDate.month("2024-SU") == nil)
        #expect(PartialDate.month("2024-W23") == nil)
        #expect(PartialDate.month("2024-13") == nil)
        #expect(PartialDate.plain("2024-SU") == "2024")
        #expect(PartialDate.plain("2023-02-30") == "2023-02")
        #expect(PartialDate.month("2024-06-19") == "2024-06")
        #expect(PartialDate.plain("2024-06/2024-07") == "2024-06")
    }
}

/// Strings appended from any thread.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []

    func append(_ value: String) { lock.withLock { values.append(value) } }
    var items: [String] { lock.withLock { values } }
}
