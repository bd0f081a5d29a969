/// The identity of a folded word in a ``Vocabulary``.
public typealias WordID = Int32

/// Every word the lexicons of a language know, each with a small integer id.
///
/// Tokens are looked up once, while tokenising, by hashing their folded
/// scalars in place (no string is built); every later stage — variant cues,
/// abbreviations, calendar words, the gazetteer trie — then compares ids.
public struct Vocabulary: Sendable {
    /// The folded scalars of every word, end to end.
    private var storage: [Unicode.Scalar] = []
    /// Where each word starts in `storage`, by id, plus the end of the last.
    private var starts: [Int32] = [0]
    private var texts: [String] = []
    /// Open-addressing table (capacity a power of two). Each slot carries
    /// the word's hash, start and length beside its id, so that a probe
    /// reads one slot, then the scalars only when the hash agrees.
    private var slots: [Slot] = Array(repeating: .empty, count: 1024)

    private struct Slot {
        var hash: UInt32
        var id: WordID
        var start: Int32
        var length: Int32
        static let empty = Slot(hash: 0, id: -1, start: 0, length: 0)
    }

    public init() {}

    /// The number of words.
    public var count: Int { texts.count }

    /// The folded text of a word (kept, so reading it allocates nothing).
    public func text(of id: WordID) -> String {
        texts[Int(id)]
    }

    /// The id of a single folded word, adding it if new.
    @discardableResult
    public mutating func intern(_ word: String) -> WordID {
        // Folded exactly as tokens are (hyphens and apostrophes kept).
        let folded = Array(TextFolding.fold(scalars: Array(word.unicodeScalars)[...]).unicodeScalars)
        if let id = lookup(folded[...], alreadyFolded: true) { return id }
        if (count + 1) * 2 > slots.count { grow() }
        let id = WordID(count)
        storage.append(contentsOf: folded)
        starts.append(Int32(storage.count))
        texts.append(String(scalars: folded[...]))
        insert(id)
        return id
    }

    /// The id of the word a run of original (unfolded) scalars spells, if known.
    @inlinable
    public func id(of scalars: ArraySlice<Unicode.Scalar>) -> WordID? {
        lookup(scalars, alreadyFolded: false)
    }

    /// The id of a folded word, if known.
    public func id(ofFolded word: String) -> WordID? {
        lookup(Array(word.unicodeScalars)[...], alreadyFolded: true)
    }

    @usableFromInline
    func lookup(_ scalars: ArraySlice<Unicode.Scalar>, alreadyFolded: Bool) -> WordID? {
        scalars.withUnsafeBufferPointer { input in
            storage.withUnsafeBufferPointer { storage in
                starts.withUnsafeBufferPointer { starts in
                    slots.withUnsafeBufferPointer { slots in
                        Self.lookup(input, alreadyFolded: alreadyFolded, storage: storage, starts: starts, slots: slots)
                    }
                }
            }
        }
    }

    private static func lookup(
        _ input: UnsafeBufferPointer<Unicode.Scalar>, alreadyFolded: Bool,
        storage: UnsafeBufferPointer<Unicode.Scalar>, starts: UnsafeBufferPointer<Int32>, slots: UnsafeBufferPointer<Slot>
    ) -> WordID? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for s in input {
            guard let f = alreadyFolded ? s : TextFolding.foldScalar(s) else { continue }
            hash = (hash ^ UInt64(f.value)) &* 0x100_0000_01b3
            length += 1
        }
        let mask = slots.count - 1
        let check = UInt32(truncatingIfNeeded: hash >> 32)
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.id < 0 { return nil }
            if slot.hash == check && Int(slot.length) == length {
                var k = Int(slot.start)
                var same = true
                for s in input {
                    guard let f = alreadyFolded ? s : TextFolding.foldScalar(s) else { continue }
                    if storage[k] != f { same = false; break }
                    k += 1
                }
                if same { return slot.id }
            }
            index = (index + 1) & mask
        }
    }

    private func hash(of id: WordID) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for f in storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] { hash = (hash ^ UInt64(f.value)) &* 0x100_0000_01b3 }
        return hash
    }

    private mutating func insert(_ id: WordID) {
        let hash = hash(of: id)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id >= 0 { index = (index + 1) & mask }
        let start = starts[Int(id)]
        slots[index] = Slot(
            hash: UInt32(truncatingIfNeeded: hash >> 32), id: id, start: start, length: starts[Int(id) + 1] - start)
    }

    private mutating func grow() {
        slots = Array(repeating: .empty, count: slots.count * 2)
        for id in 0..<count { insert(WordID(id)) }
    }
}
