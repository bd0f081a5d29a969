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
    }

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
        let lower = form.lowercased()
        if let entry = lexicon[lower + "\t" + tag.name] { return entry }
        if tag == .propn || tag == .punct || tag == .sym || tag == .num || tag == .x {
            let rule = rule(for: lower, tag: tag)
            return Entry(lemma: form, feats: rule?.feats ?? "_")
        }
        guard let rule = rule(for: lower, tag: tag) else { return Entry(lemma: lower, feats: "_") }
        let scalars = Array(lower.unicodeScalars)
        guard rule.strip <= scalars.count else { return Entry(lemma: lower, feats: rule.feats) }
        var lemma = String(String.UnicodeScalarView(scalars.dropLast(rule.strip)))
        lemma += rule.append
        return Entry(lemma: lemma.isEmpty ? lower : lemma, feats: rule.feats)
    }

    func rule(for lower: String, tag: UniversalTag) -> Rule? {
        let scalars = Array(lower.unicodeScalars)
        var k = min(Self.longestSuffix, scalars.count)
        while k >= 0 {
            let suffix = String(String.UnicodeScalarView(scalars.suffix(k)))
            if let rule = rules[tag.name + "\t" + suffix] { return rule }
            k -= 1
        }
        return nil
    }
}
