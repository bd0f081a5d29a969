import Cronista
import CronistaStore
import Foundation
import Hummingbird
import Logging

/// How `cronista serve` runs.
public struct ServerSettings: Sendable {
    /// The address listened on: loopback unless told otherwise.
    public var host: String
    public var port: Int
    /// The bearer token writes need; without one the server is read-only.
    public var token: String?
    /// The largest request body accepted (413 past it).
    public var maxBodyBytes: Int
    /// The most bytes of answers kept by the response cache (0: none).
    public var cacheBytes: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 4 << 20,
        cacheBytes: Int = 0
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.cacheBytes = cacheBytes
    }
}

/// The HTTP server over an ``EventStore``: the JSON API under `/api`, its
/// OpenAPI document at `/openapi.json`, and the web pages.
public enum CronistaServer {
    /// The router with every route and middleware. `analyzer` loads the
    /// analyzer used by writes and PLOVER exports (the Portuguese one by default).
    public static func router(
        store: any EventStore, settings: ServerSettings = ServerSettings(),
        analyzer: (@Sendable () throws -> Analyzer)? = nil
    ) throws -> Router<BasicRequestContext> {
        let backend = Backend(store: store, cacheBytes: settings.cacheBytes, analyzer: analyzer)
        let pages = try PageRenderer()
        let router = Router()
        router.add(middleware: RequestLogger())
        router.add(middleware: ProblemMiddleware(pages: pages))
        router.addAPI(backend: backend, settings: settings)
        router.addPages(backend: backend, pages: pages)
        router.addArticlePage(backend: backend, pages: pages)
        return router
    }

    /// The application: listens on `settings.host:port`; run it with
    /// `runService()`, which stops gracefully on SIGINT and SIGTERM (its
    /// ServiceGroup lets requests in flight finish).
    public static func application(
        store: any EventStore, settings: ServerSettings, logger: Logger,
        analyzer: (@Sendable () throws -> Analyzer)? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        Application(
            router: try router(store: store, settings: settings, analyzer: analyzer),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "cronista"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }

    /// Runs the server until SIGINT or SIGTERM, then stops gracefully.
    /// Logs (swift-log) at `LOG_LEVEL` from the environment, `info` by default.
    public static func run(store: any EventStore, settings: ServerSettings, description: String) async throws {
        var logger = Logger(label: "cronista.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let mode = settings.token == nil ? "read-only" : "writes need the bearer token"
        let app = try application(
            store: store, settings: settings, logger: logger,
            onServerRunning: { [logger] port in
                logger.notice("serving \(description) (\(mode)) on http://\(settings.host):\(port)")
            })
        try await app.runService()
    }
}
