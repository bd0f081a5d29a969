import NIOPosix

/// Creates and drops databases on a server, for tests and benchmarks that
/// want a scratch database of their own.
public enum PostgresDatabases {
    /// Creates database `name` on the server of `url` (connecting to the
    /// database `url` names) and returns the URL of the new one.
    public static func create(_ name: String, server url: String) throws -> String {
        try run("CREATE DATABASE \(quoted(name)) TEMPLATE template0 ENCODING 'UTF8'", server: url)
        return try replacingDatabase(in: url, with: name)
    }

    /// Drops database `name` on the server of `url`, ending its connections.
    public static func drop(_ name: String, server url: String) throws {
        try run("DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)", server: url)
    }

    private static func run(_ sql: String, server url: String) throws {
        let location = try PostgresLocation(url: url)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let session = try PostgresSession(location: location, group: group, id: 0)
        defer { session.close() }
        try session.execute(sql)
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func replacingDatabase(in url: String, with name: String) throws -> String {
        let location = try PostgresLocation(url: url)
        guard let range = url.range(of: "/" + location.database, options: .backwards) else { return url }
        return url.replacingCharacters(in: range, with: "/" + name)
    }
}

import Foundation
