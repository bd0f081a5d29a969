import ArgumentParser
import Cronista
import CronistaPostgres
import CronistaStore
import Foundation

struct StoreBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Measure ingest into SQLite or PostgreSQL (articles/s, peak memory) and query latency (p50, p95).",
        discussion: """
            Generates a corpus recombining the sentences of real articles (Examples/ and \
            ../shared by default) with varied name spellings, people and dates, ingests it \
            into a fresh store, then times each query kind. With --db postgres://…, it \
            measures SQLite in-process first, then PostgreSQL with each --workers count of \
            `cronista ingest` processes sharing the (emptied) database, and times the \
            queries on PostgreSQL.
            """)

    @Option(help: "Articles to generate and ingest.")
    var articles: Int = 100_000

    @Option(help: "Articles whose sentences are recombined.")
    var sources: [String] = ["Examples", "../shared/seeds", "../shared/corpus/dev"]

    @Option(help: "The store to create (default: a temporary file, removed afterwards); a postgres:// URL measures PostgreSQL (the database is emptied).")
    var db: String?

    @Option(help: "With a PostgreSQL --db: the numbers of ingest worker processes to measure, in order.")
    var workers: String = "1,2,4"

    @Option(help: "Keep the generated corpus in this folder, and reuse one already there.")
    var corpus: String?

    @Option(help: "Runs of each query kind.")
    var queries: Int = 200

    @Option(help: "Analysis threads.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let analyzer = try Analyzer.portuguese()
        let sentences = CorpusGenerator.sentences(from: sources.filter { FileManager.default.fileExists(atPath: $0) }, analyzer: analyzer)
        guard !sentences.isEmpty else { throw ValidationError("no sentences found in \(sources.joined(separator: ", "))") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let postgres = db.map(PostgresLocation.isURL) ?? false
        let path = db.flatMap { postgres ? nil : $0 } ?? scratch.appendingPathComponent("bench.sqlite").path
        if db != nil && !postgres { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }

        let clock = ContinuousClock()
        var files: [String] = []
        let corpusFolder = corpus.map { URL(fileURLWithPath: $0) } ?? scratch
        try FileManager.default.createDirectory(at: corpusFolder, withIntermediateDirectories: true)
        let existing = InputFiles.expand([corpusFolder.path]).files.filter { $0.hasSuffix(".jsonl") }
        let generation = try clock.measure {
            files = existing.count * 1000 >= articles && corpus != nil
                ? Array(existing.prefix((articles + 999) / 1000))
                : try CorpusGenerator(sentences: sentences, seed: 2024).write(count: articles, to: corpusFolder)
        }
        let store = try SQLiteStore(path: path)
        let ingestor = Ingestor(analyzer: analyzer, store: store, batchSize: 256, threads: threads)
        var bar = ProgressBar()
        var result: Ingestor<SQLiteStore>.Progress?
        let ingest = try clock.measure {
            result = try ingestor.run(files.map { IngestCommand.input($0) }, progress: { state in
                bar.update(done: state.inputsRead, total: state.inputsTotal, detail: "\(state.stored) stored")
            })
        }
        bar.finish()
        let peak = peakResidentBytes()
        let counts = try store.counts()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0

        print("Cronista bench: ingest into SQLite, \(threads) analysis threads, one writer")
        print("  corpus:      \(articles) articles from \(sentences.count) real sentences (generated in \(Self.format(generation)) s)")
        print("  stored:      \(result?.stored ?? 0) articles, \(counts.entities) entities, \(counts.actors) actors, \(counts.events) events in \(counts.stories) story events")
        print("  time:        \(Self.format(ingest)) s")
        print("  throughput:  \(String(format: "%.0f", Double(result?.stored ?? 0) / Self.seconds(ingest))) articles/s")
        print("  peak memory: \(String(format: "%.1f", Double(peak) / 1_048_576)) MB (max RSS)")
        print("  database:    \(String(format: "%.1f", Double(size) / 1_048_576)) MB")
        var queried: any EventStore = store
        if let db, postgres {
            let rate = Double(result?.stored ?? 0) / Self.seconds(ingest)
            queried = try PostgresIngestBench(url: db, files: files, threads: threads, sqliteRate: rate, sqliteCounts: counts)
                .run(workers: try Self.workerCounts(workers))
        }
        print("Query latency over \(queries) runs each (ms):")
        var all: [Double] = []
        print("Queries on \(queried is SQLiteStore ? "SQLite" : "PostgreSQL"):")
        for (name, body) in Self.queries(queried) {
            var times: [Double] = []
            for run in 0..<queries {
                let elapsed = try clock.measure { try body(run) }
                times.append(Self.seconds(elapsed) * 1000)
            }
            all += times
            print("  \(name.padding(toLength: 44, withPad: " ", startingAt: 0)) p50 \(Self.percentile(times, 0.5))  p95 \(Self.percentile(times, 0.95))")
        }
        print("  \("all".padding(toLength: 44, withPad: " ", startingAt: 0)) p50 \(Self.percentile(all, 0.5))  p95 \(Self.percentile(all, 0.95))")
        // Export streams the whole store; what is timed is its first page.
        let exportRuns = max(1, queries / 5)
        var exportTimes: [Double] = []
        for _ in 0..<exportRuns { exportTimes.append(Self.seconds(try clock.measure { try Self.exportFirstPage(queried) }) * 1000) }
        let exportName = "export: first \(Self.exportPage) records, jsonl (\(exportRuns) runs)"
        print("  \(exportName.padding(toLength: 44, withPad: " ", startingAt: 0)) p50 \(Self.percentile(exportTimes, 0.5))  p95 \(Self.percentile(exportTimes, 0.95))")
    }

    /// The query kinds, each varied by run number.
    static func queries(_ store: any EventStore) -> [(String, (Int) throws -> Void)] {
        let countries = ["RUS", "PRK", "CHN", "USA", "UKR", "BRA", "EU", "KOR"]
        let names = ["Lavrov", "Putin", "Kim Jong Un", "Xi Jinping", "Peskov", "Choe Son Hui", "Lula", "Zelensky"]
        let words = ["mísseis balísticos", "cimeira", "sanções económicas", "cooperação militar", "visita oficial", "Pyongyang"]
        let types: [EventType] = [.consult, .aid, .accuse, .support, .agree]
        let pick = { (list: [String], run: Int) in list[run % list.count] }
        return [
            ("events --actor A --with B --type T --from --to", { run in
                _ = try store.events(matching: EventQuery(
                    actor: pick(countries, run), with: pick(countries, run / 8 + 1), type: types[run % types.count],
                    from: "2023-01", to: "2024-12", limit: 100))
            }),
            ("events --actor NAME", { run in
                _ = try store.events(matching: EventQuery(actor: pick(names, run), limit: 100))
            }),
            ("actors --name NAME", { run in _ = try store.actors(named: pick(names, run), limit: 20) }),
            ("actors (most mentioned)", { _ in _ = try store.actors(named: nil, limit: 50) }),
            ("timeline --dyad A:B", { run in
                _ = try store.timeline(Dyad(pick(countries, run), pick(countries, run / 8 + 1)))
            }),
            ("claims --about X", { run in _ = try store.claims(about: pick(countries, run), limit: 100) }),
            ("claims", { _ in _ = try store.claims(about: nil, limit: 100) }),
            ("search WORDS", { run in _ = try store.search(pick(words, run), limit: 20) }),
        ]
    }

    /// The records `export` writes in one page of its reading: the first
    /// ``exportPage`` story events in date order, encoded as JSON Lines.
    static let exportPage = 500

    /// What `export --format jsonl` does until its first page is written.
    static func exportFirstPage(_ store: any EventStore) throws {
        struct PageDone: Error {}
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var records = 0
        do {
            try store.forEachStory { story in
                _ = try encoder.encode(story)
                records += 1
                if records == exportPage { throw PageDone() }
            }
        } catch is PageDone {}
    }

    /// `1,2,4` as numbers.
    static func workerCounts(_ text: String) throws -> [Int] {
        let counts = text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--workers must be positive numbers, such as 1,2,4") }
        return counts
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func format(_ duration: Duration) -> String { String(format: "%.2f", seconds(duration)) }

    static func percentile(_ values: [Double], _ p: Double) -> String {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return "-" }
        let value = sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        return String(format: "%6.2f", value)
    }
}
