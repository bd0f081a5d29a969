/// The averaged weights of a trained perceptron, for fast scoring.
///
/// Scoring is bound by memory, not arithmetic, so the table is compact:
/// one 8-byte slot per feature in an open-addressing table (the upper 32
/// bits of the feature's hash as a fingerprint, the start of its row
/// below), and rows of 4-byte entries (class, last-of-row flag, weight as
/// a 16-bit integer against one scale). The file holds the same arrays, so
/// loading is a copy.
public struct PerceptronModel: Sendable {
    public let classCount: Int
    let slots: [UInt64]
    let entries: [UInt32]
    let scale: Float
    let mask: Int

    /// The number of features with at least one weight.
    public var featureCount: Int { slots.lazy.filter { $0 != 0 }.count }
    /// The number of stored weights.
    public var weightCount: Int { entries.count }

    init(classCount: Int, slots: [UInt64], entries: [UInt32], scale: Float) {
        self.classCount = classCount
        self.slots = slots
        self.entries = entries
        self.scale = scale
        self.mask = slots.count - 1
    }

    /// A model of `rows` (key, then (class, weight) pairs, none empty), sorted by key.
    init(classCount: Int, rows: [(key: UInt64, weights: [(Int, Float)])]) {
        var capacity = 16
        while capacity * 3 < rows.count * 4 { capacity <<= 1 }
        let largest = rows.lazy.flatMap { $0.weights.lazy.map { abs($0.1) } }.max() ?? 1
        let scale = max(largest, 1e-9) / 32767
        var slots = [UInt64](repeating: 0, count: capacity)
        var entries: [UInt32] = []
        entries.reserveCapacity(rows.reduce(0) { $0 + $1.weights.count })
        let mask = capacity - 1
        for row in rows where !row.weights.isEmpty {
            var slot = Int(truncatingIfNeeded: row.key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.fingerprint(row.key) << 32 | UInt64(entries.count)
            for (i, (c, w)) in row.weights.enumerated() {
                let quantised = UInt32(UInt16(bitPattern: Int16((w / scale).rounded())))
                entries.append(quantised << 16 | (i == row.weights.count - 1 ? 0x100 : 0) | UInt32(c))
            }
        }
        self.init(classCount: classCount, slots: slots, entries: entries, scale: scale)
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 32) | 1 }

    /// Adds the weights of `keys` to `scores` (`classCount` long).
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                for key in keys {
                    let fingerprint = Self.fingerprint(key)
                    var slot = Int(truncatingIfNeeded: key) & mask
                    var found = slots[slot]
                    while found != 0 && found >> 32 != fingerprint {
                        slot = (slot + 1) & mask
                        found = slots[slot]
                    }
                    guard found != 0 else { continue }
                    var e = Int(truncatingIfNeeded: found & 0xFFFF_FFFF)
                    while true {
                        let entry = entries[e]
                        scores[Int(entry & 0xFF)] += Float(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 16))) * scale
                        if entry & 0x100 != 0 { break }
                        e += 1
                    }
                }
            }
        }
    }
}
