/// The features of the part-of-speech tagger for one word: the word, its
/// affixes and shape, its neighbours two either side, the tags already
/// given to the two words before it, and the tags the lexicon allows for
/// it and its neighbours (ambiguity classes).
struct TaggerFeatures {
    static let capacity = 36
    /// Ambiguity class of a word the tagger never saw often enough.
    static let unknownClass: UInt64 = 0xFFFF_FFFF

    /// The number of keys ``extractStatic(_:classes:at:into:)`` writes.
    static let staticCount = 27

    /// Where template `t`'s key is among the static keys then the dynamic ones.
    private static let source: [Int] = {
        let staticTemplates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 25, 26, 27, 29, 30, 31, 33, 34]
        let dynamicTemplates = [9, 10, 11, 12, 22, 24, 28, 32, 35]
        var source = [Int](repeating: 0, count: capacity)
        for (i, t) in (staticTemplates + dynamicTemplates).enumerated() { source[t] = i }
        return source
    }()

    /// Writes the keys for word `i` into `keys`, in template order (the
    /// order training has always summed them in), and returns their count.
    static func extract(
        _ words: [WordAtoms], classes: [UInt64], at i: Int, previous p1: Int, _ p2: Int,
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { parts in
            let n = extractStatic(words, classes: classes, at: i, into: parts)
            let m = extractDynamic(words, classes: classes, at: i, previous: p1, p2, into: UnsafeMutableBufferPointer(rebasing: parts[n...]))
            for t in 0..<(n + m) { keys[t] = parts[source[t]] }
            return n + m
        }
    }

    /// The keys of word `i` that do not depend on the tags before it, so
    /// that the tagger can score them for the whole sentence at once.
    @inline(__always)
    static func extractStatic(
        _ words: [WordAtoms], classes: [UInt64], at i: Int, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let w = words[i]
        let wm1 = i > 0 ? words[i - 1] : .none
        let wm2 = i > 1 ? words[i - 2] : .none
        let wp1 = i + 1 < words.count ? words[i + 1] : .none
        let wp2 = i + 2 < words.count ? words[i + 2] : .none
        let c0 = classes[i]
        let cm1 = i > 0 ? classes[i - 1] : 0
        let cp1 = i + 1 < words.count ? classes[i + 1] : 0
        let cp2 = i + 2 < words.count ? classes[i + 2] : 0
        let first: UInt64 = i == 0 ? 1 : 0
        var n = 0
        @inline(__always) func add(_ key: UInt64) {
            keys[n] = key
            n += 1
        }
        add(FeatureHash.key(0, 0))
        add(FeatureHash.key(1, w.lower))
        add(FeatureHash.key(2, w.suffixes.0))
        add(FeatureHash.key(3, w.suffixes.1))
        add(FeatureHash.key(4, w.suffixes.2))
        add(FeatureHash.key(5, w.suffixes.3))
        add(FeatureHash.key(6, w.prefixes.0))
        add(FeatureHash.key(7, w.prefixes.2))
        add(FeatureHash.key(8, w.shape, first))
        add(FeatureHash.key(13, wm1.lower))
        add(FeatureHash.key(14, wm1.suffixes.2))
        add(FeatureHash.key(15, wm2.lower))
        add(FeatureHash.key(16, wp1.lower))
        add(FeatureHash.key(17, wp1.suffixes.2))
        add(FeatureHash.key(18, wp2.lower))
        add(FeatureHash.key(19, c0))
        add(FeatureHash.key(20, cp1))
        add(FeatureHash.key(21, cp2))
        add(FeatureHash.key(23, c0, cp1))
        add(FeatureHash.key(25, w.lower, wp1.lower))
        add(FeatureHash.key(26, wm1.lower, w.lower))
        add(FeatureHash.key(27, w.form))
        add(FeatureHash.key(29, cm1, c0))
        add(FeatureHash.key(30, c0, w.suffixes.1))
        add(FeatureHash.key(31, wp1.shape, w.shape))
        add(FeatureHash.key(33, wm1.lower, wp1.lower))
        add(FeatureHash.key(34, wp1.suffixes.1, cp1))
        return n
    }

    /// The keys of word `i` that read the tags `p1`, `p2` of the two words before it.
    @inline(__always)
    static func extractDynamic(
        _ words: [WordAtoms], classes: [UInt64], at i: Int, previous p1: Int, _ p2: Int,
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let w = words[i]
        let wp1 = i + 1 < words.count ? words[i + 1] : .none
        let c0 = classes[i]
        let cp1 = i + 1 < words.count ? classes[i + 1] : 0
        let t1 = UInt64(p1 + 2), t2 = UInt64(p2 + 2)
        keys[0] = FeatureHash.key(9, t1)
        keys[1] = FeatureHash.key(10, t2)
        keys[2] = FeatureHash.key(11, t1, t2)
        keys[3] = FeatureHash.key(12, t1, w.lower)
        keys[4] = FeatureHash.key(22, t1, cp1)
        keys[5] = FeatureHash.key(24, t1, c0)
        keys[6] = FeatureHash.key(28, t1, w.suffixes.2)
        keys[7] = FeatureHash.key(32, t1, wp1.lower)
        keys[8] = FeatureHash.key(35, t1, t2, w.lower)
        return 9
    }
}
