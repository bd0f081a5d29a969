import Cronista
import CronistaStore
import Foundation
import Testing

/// `cronista ingest` of a folder holding one article whose analysis traps
/// (injected with `CRONISTA_FAULT_TRAP_ON`) among good ones: the child
/// analysing it dies, is started again, and the one run stores every good
/// article and records the bad one as failed.
@Suite("Crash containment", .serialized)
struct CrashContainmentTests {
    static let marker = "FALHA-INJETADA-NO-TESTE"

    func ingest(_ arguments: [String], trapOn marker: String?) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = try #require(CrashRecoveryTests.executable, "the cronista binary was not found; build it with swift build")
        process.arguments = ["ingest"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CRONISTA_FAULT_TRAP_ON"] = marker
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "the supervisor itself died: \(stderr)")
        return (process.terminationStatus, stderr)
    }

    @Test("one crashing article among good ones: all the good ones stored, the bad one recorded, in one run")
    func crashingArticleQuarantined() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Support.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        for (i, name) in seeds.enumerated() {
            var text = try String(contentsOf: Support.seeds.appendingPathComponent(name), encoding: .utf8)
            if i == 3 { text += "\n\(Self.marker)\n" }
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let db = directory.path("contained.sqlite")
        let run = try ingest([folder.path, "--db", db, "--batch", "3", "--threads", "1"], trapOn: Self.marker)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("the analysis crashed"), "\(run.stderr)")
        let store = try SQLiteStore(path: db)
        #expect(try store.counts().articles == seeds.count - 1)
        let failed = try store.failures()
        #expect(failed.map { ($0.source as NSString).lastPathComponent } == [seeds[3]])
        #expect(failed.first?.reason == FailedArticle.crashed)

        // A rerun skips it, without crashing again; --retry-failed without the fault stores it.
        let rerun = try ingest([folder.path, "--db", db], trapOn: Self.marker)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(!rerun.stderr.contains("crashed"), "\(rerun.stderr)")
        let retried = try ingest([folder.path, "--db", db, "--retry-failed"], trapOn: nil)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(try store.counts().articles == seeds.count)
        #expect(try store.failures().isEmpty)
    }
}
