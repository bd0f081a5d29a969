import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the server, used synchronously.
///
/// ``EventStore`` is synchronous (`throws`), postgres-nio asynchronous. The
/// bridge: each store owns a dedicated one-thread `EventLoopGroup` that runs
/// every connection's I/O, and the store's callers — the ingest's writer
/// and main threads, a test's threads, the CLI's main thread, never an
/// event loop thread — block on each query's `EventLoopFuture` with
/// `wait()`. A future is only ever waited for off its event loop (the
/// group's thread runs no store code), so the wait cannot deadlock. A
/// session is used by one thread at a time (``ConnectionPool`` hands it out).
///
/// SQL is written with `?` placeholders, as for SQLite, numbered `$1`, `$2`… here.
final class PostgresSession: @unchecked Sendable {
    let connection: PostgresConnection
    private let logger: Logger
    /// Whether the connection failed at the transport level, so must not be reused.
    private(set) var broken = false

    static let quietLogger = Logger(label: "cronista.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(location: PostgresLocation, group: any EventLoopGroup, id: Int) throws {
        logger = Self.quietLogger
        do {
            connection = try PostgresConnection.connect(
                on: group.next(), configuration: location.configuration, id: id, logger: logger
            ).wait()
        } catch {
            throw PostgresStoreError.unreachable(location: location.description, reason: PostgresStoreError.describe(error))
        }
    }

    private var closed = false

    deinit { close() }

    /// Closes the connection (deinit does too).
    func close() {
        guard !closed else { return }
        closed = true
        try? connection.close().wait()
    }

    /// Runs `sql` and returns its rows.
    @discardableResult
    func query(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLRow] {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            if case .null = argument { bindings.appendNull() } else { bindings.append(argument) }
        }
        let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings)
        do {
            return try connection.query(query, logger: logger).wait().map(SQLRow.init)
        } catch let error as PSQLError where error.serverInfo != nil {
            throw PostgresStoreError.query(sql: sql, reason: PostgresStoreError.describe(error))
        } catch {
            broken = true
            throw PostgresStoreError.connectionLost(reason: PostgresStoreError.describe(error))
        }
    }

    /// Runs `sql`, ignoring rows.
    func execute(_ sql: String, _ arguments: [SQLValue] = []) throws { try query(sql, arguments) }

    /// The first column of the first row as an integer, or nil.
    func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int64? {
        try query(sql, arguments).first.flatMap { try $0.int64OrNil(0) }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !broken { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Several statements separated by `;`, with no parameters (the simple query protocol).
    func script(_ sql: String) throws {
        for statement in sql.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        where !statement.isEmpty {
            try execute(statement)
        }
    }

    /// `?` placeholders as `$1`, `$2`…, outside quoted text.
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quoted = false
        for character in sql {
            if character == "'" { quoted.toggle() }
            if character == "?" && !quoted {
                number += 1
                out += "$\(number)"
            } else {
                out.append(character)
            }
        }
        return out
    }
}

import Foundation
