import Cronista
import CronistaPostgres
import CronistaStore
import Foundation
import Testing

/// The same articles ingested into SQLite and into PostgreSQL, in the same
/// order and batches, give the same answers to every query.
@Suite("SQLite and PostgreSQL parity", PostgresServer.required)
struct ParityTests {
    static let countries = ["RUS", "PRK", "CHN", "USA", "UKR", "BRA", "PRT", "AGO", "ISR", "PSE", "EU"]
    static let names = ["Lavrov", "Putin", "Lula", "Kim Jong-un", "Netanyahu", "Sergei Lavrov", "Zelensky", "Hamas"]

    @Test("seeds, dev corpus and a stream slice: identical events, actors, timelines, claims, export; search as stemming allows")
    func sameAnswers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = try SQLiteStore(path: directory.appendingPathComponent("parity.sqlite").path)
        let database = try ScratchDatabase()
        let postgres = try database.store()

        let a = try Ingestor(analyzer: Corpus.analyzer, store: sqlite, batchSize: 32, threads: 2).run(Corpus.inputs())
        let b = try Ingestor(analyzer: Corpus.analyzer, store: postgres, batchSize: 32, threads: 2).run(Corpus.inputs())
        #expect(a.stored > 20)
        #expect(a.stored == b.stored)
        #expect(a.skipped == b.skipped)
        #expect(a.failed == b.failed)
        #expect(try sqlite.counts() == postgres.counts())
        #expect(try postgres.consistencyProblems() == [])

        var queries: [EventQuery] = [EventQuery(), EventQuery(type: .consult), EventQuery(from: "2023-01", to: "2024-12")]
        for actor in Self.countries + Self.names {
            queries.append(EventQuery(actor: actor))
            queries.append(EventQuery(with: actor, from: "2024"))
        }
        queries.append(EventQuery(actor: "RUS", with: "PRK", type: .consult, from: "2023-01", to: "2024-12"))
        for query in queries {
            #expect(try sqlite.events(matching: query) == postgres.events(matching: query), "events \(query)")
        }
        #expect(try sqlite.actors(named: nil, limit: 500) == postgres.actors(named: nil, limit: 500))
        for name in Self.names + ["Casa Branca", "Pequim", "x"] {
            #expect(try sqlite.actors(named: name, limit: 50) == postgres.actors(named: name, limit: 50), "actors \(name)")
        }
        for first in Self.countries.prefix(6) {
            for second in Self.countries.suffix(6) + ["Lavrov"] {
                #expect(try sqlite.timeline(Dyad(first, second)) == postgres.timeline(Dyad(first, second)), "timeline \(first):\(second)")
            }
        }
        for about in [nil] + Self.countries + Self.names {
            #expect(try sqlite.claims(about: about, limit: 200) == postgres.claims(about: about, limit: 200), "claims \(about ?? "-")")
        }
        var exported: ([StoryEvent], [StoryEvent]) = ([], [])
        try sqlite.forEachStory { exported.0.append($0) }
        try postgres.forEachStory { exported.1.append($0) }
        #expect(exported.0.count > 50)
        #expect(exported.0 == exported.1)
        #expect(try sqlite.topDyads(limit: 20) == postgres.topDyads(limit: 20))
        for story in exported.0.prefix(20) {
            #expect(try sqlite.stories(involving: story.actors.first?.id ?? 1, limit: 10) == postgres.stories(involving: story.actors.first?.id ?? 1, limit: 10))
        }

        // Every analysis comes back as stored, from either.
        let documents = Set(try sqlite.claims(about: nil, limit: 500).flatMap { $0.event.sources.map(\.document) })
        for document in documents.sorted().prefix(25) {
            #expect(try sqlite.analysis(documentID: document) == postgres.analysis(documentID: document))
        }

        // Search: SQLite matches word forms, PostgreSQL's `portuguese` stems
        // them ("mísseis" also finds "míssil"): the documents SQLite finds
        // are found, and names, which do not inflect, find the same.
        for words in ["mísseis balísticos", "cimeira", "sanções", "misseis", "acordo comercial"] {
            let found = Set(try sqlite.search(words, limit: 1000).map(\.document))
            let stemmed = Set(try postgres.search(words, limit: 1000).map(\.document))
            #expect(found.isSubset(of: stemmed), "search \(words)")
        }
        for words in ["Pyongyang", "Lavrov", "Lula", "Netanyahu", "Luanda"] {
            let found = try sqlite.search(words, limit: 1000).map(\.document).sorted()
            #expect(found == (try postgres.search(words, limit: 1000).map(\.document).sorted()), "search \(words)")
        }
    }
}
