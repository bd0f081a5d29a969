import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: a `postgres://user[:password]@host[:port]/database`
/// URL (`postgresql://` too; `?host=/run/postgresql` for a Unix socket folder).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// A folder holding the server's Unix socket, instead of TCP.
    public var socketFolder: String?

    /// A URL given where a store is expected, which is not a usable PostgreSQL URL.
    public struct Invalid: Error, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "\(url): not a PostgreSQL URL (\(reason)); expected postgres://user@host[:port]/database" }
    }

    /// Whether `text` names a PostgreSQL store rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL.
    public init(url text: String) throws {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw Invalid(url: text, reason: "it does not parse as a URL")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else { throw Invalid(url: text, reason: "no database name after the host") }
        let socket = components.queryItems?.first { $0.name == "host" }?.value
        guard let host = components.host, !host.isEmpty || socket != nil else { throw Invalid(url: text, reason: "no host") }
        guard let user = components.user, !user.isEmpty else { throw Invalid(url: text, reason: "no user name (postgres://USER@host/db)") }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = path.removingPercentEncoding ?? path
        self.socketFolder = socket
    }

    /// The URL without its password.
    public var description: String {
        let address = socketFolder.map { "\(host)/\(database)?host=\($0)" } ?? "\(host):\(port)/\(database)"
        return "postgres://\(user)@\(address)"
    }

    var configuration: PostgresConnection.Configuration {
        if let socketFolder {
            let path = socketFolder.hasSuffix(".s.PGSQL.\(port)") ? socketFolder : socketFolder + "/.s.PGSQL.\(port)"
            return PostgresConnection.Configuration(
                unixSocketPath: path, username: user, password: password, database: database)
        }
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }
}
