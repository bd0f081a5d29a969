/// An averaged perceptron over hashed features, as it learns.
///
/// Rows exist only for features that were ever updated; averaging is lazy
/// (each weight remembers the step of its last change), so an update costs
/// O(features), not O(model). Training is deterministic: the same updates
/// in the same order give the same model.
struct PerceptronTrainer {
    let classCount: Int
    private var rows: [UInt64: Int] = [:]
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// The number of examples seen so far; call ``advance()`` once per example.
    private(set) var step: Int32 = 1

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Adds the current weights of `keys` to `scores` (`classCount` long, zeroed by the caller).
    func score(_ keys: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for key in keys {
            guard let row = rows[key] else { continue }
            for c in 0..<classCount { scores[c] += weights[row + c] }
        }
    }

    /// Moves to the next example.
    mutating func advance() { step += 1 }

    /// Rewards `truth` and penalises `guess` on every feature of `keys`.
    mutating func update(_ keys: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in keys {
            let row: Int
            if let existing = rows[key] {
                row = existing
            } else {
                row = weights.count
                rows[key] = row
                weights.append(contentsOf: repeatElement(0, count: classCount))
                totals.append(contentsOf: repeatElement(0, count: classCount))
                stamps.append(contentsOf: repeatElement(step, count: classCount))
            }
            change(row + truth, by: 1)
            change(row + guess, by: -1)
        }
    }

    private mutating func change(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// The averaged weights, with entries whose magnitude is below
    /// `minimumWeight` dropped, as a compact inference model.
    func averaged(minimumWeight: Float = 0) -> PerceptronModel {
        var entries: [(key: UInt64, weights: [(Int, Float)])] = []
        entries.reserveCapacity(rows.count)
        for (key, row) in rows {
            var kept: [(Int, Float)] = []
            for c in 0..<classCount {
                let i = row + c
                let total = totals[i] + Double(step - stamps[i]) * Double(weights[i])
                let average = Float(total / Double(step))
                if abs(average) > minimumWeight { kept.append((c, average)) }
            }
            if !kept.isEmpty { entries.append((key, kept)) }
        }
        entries.sort { $0.key < $1.key }
        return PerceptronModel(classCount: classCount, rows: entries)
    }
}
