import PostgresNIO

/// Why a PostgreSQL store could not do what was asked, naming the server or statement.
public enum PostgresStoreError: Error, CustomStringConvertible {
    /// The server could not be reached or refused the connection.
    case unreachable(location: String, reason: String)
    /// The server rejected a statement.
    case query(sql: String, reason: String)
    /// The connection broke during a statement.
    case connectionLost(reason: String)

    public var description: String {
        switch self {
        case .unreachable(let location, let reason): return "\(location): cannot connect to PostgreSQL (\(reason))"
        case .query(let sql, let reason):
            let head = sql.split(separator: "\n").first.map(String.init) ?? sql
            return "PostgreSQL rejected a statement (\(reason)): \(head.prefix(120))"
        case .connectionLost(let reason): return "the connection to PostgreSQL was lost (\(reason))"
        }
    }

    /// The server's message when there is one, else the error itself.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let code = error.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
                return message + code
            }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error, if `error` is one.
    var sqlState: String? {
        if case .query(_, let reason) = self, let open = reason.lastIndex(of: "["), reason.hasSuffix("]") {
            return String(reason[reason.index(after: open)..<reason.index(before: reason.endIndex)])
        }
        return nil
    }
}
