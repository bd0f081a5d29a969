import Cronista
import CronistaStore
import Foundation
import Hummingbird

/// `POST /api/articles`: one JSON object shaped like a JSON Lines input
/// record, or a JSON Lines body; analysed and stored in one transaction, so
/// that a request stores all its articles or none. Idempotent as `ingest`:
/// a record already stored (same bytes) is skipped.
struct ArticleWrites {
    let backend: Backend
    let settings: ServerSettings

    static let jsonTypes: Set<String> = ["application/json"]
    static let lineTypes: Set<String> = [
        "application/jsonl", "application/x-jsonlines", "application/jsonlines", "application/x-ndjson",
        "application/ndjson",
    ]

    func handle(_ request: Request, context: some RequestContext) async throws -> Response {
        try authorize(request)
        let mediaType = request.headers[.contentType].map {
            $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let mediaType, Self.jsonTypes.contains(mediaType) || Self.lineTypes.contains(mediaType) else {
            throw Problem(
                .unsupportedMediaType,
                "send application/json (one record) or application/jsonl (one record a line), not \(request.headers[.contentType] ?? "no Content-Type")")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maxBodyBytes {
            throw Self.tooLarge(settings.maxBodyBytes)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: settings.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Self.tooLarge(settings.maxBodyBytes)
        }
        var bytes = Array(body.readableBytesView)
        if Self.jsonTypes.contains(mediaType) { bytes = try Self.oneRecord(bytes) }
        let results = ArticleReader().read(bytes, source: "request", format: .jsonLines)
        let failures = results.compactMap { result -> String? in
            if case .failure(let failure) = result { return failure.description }
            return nil
        }
        if !failures.isEmpty {
            throw Problem(.badRequest, "nothing was stored: " + failures.joined(separator: "; "))
        }
        let articles = results.compactMap { try? $0.get() }
        guard !articles.isEmpty else { throw Problem.badRequest("the body holds no record") }
        let backend = self.backend
        let receipt = try await Blocking.run {
            let analyzer = try backend.analyzer()
            let analyses = try articles.map { article in try PreparedAnalysis(analyzer.analyze(article)) }
            return try backend.store.store(analyses)
        }
        if receipt.stored > 0 { backend.cache.clear() }
        context.logger.info("stored articles", metadata: ["stored": "\(receipt.stored)", "skipped": "\(receipt.skipped)"])
        return try json(
            WriteReceipt(stored: receipt.stored, skipped: receipt.skipped, documents: articles.map(\.id)),
            status: receipt.stored > 0 ? .created : .ok).response
    }

    static func tooLarge(_ limit: Int) -> Problem {
        Problem(.contentTooLarge, "the body is larger than \(limit) bytes; nothing was stored")
    }

    /// A JSON object as one JSON Lines record: as sent when it is on one
    /// line (so that its id is that of the same line ingested from a file),
    /// else re-encoded on one line.
    static func oneRecord(_ bytes: [UInt8]) throws -> [UInt8] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw Problem.badRequest("nothing was stored: the body is not JSON")
        }
        guard object is [String: Any] else { throw Problem.badRequest("nothing was stored: the body is not a JSON object") }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.contains("\n") { return Array(text.utf8) }
        return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// Refuses a write without the configured bearer token (401), or any
    /// write when none is configured (403).
    func authorize(_ request: Request) throws {
        guard let token = settings.token else {
            throw Problem(.forbidden, "this server is read-only: start it with CRONISTA_TOKEN set to accept writes")
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw Problem(.unauthorized, "a write needs an Authorization: Bearer <token> header")
        }
        let given = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard Self.constantTimeEquals(Array(given.utf8), Array(token.utf8)) else {
            throw Problem(.unauthorized, "the bearer token is not the one this server accepts")
        }
    }

    /// Whether two byte strings are equal, in time that depends on their
    /// lengths only, not on where they differ.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt64(a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= UInt64(x ^ y)
        }
        return difference == 0
    }
}
