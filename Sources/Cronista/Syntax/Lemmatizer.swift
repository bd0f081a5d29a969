/// Lemmas and morphological features of tagged words: a lexicon of
/// (form, tag) pairs read off the treebanks, then the longest suffix rule
/// of the tag for unseen forms. Both are plain data (`lemmas.tsv`,
/// `lemma-rules.tsv`), written by `cronista train syntax`.
public struct Lemmatizer: Sendable {
    /// One analysis: the lemma and the features (`_` when none).
    public struct Entry: Sendable, Hashable {
        public var lemma: String
        public var feats: String
    }

    /// A suffix rewrite: drop `strip` scalars, append `append`.
    public struct Rule: Sendable, Hashable {
        public var strip: Int
        public var append: String
        public var feats: String
    }

    /// `lower-case form` + tab + tag → entry.
    let lexicon: [String: Entry]
    /// tag + tab + suffix → rule; suffixes up to ``longestSuffix`` scalars.
    let rules: [String: Rule]
    static let longestSuffix = 6
    /// The lexicon by hash of (lower-case form, tag), with each entry's parser atoms.
    let index: [UInt64: (entry: Entry, fine: UInt64, lemma: UInt64)]
    /// The rules by hash of (tag, suffix), so that no key string is built.
    let ruleIndex: [UInt64: Rule]

    public init(lexicon: [String: Entry], rules: [String: Rule]) {
        self.lexicon = lexicon
        self.rules = rules
        var index: [UInt64: (entry: Entry, fine: UInt64, lemma: UInt64)] = [:]
        index.reserveCapacity(lexicon.count)
        for (key, entry) in lexicon {
            let parts = key.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let tag = UniversalTag(name: String(parts[1])) else { continue }
            index[Self.key(FeatureHash.string(parts[0].utf8), tag)] =
                (entry, ParserWord.fineTag(tag, feats: Substring(entry.feats)), FeatureHash.string(entry.lemma))
        }
        self.index = index
        var ruleIndex: [UInt64: Rule] = [:]
        ruleIndex.reserveCapacity(rules.count)
        for (key, rule) in rules {
            let parts = key.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let tag = UniversalTag(name: String(parts[0])) else { continue }
            ruleIndex[Self.ruleKey(tag, FeatureHash.string(parts[1].utf8))] = rule
        }
        self.ruleIndex = ruleIndex
    }

    @inline(__always)
    static func ruleKey(_ tag: UniversalTag, _ suffix: UInt64) -> UInt64 { FeatureHash.key(901, UInt64(tag.rawValue), suffix) }

    @inline(__always)
    static func key(_ lower: UInt64, _ tag: UniversalTag) -> UInt64 { FeatureHash.key(900, lower, UInt64(tag.rawValue)) }

    /// The analysis of a word by its atoms, with the parser's fine tag.
    @inline(__always)
    func analyze(_ form: String, atoms: WordAtoms, tag: UniversalTag) -> (entry: Entry, fine: UInt64) {
        if tag == .punct { return (Entry(lemma: form, feats: "_"), UInt64(tag.rawValue)) }
        if let found = index[Self.key(atoms.lower, tag)] { return (found.entry, found.fine) }
        let entry = analyze(form, tag: tag)
        return (entry, ParserWord.fineTag(tag, feats: Substring(entry.feats)))
    }

    /// The lemma and features of `form` tagged `tag`.
    public func analyze(_ form: String, tag: UniversalTag) -> Entry {
        var lower = form.lowercased()
        lower.makeContiguousUTF8()
        return lower.utf8.withContiguousStorageIfAvailable { bytes in
            if let found = index[Self.key(FeatureHash.string(lower), tag)] { return found.entry }
            // Scalar boundaries, then the longest suffix (≤ 6 scalars) with a rule.
            var starts: [Int] = []
            starts.reserveCapacity(bytes.count)
            for i in bytes.indices where bytes[i] & 0xC0 != 0x80 { starts.append(i) }
            let n = starts.count
            var rule: Rule? = nil
            var k = min(Self.longestSuffix, n)
            while k >= 0 {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for j in (k == 0 ? bytes.count : starts[n - k])..<bytes.count { h = (h ^ UInt64(bytes[j])) &* 0x0000_0100_0000_01B3 }
                if let found = ruleIndex[Self.ruleKey(tag, h)] {
                    rule = found
                    break
                }
                k -= 1
            }
            if tag == .propn || tag == .punct || tag == .sym || tag == .num || tag == .x {
                return Entry(lemma: form, feats: rule?.feats ?? "_")
            }
            guard let rule else { return Entry(lemma: lower, feats: "_") }
            guard rule.strip <= n else { return Entry(lemma: lower, feats: rule.feats) }
            let end = rule.strip == 0 ? bytes.count : starts[n - rule.strip]
            let lemma = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) + rule.append
            return Entry(lemma: lemma.isEmpty ? lower : lemma, feats: rule.feats)
        } ?? Entry(lemma: lower, feats: "_")
    }
}
