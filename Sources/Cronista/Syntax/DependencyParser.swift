/// A greedy arc-hybrid dependency parser: an averaged perceptron chooses
/// each transition, a second one labels each arc as it is made. Linear in
/// the sentence: 2n transitions of constant work each.
public struct DependencyParser: Sendable {
    let transitions: PerceptronModel
    let labeller: PerceptronModel
    /// The relation names, by label index ("nsubj", "obl:agent"…).
    public let labels: [String]
    let rootLabel: Int

    init(transitions: PerceptronModel, labeller: PerceptronModel, labels: [String]) {
        self.transitions = transitions
        self.labeller = labeller
        self.labels = labels
        self.rootLabel = labels.firstIndex(of: "root") ?? 0
    }

    /// The head (0 = root) and label index of each word.
    func parse(_ words: [ParserWord]) -> (heads: [Int], labels: [Int]) {
        var state = ArcHybridState(count: words.count)
        // Buffers allocated, not scoped in closures: a closure would capture
        // the state, and each call would copy it.
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: ParserFeatures.capacity)
        let scores = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(3, labels.count))
        defer {
            keys.deallocate()
            scores.deallocate()
        }
        while !state.isTerminal {
            // A transition that is the only valid one (the first shift, the
            // reductions once the buffer holds only the root) needs no scores.
            let transition: ArcHybridState.Transition
            if let forced = state.onlyValidTransition {
                transition = forced
            } else {
                let n = ParserFeatures.extract(state, words: words, into: keys)
                transition = Self.best(transitions, UnsafeBufferPointer(rebasing: keys[..<n]), scores: scores, state: state)
            }
            var label = 0
            if let (head, dependent) = state.arc(for: transition) {
                label = bestLabel(state, head: head, dependent: dependent, words: words, keys: keys, scores: scores)
            }
            state.apply(transition, label: label)
        }
        return (state.heads.dropFirst().map { Int($0) }, state.labels.dropFirst().map { Int($0) })
    }

    /// The valid transition of highest score.
    @inline(__always)
    static func best(
        _ model: PerceptronModel, _ keys: UnsafeBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Int32>,
        state: ArcHybridState
    ) -> ArcHybridState.Transition {
        for c in 0..<3 { scores[c] = 0 }
        model.score(keys, into: scores)
        var best: ArcHybridState.Transition? = nil
        for t in ArcHybridState.Transition.allCases where state.isValid(t) {
            if best == nil || scores[t.rawValue] > scores[best!.rawValue] { best = t }
        }
        return best!
    }

    @inline(__always)
    func bestLabel(
        _ state: ArcHybridState, head: Int, dependent: Int, words: [ParserWord],
        keys: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
        let n = LabelFeatures.extract(state, head: head, dependent: dependent, words: words, into: keys)
        for c in 0..<labels.count { scores[c] = 0 }
        labeller.score(UnsafeBufferPointer(rebasing: keys[..<n]), into: scores)
        return Self.bestLabel(scores, count: labels.count, head: head, rootLabel: rootLabel)
    }

    /// The root label goes to the root's dependent and to no other word.
    @inline(__always)
    static func bestLabel<Score: Comparable>(
        _ scores: UnsafeMutableBufferPointer<Score>, count: Int, head: Int, rootLabel: Int
    ) -> Int {
        if head == 0 { return rootLabel }
        var best = rootLabel == 0 ? 1 : 0
        for c in 0..<count where c != rootLabel && scores[c] > scores[best] { best = c }
        return best
    }
}
