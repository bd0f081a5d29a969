import Dispatch
import Hummingbird

/// Store calls block (SQLite through GRDB): they run on Dispatch's threads,
/// not on the few threads of Swift's cooperative pool, so that a long query
/// or export never stalls the other requests.
enum Blocking {
    static let queue = DispatchQueue(label: "cronista.server.store", attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}

extension Router {
    /// A GET route whose handler reads the store, off the cooperative pool;
    /// its answers are kept in `cache` while the store does not change.
    func read(_ path: RouterPath, cache: ResponseCache, _ body: @escaping @Sendable (Request, Context) throws -> Reply) {
        get(path) { request, context in
            let key = request.uri.description
            // A kept answer is sent from here, without leaving the pool.
            let (kept, epoch) = cache.reply(for: key)
            if let kept { return kept }
            return try await Blocking.run {
                let reply = try body(request, context)
                cache.keep(reply, for: key, epoch: epoch)
                return reply
            }
        }
    }

    /// A GET route whose handler reads the store off the cooperative pool and answers a stream.
    func stream(_ path: RouterPath, _ body: @escaping @Sendable (Request, Context) throws -> Response) {
        get(path) { request, context in try await Blocking.run { try body(request, context) } }
    }
}
