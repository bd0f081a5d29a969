import NIOCore
import NIOPosix
import Synchronization

/// The connections of one store and the event loop they run on.
///
/// Queries take an idle connection (opening one when none is idle) and give
/// it back; a connection that broke is dropped. The claims connection is
/// apart and lives as long as the store: the session-level advisory locks
/// that are a worker's claims (``ArticleClaims``) belong to it, so they end
/// when the process does, however it ends.
final class ConnectionPool: Sendable {
    let location: PostgresLocation
    /// A dedicated event loop thread for this store's I/O (see ``PostgresSession``).
    private let group: MultiThreadedEventLoopGroup
    private let idle = Mutex<[PostgresSession]>([])
    private let opened = Atomic<Int>(0)
    /// The connection holding this worker's claims, opened when first needed.
    let claims = Mutex<PostgresSession?>(nil)

    init(location: PostgresLocation) {
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        idle.withLock { $0.removeAll() }
        claims.withLock { $0 = nil }
        try? group.syncShutdownGracefully()
    }

    /// Opens a new connection.
    func open() throws -> PostgresSession {
        try PostgresSession(location: location, group: group, id: opened.add(1, ordering: .relaxed).newValue)
    }

    /// Runs `body` with a connection of its own.
    func with<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        let session = try idle.withLock { $0.popLast() } ?? open()
        defer {
            if !session.broken { idle.withLock { $0.append(session) } }
        }
        return try body(session)
    }

    /// Runs `body` with the claims connection, opening it (and `setUp` on it) when needed.
    func withClaims<Result>(setUp: (PostgresSession) throws -> Void, _ body: (PostgresSession) throws -> Result) throws -> Result {
        try claims.withLock { session in
            if session == nil || session!.broken {
                let fresh = try open()
                try setUp(fresh)
                session = fresh
            }
            return try body(session!)
        }
    }
}
