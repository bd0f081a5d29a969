/// The averaged weights of a trained perceptron, for fast scoring.
///
/// Features are 64-bit hashed keys in an open-addressing table; each key
/// holds a short sparse row of (class, weight) entries.
public struct PerceptronModel: Sendable {
    /// One slot of the open-addressing table: a key and where its row starts.
    struct Slot {
        var key: UInt64
        var start: UInt32
        var count: UInt32
    }

    /// One weight of a row.
    struct Weight {
        var classIndex: UInt32
        var value: Float
    }

    public let classCount: Int
    private let slots: [Slot]
    private let weights: [Weight]
    private let mask: Int

    /// The number of features with at least one weight.
    public var featureCount: Int { slots.lazy.filter { $0.key != 0 }.count }
    /// The number of stored weights.
    public var weightCount: Int { weights.count }

    init(classCount: Int, rows: [(key: UInt64, weights: [(Int, Float)])]) {
        self.classCount = classCount
        var capacity = 16
        while capacity * 3 < rows.count * 4 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: capacity)
        var weights: [Weight] = []
        weights.reserveCapacity(rows.reduce(0) { $0 + $1.weights.count })
        let mask = capacity - 1
        for row in rows {
            var slot = Int(truncatingIfNeeded: row.key) & mask
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: row.key, start: UInt32(weights.count), count: UInt32(row.weights.count))
            for (c, w) in row.weights { weights.append(Weight(classIndex: UInt32(c), value: w)) }
        }
        self.slots = slots
        self.weights = weights
        self.mask = mask
    }

    /// Adds the weights of `keys` to `scores` (`classCount` long).
    ///
    /// Lookups are memory-bound: the first pass loads every key's home slot
    /// with no branch between the loads, so the processor overlaps their
    /// cache misses; the second follows probes and adds the rows.
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: keys.count) { home in
            slots.withUnsafeBufferPointer { slots in
                for i in keys.indices { home[i] = slots[Int(truncatingIfNeeded: keys[i]) & mask] }
                weights.withUnsafeBufferPointer { weights in
                    for i in keys.indices {
                        let key = keys[i]
                        var found = home[i]
                        var slot = Int(truncatingIfNeeded: key) & mask
                        while found.key != key {
                            if found.key == 0 { break }
                            slot = (slot + 1) & mask
                            found = slots[slot]
                        }
                        guard found.key == key else { continue }
                        let start = Int(found.start)
                        for e in start..<(start + Int(found.count)) {
                            let w = weights[e]
                            scores[Int(w.classIndex)] += w.value
                        }
                    }
                }
            }
        }
    }

    /// The rows, sorted by key (for serialisation).
    func sortedRows() -> [(key: UInt64, weights: [(Int, Float)])] {
        var rows: [(key: UInt64, weights: [(Int, Float)])] = []
        for slot in slots where slot.key != 0 {
            let start = Int(slot.start)
            rows.append((slot.key, (start..<(start + Int(slot.count))).map { (Int(weights[$0].classIndex), weights[$0].value) }))
        }
        rows.sort { $0.key < $1.key }
        return rows
    }
}

extension PerceptronModel {
    /// The model without weights of magnitude `minimumWeight` or less.
    func pruned(minimumWeight: Float) -> PerceptronModel {
        let rows = sortedRows().compactMap { row -> (key: UInt64, weights: [(Int, Float)])? in
            let kept = row.weights.filter { abs($0.1) > minimumWeight }
            return kept.isEmpty ? nil : (row.key, kept)
        }
        return PerceptronModel(classCount: classCount, rows: rows)
    }
}
