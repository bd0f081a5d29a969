import Cronista
import CronistaStore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `cronista` binary, killed with SIGKILL in the middle of an
/// ingest and run again: nothing lost, nothing doubled, nothing half stored.
@Suite("Crash recovery", .serialized)
struct CrashRecoveryTests {
    /// `cronista` beside the test bundle (`swift test` builds every product
    /// into the same folder); `CRONISTA_BIN` overrides.
    static let executable: URL? = {
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

    /// `count` distinct articles: the seed articles, each with a numbered closing line.
    static func writeArticles(_ count: Int, to directory: TemporaryDirectory) throws -> [String] {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Support.seeds.path).sorted().map {
            try String(contentsOf: Support.seeds.appendingPathComponent($0), encoding: .utf8)
        }
        let folder = directory.url.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            // Each article in a folder of its own, so a site of its own: the
            // articles repeat five seeds, and in one folder every line of
            // them would be that site's template (``SiteTemplate``).
            let site = folder.appendingPathComponent(String(format: "site-%04d", index))
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            let file = site.appendingPathComponent(String(format: "article-%04d.txt", index))
            try (seeds[index % seeds.count] + "\nNota da redação número \(index).\n").write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
    }

    static func ingest(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try #require(executable, "the cronista binary was not found; build it with swift build")
        process.arguments = ["ingest"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("an ingest killed with SIGKILL and run again stores every article once, and each whole")
    func killAndResume() throws {
        let directory = try TemporaryDirectory()
        let total = 240
        let files = try Self.writeArticles(total, to: directory)
        let folder = directory.url.appendingPathComponent("articles").path
        let db = directory.path("killed.sqlite")

        let process = try Self.ingest([folder, "--db", db, "--batch", "4"])
        // Kill it once some batches are committed, well before the end.
        var storedAtKill = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: db),
                // Read-only: polling must not wait for the write lock the ingest holds batch after batch.
                let count = try? SQLiteStore(readingAt: db).counts().articles, count >= 12
            {
                storedAtKill = count
                break
            }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(storedAtKill >= 12)

        // What survived is whole: each stored article equals its analysis.
        let store = try SQLiteStore(path: db)
        let afterKill = try store.counts()
        #expect(afterKill.articles < total, "the ingest finished before it was killed")
        let reader = ArticleReader()
        var expected: [String: Analysis] = [:]
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let article = try #require(try reader.read(bytes, source: file, format: .text).first?.get())
            expected[article.id] = Support.analyzer.analyze(article)
        }
        let survivors = try store.storedDocuments(among: Array(expected.keys))
        #expect(survivors.count == afterKill.articles)
        for id in survivors {
            #expect(try store.analysis(documentID: id) == expected[id])
        }

        // The rerun stores exactly what is missing.
        let rerun = try Self.ingest([folder, "--db", db])
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let resumed = try store.counts()
        #expect(resumed.articles == total)
        #expect(resumed.events == expected.values.reduce(0) { $0 + $1.events.count })
        #expect(resumed.mentions == expected.values.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } })
        #expect(resumed.timexes == expected.values.reduce(0) { $0 + $1.timexes.count })

        // And it is the store an uninterrupted ingest makes.
        let clean = directory.path("clean.sqlite")
        let uninterrupted = try Self.ingest([folder, "--db", clean, "--batch", "4"])
        uninterrupted.waitUntilExit()
        #expect(try SQLiteStore(path: clean).counts() == resumed)
    }

    @Test("bad inputs are named on standard error, one line each, and the rest is stored")
    func badInputs() throws {
        let directory = try TemporaryDirectory()
        let files = try Self.writeArticles(3, to: directory)
        let folder = directory.url.appendingPathComponent("articles")
        try Data([0x00, 0xFF, 0x00, 0x01, 0x02, 0x00, 0xFE]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("{\"id\": \"a\", \"text\": \"O Presidente Lula chegou a Pequim.\"}\n{\"id\": \"b\", \"text\": \n".utf8)
            .write(to: folder.appendingPathComponent("stream.jsonl"))
        let db = directory.path("store.sqlite")
        let stderr = directory.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = try #require(Self.executable)
        process.arguments = ["ingest", folder.path, "--db", db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let lines = try String(contentsOf: stderr, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.contains { $0.contains("binary.txt") })
        #expect(lines.contains { $0.contains("empty.txt") })
        #expect(lines.contains { $0.contains("stream.jsonl:2") })
        #expect(try SQLiteStore(path: db).counts().articles == files.count + 1)
    }
}
