/// A trie over vocabulary ids: finds, in one walk from a token, every
/// lexicon phrase that starts there. Lookups cost one small-dictionary
/// probe per token, whatever the size of the lexicon.
public struct PhraseTrie: Sendable {
    /// Edges (node, word) → child in one open-addressing table: keys packed
    /// as node << 32 | word, 0 marking an empty slot (the root has no parent edge).
    private var keys: [UInt64] = Array(repeating: 0, count: 64)
    private var targets: [Int32] = Array(repeating: 0, count: 64)
    private var edgeCount = 0
    private var nodeCount = 1
    private var values: [[Int32]] = [[]]
    /// Whether a phrase ends at each node: read on every step, so kept
    /// apart from `values`, whose arrays are only touched on a match.
    private var isTerminal: [Bool] = [false]
    /// The root's children by word id (0 = none), so that the probe made at
    /// every token of a text is one array read.
    private var rootChildren: [Int32] = []

    public init() {}

    @inline(__always) private static func key(_ node: Int, _ word: WordID) -> UInt64 {
        UInt64(node + 1) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always) private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
    }

    private func child(_ node: Int, _ word: WordID) -> Int32? {
        if node == 0 {
            let w = Int(word)
            guard w < rootChildren.count else { return nil }
            let target = rootChildren[w]
            return target == 0 ? nil : target
        }
        let k = Self.key(node, word)
        var s = slot(for: k)
        while true {
            let found = keys[s]
            if found == k { return targets[s] }
            if found == 0 { return nil }
            s = (s + 1) & (keys.count - 1)
        }
    }

    private mutating func addEdge(_ node: Int, _ word: WordID, _ target: Int32) {
        if node == 0 {
            let w = Int(word)
            if w >= rootChildren.count { rootChildren += Array(repeating: 0, count: w - rootChildren.count + 1) }
            rootChildren[w] = target
            return
        }
        if (edgeCount + 1) * 2 > keys.count {
            let old = zip(keys, targets).filter { $0.0 != 0 }
            keys = Array(repeating: 0, count: keys.count * 2)
            targets = Array(repeating: 0, count: targets.count * 2)
            for (k, t) in old { place(k, t) }
        }
        place(Self.key(node, word), target)
        edgeCount += 1
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        var s = slot(for: key)
        while keys[s] != 0 { s = (s + 1) & (keys.count - 1) }
        keys[s] = key
        targets[s] = target
    }

    /// Adds a phrase (its words' ids) carrying `value`.
    public mutating func insert(_ words: [WordID], value: Int32) {
        var node = 0
        for word in words {
            if let next = child(node, word) {
                node = Int(next)
            } else {
                let next = Int32(nodeCount)
                nodeCount += 1
                values.append([])
                isTerminal.append(false)
                addEdge(node, word, next)
                node = Int(next)
            }
        }
        values[node].append(value)
        isTerminal[node] = true
    }

    /// The node reached from the root by `word`, if any.
    @inlinable public func start(_ word: WordID) -> Int? { step(from: 0, word) }

    /// The node reached from `node` by `word`, if any.
    public func step(from node: Int, _ word: WordID) -> Int? {
        guard word >= 0, let next = child(node, word) else { return nil }
        return Int(next)
    }

    /// The values of phrases ending at `node`.
    public func values(at node: Int) -> [Int32] { values[node] }

    /// Every phrase starting at token `start`: (end token index exclusive,
    /// values), shortest first.
    public func matches(in tokens: [Token], from start: Int) -> [(end: Int, values: [Int32])] {
        var found: [(Int, [Int32])] = []
        var node = 0
        var i = start
        while i < tokens.count, let next = step(from: node, tokens[i].word) {
            node = next
            i += 1
            if isTerminal[node] { found.append((i, values[node])) }
        }
        return found
    }

    /// The longest phrase starting at token `start` and ending before token
    /// `limit`: its end (token index, exclusive) and values. Allocates
    /// nothing; call again with the end found as `limit` for the next
    /// shorter phrase.
    public func longestMatch(in tokens: [Token], from start: Int, endingBefore limit: Int = .max) -> (end: Int, values: [Int32])? {
        var node = 0
        var i = start
        var best: (Int, Int)?
        while i < tokens.count, i + 1 < limit, let next = step(from: node, tokens[i].word) {
            node = next
            i += 1
            if isTerminal[node] { best = (i, node) }
        }
        return best.map { ($0.0, values[$0.1]) }
    }
}

extension Vocabulary {
    /// The ids of the words of a lexicon phrase, tokenised the way text is,
    /// adding new words.
    public mutating func internPhrase(_ phrase: String) -> [WordID] {
        let scalars = Array(phrase.unicodeScalars)
        return Self.splitter.tokenize(scalars).map { intern($0.folded(in: scalars)) }
    }

    /// A tokenizer with no vocabulary, to split lexicon phrases into words.
    private static let splitter = Tokenizer(vocabulary: Vocabulary())
}
