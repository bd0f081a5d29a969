import Foundation
import Testing

/// Inputs and outputs that used to crash a run, overwrite work or pass in
/// silence (issue 14), run through the real `cronista` binary.
@Suite struct ReliabilityCommandTests {
    static let article = "dev/05_kremlin-residencia-putin.txt"

    /// The `text` of a fixture as a JSON string literal.
    static func jsonString(_ fixture: String) throws -> String {
        let text = String(decoding: try Data(contentsOf: CLI.fixture(fixture)), as: UTF8.self)
        let data = try JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    /// A full disk on standard output: one error line and exit code 1, not a trap.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
    func aFullStandardOutputFailsCleanly() throws {
        let process = Process()
        process.executableURL = try #require(CLI.executable)
        process.arguments = ["analyze", CLI.fixture(Self.article).path]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "\(stderr)")
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("cannot write to standard output"), "\(stderr)")
    }

    /// Record ids longer than a file name may be, duplicate ids and `a.txt`
    /// beside `a.html`: every article gets its own file, none is lost.
    @Test func jsonDirNamesAreSafeAndUnique() throws {
        let folder = try TemporaryDirectory()
        let text = try Self.jsonString(Self.article)
        let long = String(repeating: "notícia-", count: 40)
        let records = [
            #"{"id": "\#(long)", "text": \#(text)}"#,
            #"{"id": "igual", "text": \#(text)}"#,
            #"{"id": "igual", "text": "Lisboa e Luanda assinaram um acordo de cooperação na área da defesa."}"#,
            #"{"id": "\#(long)x", "text": "O Kremlin acusou Kiev de atacar a residência de Putin."}"#,
        ]
        try folder.write("in/feed.jsonl", Array(records.joined(separator: "\n").utf8))
        try folder.copy(fixture: Self.article, to: "in/a.txt")
        try folder.copy(fixture: "html/noticia-completa.html", to: "in/a.html")
        let out = folder.path("out")
        let run = try CLI.run(["analyze", "--json-dir", out.path, folder.path("in").path])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(written.count == 6, "\(written)")
        #expect(written.allSatisfy { $0.utf8.count <= 255 })
        #expect(Set(written).isSuperset(of: ["a.json", "a-2.json", "igual.json", "igual-2.json"]))
        #expect(written.filter { $0.hasPrefix("notícia-") }.count == 2)
        #expect(run.stderr.contains("igual-2.json") && run.stderr.contains("a-2.json"), "\(run.stderr)")
    }

    /// A symbolic link to a folder is followed.
    @Test func aSymlinkedFolderIsRead() throws {
        let folder = try TemporaryDirectory()
        try folder.copy(fixture: Self.article, to: "real/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("link").path, withDestinationPath: folder.path("real").path)
        try FileManager.default.createSymbolicLink(atPath: folder.path("real/loop").path, withDestinationPath: folder.path("real").path)
        let run = try CLI.run(["analyze", folder.path("link").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count == 1)
    }

    /// A folder with no article in it is reported, not passed in silence.
    @Test func anEmptyFolderIsReported() throws {
        let folder = try TemporaryDirectory()
        try folder.write("in/notas.md", Array("nada".utf8))
        let run = try CLI.run(["analyze", folder.path("in").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(folder.path("in").path) && run.stderr.contains("no .txt"), "\(run.stderr)")
    }

    /// An unreadable subfolder is named on standard error and the exit code is 1
    /// (root reads every folder, so this runs only for other users).
    @Test(.enabled(if: getuid() != 0))
    func anUnreadableSubfolderIsReported() throws {
        let folder = try TemporaryDirectory()
        try folder.copy(fixture: Self.article, to: "in/a.txt")
        try folder.copy(fixture: Self.article, to: "in/fechada/b.txt")
        let closed = folder.path("in/fechada").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: closed)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed) }
        let run = try CLI.run(["analyze", folder.path("in").path])
        #expect(run.status == 1)
        #expect(run.stdoutLines.count == 1)
        #expect(run.stderr.contains("fechada"), "\(run.stderr)")
    }

    /// A store file this user may not write still answers queries (opened
    /// for reading only). Run as another user: as root through `setpriv`
    /// as nobody, else as oneself.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func queriesWorkOnAReadOnlyStore() throws {
        let folder = try TemporaryDirectory()
        let db = folder.path("loja.sqlite").path
        try folder.copy(fixture: Self.article, to: "in/a.txt")
        let ingest = try CLI.run(["ingest", "--no-isolate", folder.path("in").path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let manager = FileManager.default
        try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        // The folder stays writable for SQLite's -shm file; the store itself is read-only.
        try manager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.url.path)
        let arguments = ["search", "Kremlin", "--db", db]
        let run: CLI.Run
        if getuid() == 0 {
            let binary = try #require(CLI.executable)
            run = try CLI.runTool(
                URL(fileURLWithPath: "/usr/bin/setpriv"), ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments)
        } else {
            run = try CLI.run(arguments)
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("readonly"), "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
    }

    /// February 30th is no date.
    @Test func anImpossibleDayIsRefused() throws {
        let run = try CLI.run(["analyze", "--published", "2023-02-30", CLI.fixture(Self.article).path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("2023-02-30"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// `eval --analyses` on a folder that does not exist fails.
    @Test func evalOnAMissingAnalysesFolderFails() throws {
        let run = try CLI.run(["eval", "--analyses", "/nonexistent/analyses", CLI.fixture("dev").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/analyses"), "\(run.stderr)")
    }
}
