import Foundation
import Testing

/// Running the built `cronista` binary on real files, as a user would.
enum CLI {
    /// The repository root: this file is `Tests/CronistaCLITests/CLITestSupport.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real articles and gold shared with the library tests.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/CronistaTests/Fixtures")

    static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }

    /// The `cronista` executable built beside the test bundle. `swift test`
    /// builds every product of the package into the same products folder
    /// (`.build/debug`, or the `--scratch-path` given); on Linux the test
    /// bundle is that folder's `CronistaPackageTests.xctest`, on macOS a
    /// bundle inside it. Searched upward from the bundle and the running
    /// executable; `CRONISTA_BIN` overrides.
    static let executable: URL? = {
        let manager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["CRONISTA_BIN"], manager.isExecutableFile(atPath: override) {
            return URL(fileURLWithPath: override)
        }
        var starts = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts += Bundle.allBundles.map(\.bundleURL)
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
        // Last resort: the default build folders of the repository.
        for folder in [".build/debug", ".build-tests/debug"] {
            let url = repositoryRoot.appendingPathComponent(folder).appendingPathComponent("cronista")
            if manager.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `cronista ARGUMENTS` in `directory`; output goes through files, so
    /// large outputs cannot block on a full pipe.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let binary = try #require(executable, "the cronista binary was not found near \(Bundle.main.bundleURL.path); build it with swift build")
        return try runTool(binary, arguments, in: directory)
    }

    static func runTool(_ tool: URL, _ arguments: [String], in directory: URL? = nil) throws -> Run {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The SHA-256 of a file, hex, from the system's own tool (not Cronista's).
    static func sha256(of file: URL) throws -> String {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        var run = try runTool(env, ["sha256sum", file.path])
        if run.status != 0 { run = try runTool(env, ["shasum", "-a", "256", file.path]) }
        try #require(run.status == 0, "neither sha256sum nor shasum is available")
        return String(try #require(run.stdout.split(separator: " ").first))
    }

    /// Parses one JSON object.
    static func object(_ text: some StringProtocol) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try #require(value as? [String: Any], "not a JSON object: \(text.prefix(80))")
    }
}

/// A fresh folder under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `bytes` to `name` (creating folders) and returns its URL.
    @discardableResult
    func write(_ name: String, _ bytes: some Sequence<UInt8>) throws -> URL {
        let file = path(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Copies a fixture (byte for byte) to `name`.
    @discardableResult
    func copy(fixture: String, to name: String? = nil) throws -> URL {
        try write(name ?? (fixture as NSString).lastPathComponent, try Data(contentsOf: CLI.fixture(fixture)))
    }
}
