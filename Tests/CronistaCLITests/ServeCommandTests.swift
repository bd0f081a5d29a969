import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `cronista serve` as a user runs it: on loopback, read-only, logging each
/// request, stopping cleanly on SIGTERM and SIGINT.
@Suite(.serialized) struct ServeCommandTests {
    /// The store of the bundled examples.
    static func store(in folder: TemporaryDirectory) throws -> String {
        let db = folder.path("serve.sqlite").path
        let ingest = try CLI.run(["ingest", CLI.repositoryRoot.appendingPathComponent("Examples").path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    /// A running server and its log.
    struct Server {
        let process: Process
        let log: URL
        let port: Int

        var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    }

    static func start(_ arguments: [String], in folder: TemporaryDirectory, environment: [String: String] = [:]) throws -> Server {
        let binary = try #require(CLI.executable)
        let log = folder.path("serve-\(UUID().uuidString).log")
        try Data().write(to: log)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "CRONISTA_TOKEN" }.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "on http://127.0.0.1:"),
                let port = Int(text[range.upperBound...].prefix { $0.isNumber })
            {
                return Server(process: process, log: log, port: port)
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        Issue.record("the server did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        throw CancellationError()
    }

    /// A request to the server: status and body.
    static func request(_ port: Int, _ path: String, method: String = "GET", body: String? = nil) throws -> (Int, String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String) = (0, "")
        URLSession.shared.dataTask(with: request) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 30)
        return result
    }

    static func waitForExit(_ process: Process, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return !process.isRunning
    }

    @Test func servesOnLoopbackReadOnlyAndStopsOnSIGTERM() throws {
        let folder = try TemporaryDirectory()
        let db = try Self.store(in: folder)
        let before = try CLI.sha256(of: URL(fileURLWithPath: db))
        let server = try Self.start(["--db", db], in: folder)
        let (status, body) = try Self.request(server.port, "/api/stats")
        #expect(status == 200)
        #expect(body.contains("\"stories\""))
        let (page, html) = try Self.request(server.port, "/")
        #expect(page == 200)
        #expect(html.contains("Dashboard"))
        let (write, problem) = try Self.request(server.port, "/api/articles", method: "POST", body: "{\"text\": \"Olá.\"}")
        #expect(write == 403)
        #expect(problem.contains("read-only"))
        server.process.terminate()  // SIGTERM
        #expect(Self.waitForExit(server.process))
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0)
        let log = server.logText
        #expect(log.contains("read-only"))
        #expect(log.contains("path=/api/stats"))
        #expect(log.contains("status=200"))
        #expect(log.contains("status=403"))
        #expect(try CLI.sha256(of: URL(fileURLWithPath: db)) == before)
    }

    @Test func stopsOnSIGINTAndAcceptsWritesWithAToken() throws {
        let folder = try TemporaryDirectory()
        let db = try Self.store(in: folder)
        let server = try Self.start(["--db", db], in: folder, environment: ["CRONISTA_TOKEN": "t0ken"])
        #expect(server.logText.contains("bearer token"))
        let (write, _) = try Self.request(server.port, "/api/articles", method: "POST", body: "{\"text\": \"Olá.\"}")
        #expect(write == 401)
        kill(server.process.processIdentifier, SIGINT)
        #expect(Self.waitForExit(server.process))
        #expect(server.process.terminationStatus == 0)
    }

    @Test func refusesAMissingStore() throws {
        let folder = try TemporaryDirectory()
        let run = try CLI.run(["serve", "--db", folder.path("none.sqlite").path, "--port", "0"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no store here"))
    }
}
