import ArgumentParser
import CronistaServer
import CronistaStore
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store: a JSON API (OpenAPI at /openapi.json) and web pages.",
        discussion: """
            Listens on loopback (127.0.0.1) unless --host says otherwise. The store is opened \
            read-only unless CRONISTA_TOKEN (or --token-file) gives a token: then POST \
            /api/articles, with Authorization: Bearer <token>, analyses and stores articles. \
            SIGINT or SIGTERM stops the server gracefully. One log line per request on \
            standard error (LOG_LEVEL=debug for more).
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "A file holding the write token (instead of CRONISTA_TOKEN).")
    var tokenFile: String?

    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody: Int = 4 << 20

    @Option(help: "Megabytes of answers kept while the store does not change (0: no cache).")
    var cacheMB: Int = 64

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be positive") }
        guard cacheMB >= 0 else { throw ValidationError("--cache-mb must be 0 or more") }
    }

    func run() async throws {
        var token = ProcessInfo.processInfo.environment["CRONISTA_TOKEN"]
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("\(tokenFile): cannot read the token file")
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let settings = ServerSettings(host: host, port: port, token: token, maxBodyBytes: maxBody, cacheBytes: cacheMB << 20)
        let eventStore: any EventStore
        if settings.token != nil || store.isPostgres {
            eventStore = try store.open()
        } else {
            guard FileManager.default.fileExists(atPath: store.path) else {
                throw ValidationError("\(store.path): no store here; run cronista ingest first, or give --db")
            }
            eventStore = try SQLiteStore(readingAt: store.path)
        }
        try await CronistaServer.run(store: eventStore, settings: settings, description: store.name)
    }
}
