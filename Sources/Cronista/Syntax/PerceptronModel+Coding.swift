/// The binary form of a ``PerceptronModel`` in `model.bin`: the table's
/// size, then only its filled slots (each after the distance from the one
/// before, as a varint), then the overflow rows. Reading checks that every
/// slot and row names a class of the model and points inside the rows.
extension PerceptronModel {
    func write(to writer: inout ByteWriter) {
        writer.write(UInt16(classCount))
        writer.write(scale)
        writer.write(UInt32(table.count))
        writer.write(UInt32(featureCount))
        var previous = 0
        for (i, slot) in table.buffer.enumerated() where slot != 0 {
            writer.writeVarint(UInt64(i - previous))
            writer.write(slot)
            previous = i
        }
        writer.write(UInt32(overflow.count))
        for entry in overflow { writer.write(entry) }
    }

    static func read(from reader: inout ByteReader) throws -> PerceptronModel {
        let classCount = Int(try reader.read(UInt16.self))
        let scale = try reader.readFloat()
        let slotCount = Int(try reader.read(UInt32.self))
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, classCount > 0, classCount < Int(noClass) else {
            throw ByteReader.Truncated()
        }
        let filled = Int(try reader.read(UInt32.self))
        guard filled <= slotCount else { throw ByteReader.Truncated() }
        var slots = [UInt64](repeating: 0, count: slotCount)
        var index = 0
        for _ in 0..<filled {
            let delta = try reader.readVarint()
            guard delta < UInt64(slotCount) else { throw ByteReader.Truncated() }
            index += Int(delta)
            guard index < slotCount else { throw ByteReader.Truncated() }
            let slot = try reader.read(UInt64.self)
            guard slot & 0xFFFF != 0 else { throw ByteReader.Truncated() }
            slots[index] = slot
        }
        let overflowCount = Int(try reader.read(UInt32.self))
        let overflow = try reader.readArray(UInt32.self, count: overflowCount)
        for entry in overflow where Int(entry & 0xFF) >= classCount { throw ByteReader.Truncated() }
        guard overflow.last.map({ $0 & 0x100 != 0 }) ?? true else { throw ByteReader.Truncated() }
        if classCount > 3 {
            for slot in slots where slot != 0 {
                let first = (slot >> 16) & 0xFF, second = (slot >> 40) & 0xFF
                if first == noClass {
                    guard slot >> 24 < UInt64(overflowCount) else { throw ByteReader.Truncated() }
                } else {
                    guard first < UInt64(classCount), second == noClass || second < UInt64(classCount) else {
                        throw ByteReader.Truncated()
                    }
                }
            }
        }
        return PerceptronModel(classCount: classCount, slots: slots, overflow: overflow, scale: scale)
    }

    /// A model in the format of version 3 (32-bit fingerprints, every row
    /// apart), each feature kept in its slot, so that lookups probe the same way.
    static func readVersion3(from reader: inout ByteReader) throws -> PerceptronModel {
        let classCount = Int(try reader.read(UInt16.self))
        let scale = try reader.readFloat()
        let slotCount = Int(try reader.read(UInt32.self))
        guard slotCount > 0, slotCount & (slotCount - 1) == 0 else { throw ByteReader.Truncated() }
        let filled = Int(try reader.read(UInt32.self))
        guard filled <= slotCount else { throw ByteReader.Truncated() }
        var old: [(Int, UInt64)] = []
        for _ in 0..<filled {
            let index = Int(try reader.read(UInt32.self))
            guard index < slotCount else { throw ByteReader.Truncated() }
            old.append((index, try reader.read(UInt64.self)))
        }
        let entries = try reader.readArray(UInt32.self, count: Int(try reader.read(UInt32.self)))
        var slots = [UInt64](repeating: 0, count: slotCount)
        var overflow: [UInt32] = []
        for (index, slot) in old {
            var e = Int(slot & 0xFFFF_FFFF)
            var row: [(c: Int, w: UInt64)] = []
            while true {
                guard e < entries.count else { throw ByteReader.Truncated() }
                row.append((Int(entries[e] & 0xFF), UInt64(entries[e] >> 16)))
                if entries[e] & 0x100 != 0 { break }
                e += 1
            }
            let fingerprint = slot >> 48 == 0 ? 1 : slot >> 48
            slots[index] = Self.slot(fingerprint: fingerprint, classCount: classCount, row: row, overflow: &overflow)
        }
        return PerceptronModel(classCount: classCount, slots: slots, overflow: overflow, scale: scale)
    }
}
