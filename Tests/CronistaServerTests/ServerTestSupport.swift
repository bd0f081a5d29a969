import Cronista
import CronistaServer
import CronistaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Stores ingested from the real articles of `Examples/` and the seed copies
/// in `Tests/CronistaStoreTests/Fixtures/seeds`, and a client for the router.
enum Fixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let analyzer: Analyzer = try! Analyzer.portuguese()

    static var articleFiles: [URL] {
        let folders = [
            repositoryRoot.appendingPathComponent("Examples"),
            repositoryRoot.appendingPathComponent("Tests/CronistaStoreTests/Fixtures/seeds"),
        ]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { ArticleReader.Format(fileExtension: ($0 as NSString).pathExtension) != nil }
                .sorted().map { folder.appendingPathComponent($0) }
        }
    }

    /// A new store in a fresh folder, with every fixture article ingested.
    static func ingestedStore() throws -> (SQLiteStore, Folder) {
        let folder = try Folder()
        let store = try SQLiteStore(path: folder.path("server.sqlite"))
        let inputs = articleFiles.map { url in
            Ingestor<SQLiteStore>.Input(name: url.path) {
                let format = ArticleReader.Format(fileExtension: url.pathExtension) ?? .text
                let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
                return ArticleReader().read(bytes, source: url.path, format: format)
            }
        }
        try Ingestor(analyzer: analyzer, store: store, batchSize: 64, threads: 2).run(inputs)
        return (store, folder)
    }

    /// One store shared by the read-only tests, opened read-only as `serve` opens it.
    static let shared: (store: SQLiteStore, folder: Folder) = {
        let (writable, folder) = try! ingestedStore()
        _ = writable
        return (try! SQLiteStore(readingAt: folder.path("server.sqlite")), folder)
    }()

    static func app(store: any EventStore, token: String? = nil, maxBody: Int = 4 << 20, cacheBytes: Int = 0) throws -> some ApplicationProtocol {
        let router = try CronistaServer.router(
            store: store, settings: ServerSettings(token: token, maxBodyBytes: maxBody, cacheBytes: cacheBytes),
            analyzer: { Fixture.analyzer })
        return Application(router: router)
    }

    /// Runs `body` with a client of the router over the shared store.
    static func withClient<T: Sendable>(
        store: (any EventStore)? = nil, token: String? = nil, maxBody: Int = 4 << 20, cacheBytes: Int = 0,
        _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        try await app(store: store ?? shared.store, token: token, maxBody: maxBody, cacheBytes: cacheBytes).test(.router) { client in
            try await body(client)
        }
    }
}

/// A temporary folder removed when released.
final class Folder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    func object() throws -> [String: Any] { try #require(try json() as? [String: Any]) }

    var contentType: String { headers[.contentType] ?? "" }
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .get)
    }

    func post(_ uri: String, type: String?, token: String?, body: String) async throws -> TestResponse {
        var headers = HTTPFields()
        if let type { headers[.contentType] = type }
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

/// Checks that `response` is a problem with `status`.
func expectProblem(_ response: TestResponse, _ status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
    #expect(response.contentType == "application/problem+json", sourceLocation: sourceLocation)
    let problem = try response.object()
    #expect(problem["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
    #expect(!((problem["detail"] as? String) ?? "").isEmpty, sourceLocation: sourceLocation)
}
