import Cronista
import CronistaPostgres
import CronistaStore
import Foundation
import Testing

/// The server the PostgreSQL tests use: `CRONISTA_TEST_POSTGRES`
/// (`Scripts/postgres-test-server start` prints one; `.ci/run` sets it).
/// Without it they are skipped, so `swift test` passes on a machine with
/// no PostgreSQL.
enum PostgresServer {
    static let url = ProcessInfo.processInfo.environment["CRONISTA_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// The trait of every test needing the server.
    static let required = Testing.ConditionTrait.enabled(
        if: url != nil, "CRONISTA_TEST_POSTGRES is not set: PostgreSQL tests skipped (Scripts/postgres-test-server start prints a URL)")
}

/// A database of its own for one test, dropped when released.
final class ScratchDatabase {
    let name: String
    let url: String

    init() throws {
        let server = try #require(PostgresServer.url)
        name = "cronista_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        url = try PostgresDatabases.create(name, server: server)
    }

    deinit { try? PostgresDatabases.drop(name, server: PostgresServer.url!) }

    func store(worker: String? = nil) throws -> PostgresStore { try PostgresStore(url: url, worker: worker) }
}

/// Articles to ingest: the repository's seed copies, the shared seeds and
/// dev corpus when present beside the clone, and a slice of the stream corpus.
enum Corpus {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.appendingPathComponent("Tests/CronistaStoreTests/Fixtures/seeds")
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static let analyzer: Analyzer = try! Analyzer.portuguese()

    /// Text files of a folder, sorted.
    static func texts(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// One input per text file, and the first `streamLines` records of the stream corpus.
    static func inputs<Store>(streamLines: Int = 100) -> [Ingestor<Store>.Input] {
        var files = texts(in: seeds)
        files += texts(in: shared.appendingPathComponent("seeds"))
        files += texts(in: shared.appendingPathComponent("corpus/dev"))
        var inputs: [Ingestor<Store>.Input] = files.map { file in
            Ingestor.Input(name: file.path) {
                let bytes = [UInt8]((try? Data(contentsOf: file)) ?? Data())
                return ArticleReader().read(bytes, source: file.path, format: .text)
            }
        }
        let stream = shared.appendingPathComponent("corpus/stream/articles.jsonl")
        if streamLines > 0, let text = try? String(contentsOf: stream, encoding: .utf8) {
            let slice = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(streamLines).joined(separator: "\n") + "\n"
            inputs.append(Ingestor.Input(name: stream.path) {
                ArticleReader().read(Array(slice.utf8), source: stream.path, format: .jsonLines)
            })
        }
        return inputs
    }

    /// `count` distinct articles: the seed articles, each with a numbered
    /// closing line, each in a folder of its own (a site of its own).
    static func writeArticles(_ count: Int, to folder: URL) throws -> [String] {
        let seeds = try texts(in: Self.seeds).map { try String(contentsOf: $0, encoding: .utf8) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            let site = folder.appendingPathComponent(String(format: "site-%04d", index))
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            let file = site.appendingPathComponent(String(format: "article-%04d.txt", index))
            try (seeds[index % seeds.count] + "\nNota da redação número \(index).\n").write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
    }

    /// The articles of text files, by document id.
    static func articles(_ files: [String]) throws -> [String: Article] {
        var articles: [String: Article] = [:]
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let article = try #require(try ArticleReader().read(bytes, source: file, format: .text).first?.get())
            articles[article.id] = article
        }
        return articles
    }
}

/// The `cronista` binary beside the test bundle (`CRONISTA_BIN` overrides).
enum CronistaBinary {
    static let url: URL? = {
        let manager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["CRONISTA_BIN"], manager.isExecutableFile(atPath: override) {
            return URL(fileURLWithPath: override)
        }
        var starts = [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<5 {
                for candidate in ["cronista", "debug/cronista"] {
                    let url = directory.appendingPathComponent(candidate)
                    var isDirectory: ObjCBool = false
                    if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                        manager.isExecutableFile(atPath: url.path)
                    {
                        return url
                    }
                }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// Starts `cronista ingest ARGUMENTS`, its output discarded.
    static func ingest(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try #require(url, "the cronista binary was not found; build it with swift build")
        process.arguments = ["ingest"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
