/// The identity of a folded word in a ``Vocabulary``.
public typealias WordID = Int32

/// Every word the lexicons of a language know, each with a small integer id.
///
/// Tokens are looked up once, while tokenising, by hashing their folded
/// scalars in place (no string is built); every later stage — variant cues,
/// abbreviations, calendar words, the gazetteer trie — then compares ids.
public struct Vocabulary: Sendable {
    /// Folded scalars of each word, by id.
    private var words: [[Unicode.Scalar]] = []
    /// Length of each word, kept apart so most probes never touch the word.
    private var lengths: [Int] = []
    private var texts: [String] = []
    /// Open-addressing table of ids (-1 = empty); capacity a power of two.
    private var slots: [WordID] = Array(repeating: -1, count: 1024)

    public init() {}

    /// The number of words.
    public var count: Int { words.count }

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
        if (words.count + 1) * 2 > slots.count { grow() }
        let id = WordID(words.count)
        words.append(folded)
        lengths.append(folded.count)
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
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for s in scalars {
            guard let f = alreadyFolded ? s : TextFolding.foldScalar(s) else { continue }
            hash = (hash ^ UInt64(f.value)) &* 0x100_0000_01b3
            length += 1
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if lengths[Int(id)] == length && words[Int(id)].withUnsafeBufferPointer({ matches($0, scalars, alreadyFolded) }) {
                return id
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ word: UnsafeBufferPointer<Unicode.Scalar>, _ scalars: ArraySlice<Unicode.Scalar>, _ alreadyFolded: Bool) -> Bool {
        var k = 0
        for s in scalars {
            guard let f = alreadyFolded ? s : TextFolding.foldScalar(s) else { continue }
            if word[k] != f { return false }
            k += 1
        }
        return true
    }

    private static func hash(_ folded: [Unicode.Scalar]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for f in folded { hash = (hash ^ UInt64(f.value)) &* 0x100_0000_01b3 }
        return hash
    }

    private mutating func insert(_ id: WordID) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(words[Int(id)])) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in words.indices { insert(WordID(id)) }
    }
}
