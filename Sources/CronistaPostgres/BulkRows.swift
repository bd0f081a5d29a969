/// Rows of one table gathered over a batch and written in one statement:
/// `INSERT … SELECT * FROM unnest($1::bigint[], $2::text[], …)`, one array
/// per column, so that a batch costs a few round trips, not one per row.
struct BulkRows {
    enum ColumnType: String {
        case bigint, text, float8 = "double precision"
    }

    let table: String
    let columns: [(name: String, type: ColumnType)]
    /// What follows the insert (`ON CONFLICT DO NOTHING`), if anything.
    let conflict: String
    private(set) var rows: [[SQLValue]] = []

    init(_ table: String, _ columns: [(String, ColumnType)], conflict: String = "") {
        self.table = table
        self.columns = columns.map { (name: $0.0, type: $0.1) }
        self.conflict = conflict
    }

    var isEmpty: Bool { rows.isEmpty }

    mutating func append(_ row: [SQLValue]) {
        precondition(row.count == columns.count, "a row of \(table) has \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    /// The statement and its array arguments.
    var statement: (sql: String, arguments: [SQLValue]) {
        let names = columns.map(\.name).joined(separator: ", ")
        let arrays = columns.map { "?::\($0.type.rawValue)[]" }.joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(names)) SELECT * FROM unnest(\(arrays)) \(conflict)"
        return (sql, columns.indices.map { column(at: $0) })
    }

    /// One column's values as an array argument.
    func column(at index: Int) -> SQLValue {
        switch columns[index].type {
        case .bigint:
            return .ints(rows.map {
                switch $0[index] {
                case .int(let value): return value
                case .bool(let value): return value ? 1 : 0
                default: return nil
                }
            })
        case .text: return .texts(rows.map { if case .text(let value) = $0[index] { value } else { nil } })
        case .float8: return .doubles(rows.map { if case .double(let value) = $0[index] { value } else { nil } })
        }
    }

    /// Writes the rows, if any.
    func write(_ session: PostgresSession) throws {
        guard !rows.isEmpty else { return }
        let (sql, arguments) = statement
        try session.execute(sql, arguments)
    }
}
