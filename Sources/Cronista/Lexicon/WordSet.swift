/// A set of vocabulary ids as a bit set: membership is one shift and one
/// mask, with no hashing, for the closed word classes the rules consult on
/// every token.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var bits: [UInt64] = []

    public init() {}

    public init(arrayLiteral elements: WordID...) {
        for e in elements { insert(e) }
    }

    public init<S: Sequence<WordID>>(_ ids: S) {
        for id in ids { insert(id) }
    }

    public mutating func insert(_ id: WordID) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits += Array(repeating: 0, count: word - bits.count + 1) }
        bits[word] |= 1 << UInt64(Int(id) & 63)
    }

    @inlinable public func contains(_ id: WordID) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(Int(id) & 63)) != 0
    }
}
