/// The configuration of the arc-hybrid transition system (Kuhlmann et al.
/// 2011) over one sentence: a stack, a buffer, and the arcs made so far.
///
/// Words are numbered 1...n; 0 is the artificial root, which sits at the
/// end of the buffer. `shift` pushes the buffer front; `left` makes the
/// buffer front the head of the stack top and pops it; `right` makes the
/// word below the stack top its head and pops it. The root takes a
/// dependent only when the stack holds one word, so every parse has a
/// single root. A sentence of n words takes exactly 2n transitions.
struct ArcHybridState {
    enum Transition: Int, CaseIterable {
        case shift, left, right
    }

    let count: Int
    private(set) var stack: [Int32] = []
    /// The next buffer position, 1...count + 1; count + 1 is the root.
    private(set) var next: Int = 1
    private(set) var heads: [Int32]
    private(set) var labels: [Int32]
    /// Leftmost and second leftmost, rightmost and second rightmost dependents.
    private(set) var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    private(set) var leftCount: [UInt8], rightCount: [UInt8]
    /// Bit set of the labels of each word's left and right dependents.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        let none = [Int32](repeating: -1, count: count + 1)
        heads = none
        labels = none
        left1 = none
        left2 = none
        right1 = none
        right2 = none
        leftCount = [UInt8](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { next > count && stack.isEmpty }

    /// The buffer front (0 for the root), or -1.
    var b0: Int { next <= count ? next : (next == count + 1 ? 0 : -1) }
    /// The word `i` places after the buffer front, or -1.
    func buffer(_ i: Int) -> Int {
        let p = next + i
        return p <= count ? p : (p == count + 1 ? 0 : -1)
    }
    /// The word `i` places below the stack top, or -1.
    func stack(_ i: Int) -> Int { i < stack.count ? Int(stack[stack.count - 1 - i]) : -1 }

    func isValid(_ t: Transition) -> Bool {
        switch t {
        case .shift: return next <= count
        case .left: return !stack.isEmpty && (next <= count || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The transition when exactly one is valid, else nil.
    var onlyValidTransition: Transition? {
        if stack.isEmpty { return .shift }
        if next > count { return stack.count == 1 ? .left : .right }
        return nil
    }

    /// The (head, dependent) pair a transition would attach, or nil for shift.
    func arc(for t: Transition) -> (head: Int, dependent: Int)? {
        switch t {
        case .shift: return nil
        case .left: return (b0, stack(0))
        case .right: return (stack(1), stack(0))
        }
    }

    mutating func apply(_ t: Transition, label: Int) {
        switch t {
        case .shift:
            stack.append(Int32(next))
            next += 1
        case .left, .right:
            let (head, dependent) = arc(for: t)!
            stack.removeLast()
            attach(dependent, to: head, label: label)
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        heads[d] = Int32(h)
        labels[d] = Int32(label)
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if d < h || h == 0 {
            leftCount[h] &+= 1
            leftLabels[h] |= bit
            if left1[h] < 0 || d < left1[h] {
                left2[h] = left1[h]
                left1[h] = Int32(d)
            } else if left2[h] < 0 || d < left2[h] {
                left2[h] = Int32(d)
            }
        } else {
            rightCount[h] &+= 1
            rightLabels[h] |= bit
            if right1[h] < 0 || d > right1[h] {
                right2[h] = right1[h]
                right1[h] = Int32(d)
            } else if right2[h] < 0 || d > right2[h] {
                right2[h] = Int32(d)
            }
        }
    }

    /// The gold arcs a transition makes unreachable (Goldberg & Nivre 2013),
    /// for a projective gold tree `gold` (head of each word, 0 = root).
    func cost(_ t: Transition, gold: [Int32]) -> Int {
        switch t {
        case .shift:
            let b = b0
            var cost = 0
            let top = stack.count - 1
            for (k, s) in stack.enumerated() {
                if gold[Int(s)] == Int32(b) { cost += 1 }
                if k != top && gold[b] == s { cost += 1 }
            }
            return cost
        case .left, .right:
            let s0 = stack(0)
            let head = t == .left ? b0 : stack(1)
            var cost = 0
            let g = Int(gold[s0])
            if g != head {
                if t == .left, stack.count >= 2, g == stack(1) { cost += 1 }
                // Heads further in the buffer (the root included) are lost.
                let lower = t == .left ? next + 1 : next
                if g == 0 { if head != 0 { cost += 1 } } else if g >= lower { cost += 1 }
            }
            if next <= count {
                for d in next...count where gold[d] == Int32(s0) { cost += 1 }
            }
            return cost
        }
    }
}
