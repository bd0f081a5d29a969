/// Little-endian writing of the compact binary model format.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}

/// Reading of what ``ByteWriter`` wrote; a short or malformed input throws.
struct ByteReader {
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw Truncated() }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[offset + i]) << (8 * i) }
        offset += size
        return value
    }

    mutating func readFloat() throws -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard count <= bytes.count - offset else { throw Truncated() }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}

extension PerceptronModel {
    /// Weights quantised to 16 bits against the largest magnitude.
    func write(to writer: inout ByteWriter) {
        let rows = sortedRows()
        let largest = rows.lazy.flatMap { $0.weights.map { abs($0.1) } }.max() ?? 1
        let scale = max(largest, 1e-9) / 32767
        writer.write(UInt16(classCount))
        writer.write(scale)
        writer.write(UInt32(rows.count))
        for row in rows {
            writer.write(row.key)
            writer.write(UInt8(row.weights.count))
            for (c, w) in row.weights {
                writer.write(UInt8(c))
                writer.write(Int16((w / scale).rounded()))
            }
        }
    }

    static func read(from reader: inout ByteReader) throws -> PerceptronModel {
        let classCount = Int(try reader.read(UInt16.self))
        let scale = try reader.readFloat()
        let count = Int(try reader.read(UInt32.self))
        var rows: [(key: UInt64, weights: [(Int, Float)])] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.read(UInt64.self)
            let n = Int(try reader.read(UInt8.self))
            var weights: [(Int, Float)] = []
            weights.reserveCapacity(n)
            for _ in 0..<n {
                let c = Int(try reader.read(UInt8.self))
                guard c < classCount else { throw ByteReader.Truncated() }
                weights.append((c, Float(try reader.read(Int16.self)) * scale))
            }
            rows.append((key, weights))
        }
        return PerceptronModel(classCount: classCount, rows: rows)
    }
}
