import Foundation
import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457): a status,
/// a short title and a clear message.
public struct Problem: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var detail: String
    public var extra: [String: String]

    public init(_ status: HTTPResponse.Status, _ detail: String, extra: [String: String] = [:]) {
        self.status = status
        self.detail = detail
        self.extra = extra
    }

    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, detail) }
    static func notFound(_ detail: String) -> Problem { Problem(.notFound, detail) }

    /// The problem document.
    var document: [String: Any] {
        var body: [String: Any] = [
            "type": "about:blank", "title": status.reasonPhrase, "status": status.code, "detail": detail,
        ]
        for (key, value) in extra { body[key] = value }
        return body
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"cronista\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error into a problem: `application/problem+json` under
/// `/api` and for the OpenAPI document, a small HTML page elsewhere.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error, path: request.uri.path)
            if problem.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            if request.uri.path.hasPrefix("/api") || request.uri.path.hasSuffix(".json") {
                return try problem.response(from: request, context: context)
            }
            return pages.errorPage(problem)
        }
    }

    static func problem(for error: any Error, path: String) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as HTTPError:
            let detail: String
            switch error.status {
            case .notFound: detail = "no resource at \(path)"
            case .contentTooLarge: detail = "the request body is larger than the server accepts"
            case .methodNotAllowed: detail = "this method is not allowed on \(path)"
            default: detail = error.body ?? error.status.reasonPhrase
            }
            return Problem(error.status, error.body ?? detail)
        case let error as any HTTPResponseError:
            if error.status == .contentTooLarge {
                return Problem(.contentTooLarge, "the request body is larger than the server accepts")
            }
            return Problem(error.status, error.status.reasonPhrase)
        default:
            return Problem(.internalServerError, "the server failed to answer: \(error)")
        }
    }
}
