import Cronista
import CronistaStore
import Foundation
import Testing

/// Per-site repetition at ingest: the store counts, per URL host, the
/// articles each normalised line appears in, and a line in three articles
/// of one host is boilerplate — within one run and across runs.
@Suite("Site templates at ingest")
struct SiteTemplateIngestTests {
    static let notice = "Este site utiliza o Akismet para reduzir spam. Fica a saber como são processados os dados dos comentários."

    /// Three real rtp.pt articles sharing one template line (see `Fixtures/stream/README.md` of CronistaTests).
    static func inputs() throws -> [Ingestor<SQLiteStore>.Input] {
        let path = Support.repositoryRoot.appendingPathComponent("Tests/CronistaTests/Fixtures/stream/rtp-three-articles.jsonl").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let records = ArticleReader().read([UInt8](bytes), source: path, format: .jsonLines)
        return records.enumerated().map { index, record in
            Ingestor<SQLiteStore>.Input(name: "rtp-\(index)") { [record] }
        }
    }

    func removesNotice(_ store: SQLiteStore, _ documentID: String) throws -> Bool {
        let analysis = try #require(try store.analysis(documentID: documentID))
        return analysis.document.boilerplate.contains { $0.text == Self.notice && $0.reason == .siteTemplate }
            && !analysis.document.text.contains("Akismet")
    }

    static func ids(_ inputs: [Ingestor<SQLiteStore>.Input]) throws -> [String] {
        try inputs.map { try #require(try $0.read().first?.get()).id }
    }

    @Test("a line in three articles of one host is removed from all three, in one run")
    func oneRun() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let inputs = try Self.inputs()
        let progress = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 8, threads: 2).run(inputs)
        #expect(progress.stored == 3)
        for id in try Self.ids(inputs) { #expect(try removesNotice(store, id)) }
        let counts = try store.siteLineCounts(site: "rtp.pt", keys: [SiteTemplate.key(Self.notice)])
        #expect(counts == [SiteTemplate.key(Self.notice): 3])
    }

    @Test("the counts persist: two articles in one run, the third in another")
    func acrossRuns() throws {
        let directory = try TemporaryDirectory()
        let inputs = try Self.inputs()
        let ids = try Self.ids(inputs)
        do {
            let store = try directory.store()
            _ = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 1, threads: 1).run(Array(inputs.prefix(2)))
            // Two articles share it: not yet the site's template.
            for id in ids.prefix(2) { #expect(try !removesNotice(store, id)) }
        }
        let store = try directory.store()
        _ = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 1, threads: 1).run(Array(inputs.suffix(1)))
        #expect(try removesNotice(store, ids[2]))
        // Ingesting again counts nothing twice.
        _ = try Ingestor(analyzer: Support.analyzer, store: store, batchSize: 1, threads: 1).run(inputs)
        #expect(try store.siteLineCounts(site: "rtp.pt", keys: [SiteTemplate.key(Self.notice)]).values.first == 3)
    }

    @Test("the credit is stored with the article")
    func creditStored() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        let path = Support.repositoryRoot.appendingPathComponent("Tests/CronistaTests/Fixtures/unseen/22_trump-xi-busan-tregua-tarifas.txt").path
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let article = try #require(try ArticleReader().read(bytes, source: path, format: .text).first?.get())
        let analysis = Support.analyzer.analyze(article)
        #expect(analysis.document.credit == "AFP")
        _ = try store.store([analysis])
        #expect(try store.analysis(documentID: article.id)?.document.credit == "AFP")
    }
}
