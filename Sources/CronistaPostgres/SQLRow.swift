import PostgresNIO

/// One result row, read by column position: integers of any width as
/// `Int64`/`Int`, NULL as nil.
struct SQLRow {
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) { cells = PostgresRandomAccessRow(row) }

    var count: Int { cells.count }

    func isNull(_ index: Int) -> Bool { cells[index].bytes == nil }

    func int64(_ index: Int) throws -> Int64 {
        let cell = cells[index]
        switch cell.dataType {
        case .int2: return Int64(try cell.decode(Int16.self))
        case .int4: return Int64(try cell.decode(Int32.self))
        case .numeric: return Int64(try cell.decode(String.self)) ?? 0
        default: return try cell.decode(Int64.self)
        }
    }

    func int64OrNil(_ index: Int) throws -> Int64? { isNull(index) ? nil : try int64(index) }
    func int(_ index: Int) throws -> Int { Int(try int64(index)) }
    func string(_ index: Int) throws -> String { try cells[index].decode(String.self) }
    func stringOrNil(_ index: Int) throws -> String? { isNull(index) ? nil : try string(index) }
    func double(_ index: Int) throws -> Double {
        let cell = cells[index]
        if cell.dataType == .float4 { return Double(try cell.decode(Float.self)) }
        if cell.dataType == .int8 || cell.dataType == .int4 { return Double(try int64(index)) }
        return try cell.decode(Double.self)
    }
    func doubleOrNil(_ index: Int) throws -> Double? { isNull(index) ? nil : try double(index) }
    func bool(_ index: Int) throws -> Bool {
        let cell = cells[index]
        if cell.dataType == .bool { return try cell.decode(Bool.self) }
        return try int64(index) != 0
    }
}
