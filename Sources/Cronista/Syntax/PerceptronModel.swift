/// The averaged weights of a trained perceptron, for fast scoring.
///
/// Features are 64-bit hashed keys in an open-addressing table; each key
/// holds a short sparse row of (class, weight) entries.
public struct PerceptronModel: Sendable {
    public let classCount: Int
    private let slots: [UInt64]
    private let starts: [UInt32]
    private let counts: [UInt8]
    private let entryClasses: [UInt8]
    private let entryWeights: [Float]
    private let mask: Int

    /// The number of features with at least one weight.
    public var featureCount: Int { counts.lazy.filter { $0 > 0 }.count }
    /// The number of stored weights.
    public var weightCount: Int { entryWeights.count }

    init(classCount: Int, rows: [(key: UInt64, weights: [(Int, Float)])]) {
        self.classCount = classCount
        var capacity = 16
        while capacity < rows.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var starts = [UInt32](repeating: 0, count: capacity)
        var counts = [UInt8](repeating: 0, count: capacity)
        var classes: [UInt8] = []
        var weights: [Float] = []
        let mask = capacity - 1
        for row in rows {
            var slot = Int(truncatingIfNeeded: row.key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = row.key
            starts[slot] = UInt32(weights.count)
            counts[slot] = UInt8(row.weights.count)
            for (c, w) in row.weights {
                classes.append(UInt8(c))
                weights.append(w)
            }
        }
        self.slots = slots
        self.starts = starts
        self.counts = counts
        self.entryClasses = classes
        self.entryWeights = weights
        self.mask = mask
    }

    /// Adds the weights of `keys` to `scores` (`classCount` long).
    @inline(__always)
    public func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            entryWeights.withUnsafeBufferPointer { weights in
                entryClasses.withUnsafeBufferPointer { classes in
                    for key in keys {
                        var slot = Int(truncatingIfNeeded: key) & mask
                        while true {
                            let found = slots[slot]
                            if found == key {
                                let start = Int(starts[slot])
                                for e in start..<(start + Int(counts[slot])) {
                                    scores[Int(classes[e])] += weights[e]
                                }
                                break
                            }
                            if found == 0 { break }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The rows, sorted by key (for serialisation).
    func sortedRows() -> [(key: UInt64, weights: [(Int, Float)])] {
        var rows: [(key: UInt64, weights: [(Int, Float)])] = []
        for slot in slots.indices where slots[slot] != 0 {
            let start = Int(starts[slot])
            rows.append((slots[slot], (start..<(start + Int(counts[slot]))).map { (Int(entryClasses[$0]), entryWeights[$0]) }))
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
