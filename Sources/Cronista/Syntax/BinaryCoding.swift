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

    /// `count` little-endian integers in a row, copied at once.
    mutating func readArray<T: FixedWidthInteger>(_: T.Type, count: Int) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (bytes.count - offset) / size else { throw Truncated() }
        var values = [T](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count * size)]))
            }
        }
        offset += count * size
        return values.map { T(littleEndian: $0) }
    }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard count <= bytes.count - offset else { throw Truncated() }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}

extension PerceptronModel {
    func write(to writer: inout ByteWriter) {
        writer.write(UInt16(classCount))
        writer.write(scale)
        // The table's size, then only its filled slots, each with its index.
        writer.write(UInt32(slots.count))
        writer.write(UInt32(featureCount))
        for (i, slot) in slots.enumerated() where slot != 0 {
            writer.write(UInt32(i))
            writer.write(slot)
        }
        writer.write(UInt32(entries.count))
        for entry in entries { writer.write(entry) }
    }

    static func read(from reader: inout ByteReader) throws -> PerceptronModel {
        let classCount = Int(try reader.read(UInt16.self))
        let scale = try reader.readFloat()
        let slotCount = Int(try reader.read(UInt32.self))
        guard slotCount > 0, slotCount & (slotCount - 1) == 0 else { throw ByteReader.Truncated() }
        let filled = Int(try reader.read(UInt32.self))
        guard filled <= slotCount else { throw ByteReader.Truncated() }
        var slots = [UInt64](repeating: 0, count: slotCount)
        for _ in 0..<filled {
            let index = Int(try reader.read(UInt32.self))
            guard index < slotCount else { throw ByteReader.Truncated() }
            slots[index] = try reader.read(UInt64.self)
        }
        let entryCount = Int(try reader.read(UInt32.self))
        let entries = try reader.readArray(UInt32.self, count: entryCount)
        // Every slot must point into the entries, every entry name a class.
        for slot in slots where slot != 0 && Int(slot & 0xFFFF_FFFF) >= entryCount { throw ByteReader.Truncated() }
        for entry in entries where Int(entry & 0xFF) >= classCount { throw ByteReader.Truncated() }
        guard entries.last.map({ $0 & 0x100 != 0 }) ?? true else { throw ByteReader.Truncated() }
        return PerceptronModel(classCount: classCount, slots: slots, entries: entries, scale: scale)
    }
}
