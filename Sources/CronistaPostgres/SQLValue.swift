import NIOCore
import PostgresNIO

/// A value bound to a statement's `$n`: a scalar, or an array (for the
/// writer's bulk statements, `unnest($1::bigint[], $2::text[], …)`) whose
/// elements may be NULL, which postgres-nio's own array encoding does not
/// allow. Arrays go over the wire in PostgreSQL's binary array format.
enum SQLValue: Sendable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)
    case ints([Int64?])
    case doubles([Double?])
    case texts([String?])

    init(_ value: Int64?) { self = value.map(SQLValue.int) ?? .null }
    init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    init(_ value: Double?) { self = value.map(SQLValue.double) ?? .null }
    init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int64) { self = .int(value) }
}

extension SQLValue: PostgresDynamicTypeEncodable {
    var psqlType: PostgresDataType {
        switch self {
        case .null, .text: return .text
        case .int: return .int8
        case .double: return .float8
        case .bool: return .bool
        case .ints: return .int8Array
        case .doubles: return .float8Array
        case .texts: return .textArray
        }
    }

    var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        switch self {
        case .null: break
        case .int(let value): buffer.writeInteger(value)
        case .double(let value): buffer.writeInteger(value.bitPattern)
        case .text(let value): buffer.writeString(value)
        case .bool(let value): buffer.writeInteger(UInt8(value ? 1 : 0))
        case .ints(let values):
            Self.writeArray(values, element: .int8, into: &buffer) { $1.writeInteger($0) }
        case .doubles(let values):
            Self.writeArray(values, element: .float8, into: &buffer) { $1.writeInteger($0.bitPattern) }
        case .texts(let values):
            Self.writeArray(values, element: .text, into: &buffer) { $1.writeString($0) }
        }
    }

    /// PostgreSQL's binary array: dimensions, a has-NULL flag, the element
    /// type, the length and lower bound, then each element as its length
    /// (-1 for NULL) and bytes.
    private static func writeArray<Element>(
        _ values: [Element?], element: PostgresDataType, into buffer: inout ByteBuffer,
        write: (Element, inout ByteBuffer) -> Void
    ) {
        buffer.writeInteger(Int32(1))
        buffer.writeInteger(Int32(values.contains { $0 == nil } ? 1 : 0))
        buffer.writeInteger(element.rawValue)
        buffer.writeInteger(Int32(values.count))
        buffer.writeInteger(Int32(1))
        for value in values {
            guard let value else {
                buffer.writeInteger(Int32(-1))
                continue
            }
            let lengthIndex = buffer.writerIndex
            buffer.writeInteger(Int32(0))
            let start = buffer.writerIndex
            write(value, &buffer)
            buffer.setInteger(Int32(buffer.writerIndex - start), at: lengthIndex)
        }
    }
}
