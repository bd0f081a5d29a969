/// The averaged weights of a trained perceptron, for fast scoring.
///
/// Scoring is bound by memory, not arithmetic: each feature is one random
/// read in a table of megabytes. So each feature is one 8-byte slot of an
/// open-addressing table (home slot: the low bits of its hash), holding a
/// 16-bit fingerprint (the top bits of the hash) and its weights inline,
/// as 16-bit integers against one scale:
///
/// - three classes or fewer (the transition model): the three weights;
/// - more: up to two (class, weight) pairs; a feature with more weights
///   keeps them in `overflow`, and its slot holds their offset.
///
/// ``score(_:into:)`` reads the home slots of all keys before it looks at
/// any, so that the reads overlap instead of waiting one after another.
public struct PerceptronModel: Sendable {
    public let classCount: Int
    let table: SlotTable
    /// The slots, a copy (for writing and tests).
    var slots: [UInt64] { table.array }
    /// Rows of more than two weights: class (8 bits), last-of-row (bit 8), weight (top 16 bits).
    let overflow: [UInt32]
    let scale: Float
    let mask: Int
    /// Three weights inline (``classCount`` ≤ 3) rather than (class, weight) pairs.
    var isDense: Bool { classCount <= 3 }
    /// Class byte of an unused pair, or (in the first pair) of an overflow slot.
    static let noClass: UInt64 = 0xFF

    /// The number of features with at least one weight.
    public var featureCount: Int { table.buffer.lazy.filter { $0 != 0 }.count }

    init(classCount: Int, slots: [UInt64], overflow: [UInt32], scale: Float) {
        precondition(classCount < Int(Self.noClass))
        self.classCount = classCount
        self.table = SlotTable(slots)
        self.overflow = overflow
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
        var overflow: [UInt32] = []
        let mask = capacity - 1
        func quantised(_ w: Float) -> UInt64 { UInt64(UInt16(bitPattern: Int16((w / scale).rounded()))) }
        for row in rows where !row.weights.isEmpty {
            var slot = Int(truncatingIfNeeded: row.key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            let quantisedRow = row.weights.map { (c: $0.0, w: quantised($0.1)) }
            slots[slot] = Self.slot(
                fingerprint: Self.fingerprint(row.key), classCount: classCount, row: quantisedRow, overflow: &overflow)
        }
        self.init(classCount: classCount, slots: slots, overflow: overflow, scale: scale)
    }

    /// The slot of a row of quantised weights (appending to `overflow` if it must).
    static func slot(
        fingerprint: UInt64, classCount: Int, row: [(c: Int, w: UInt64)], overflow: inout [UInt32]
    ) -> UInt64 {
        if classCount <= 3 {
            var slot = fingerprint
            for (c, w) in row { slot |= w << (16 + 16 * UInt64(c)) }
            return slot
        }
        if row.count <= 2 {
            let second = row.count == 2 ? UInt64(row[1].c) | row[1].w << 8 : noClass
            return fingerprint | (UInt64(row[0].c) | row[0].w << 8) << 16 | second << 40
        }
        let offset = UInt64(overflow.count)
        for (i, (c, w)) in row.enumerated() {
            overflow.append(UInt32(w) << 16 | (i == row.count - 1 ? 0x100 : 0) | UInt32(c))
        }
        return fingerprint | noClass << 16 | offset << 24
    }

    /// The top 16 bits of a key, never 0 (an empty slot is 0).
    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        let f = key >> 48
        return f == 0 ? 1 : f
    }

    /// Adds the integer weights of `keys` to `scores` (`classCount` long);
    /// multiply by ``scale`` for the perceptron's scores.
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        do {
            let slots = table.buffer
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keys.count) { home in
                // All home slots first: independent reads, in flight together.
                for k in keys.indices { home[k] = slots[Int(truncatingIfNeeded: keys[k]) & mask] }
                for k in keys.indices {
                    let key = keys[k]
                    let fingerprint = Self.fingerprint(key)
                    var found = home[k]
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while found != 0 && found & 0xFFFF != fingerprint {
                        slot = (slot + 1) & mask
                        found = slots[slot]
                    }
                    guard found != 0 else { continue }
                    if isDense {
                        scores[0] &+= Int32(Int16(truncatingIfNeeded: found >> 16))
                        scores[1] &+= Int32(Int16(truncatingIfNeeded: found >> 32))
                        scores[2] &+= Int32(Int16(truncatingIfNeeded: found >> 48))
                    } else {
                        addPairs(found, into: scores)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func addPairs(_ found: UInt64, into scores: UnsafeMutableBufferPointer<Int32>) {
        let first = (found >> 16) & 0xFF
        if first == Self.noClass {
            overflow.withUnsafeBufferPointer { overflow in
                var e = Int(truncatingIfNeeded: found >> 24)
                while true {
                    let entry = overflow[e]
                    scores[Int(entry & 0xFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 16)))
                    if entry & 0x100 != 0 { break }
                    e += 1
                }
            }
            return
        }
        scores[Int(first)] &+= Int32(Int16(truncatingIfNeeded: found >> 24))
        let second = (found >> 40) & 0xFF
        if second != Self.noClass { scores[Int(second)] &+= Int32(Int16(truncatingIfNeeded: found >> 48)) }
    }
}
