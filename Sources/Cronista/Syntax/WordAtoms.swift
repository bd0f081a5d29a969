/// The hashed pieces of one word form that the tagger and parser read:
/// the form, its lower-case form, prefixes and suffixes, and its shape.
struct WordAtoms: Sendable {
    var form: UInt64
    var lower: UInt64
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64)
    var shape: UInt64

    /// Atoms standing for a position outside the sentence.
    static let none = WordAtoms(form: 1, lower: 1, suffixes: (1, 1, 1, 1), prefixes: (1, 1, 1), shape: 1)
    /// Atoms of the artificial root.
    static let root = WordAtoms(form: 2, lower: 2, suffixes: (2, 2, 2, 2), prefixes: (2, 2, 2), shape: 2)

    init(form: UInt64, lower: UInt64, suffixes: (UInt64, UInt64, UInt64, UInt64), prefixes: (UInt64, UInt64, UInt64), shape: UInt64) {
        self.form = form
        self.lower = lower
        self.suffixes = suffixes
        self.prefixes = prefixes
        self.shape = shape
    }

    /// Quotation marks the treebanks seldom use, read as the one they use
    /// (Bosque writes « »; news writes " “ ” „).
    static func canonical(_ text: String) -> String {
        guard text.unicodeScalars.count == 1, let s = text.unicodeScalars.first else { return text }
        switch s {
        case "\"", "“", "”", "„", "‟", "«", "»": return "«"
        default: return text
        }
    }

    init(_ original: String) {
        let text = Self.canonical(original)
        if let fast = text.utf8.withContiguousStorageIfAvailable(Self.latin1) ?? nil {
            self = fast
        } else {
            self = Self(general: text)
        }
    }

    /// The atoms of a canonical form whose scalars are all Latin-1, computed
    /// on its UTF-8 bytes (the same values as ``init(general:)``), or nil.
    static func latin1(_ bytes: UnsafeBufferPointer<UInt8>) -> WordAtoms? {
        let count = bytes.count
        guard count <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { lower in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(count, 1) + 1) { starts in
                let table = Latin1Case.table
                var form: UInt64 = 0xcbf2_9ce4_8422_2325
                var lowerHash: UInt64 = 0xcbf2_9ce4_8422_2325
                var prefixHashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
                var n = 0, i = 0
                var upper = 0, lowerCount = 0, digits = 0, hyphens = 0, other = 0
                var firstUpper = false
                @inline(__always) func hashLower(_ byte: UInt8) {
                    lowerHash ^= UInt64(byte)
                    lowerHash &*= 0x0000_0100_0000_01B3
                }
                while i < count {
                    let b0 = bytes[i]
                    let value: Int
                    if b0 < 0x80 {
                        value = Int(b0)
                    } else if b0 & 0xE0 == 0xC0, b0 <= 0xC3, i + 1 < count {
                        value = Int(b0 & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F)
                    } else {
                        return nil
                    }
                    let entry = table[value]
                    if entry & 0x100 != 0 { return nil }
                    // The prefix hashes end at scalar boundaries 1, 2 and 3.
                    if n == 1 { prefixHashes.0 = lowerHash } else if n == 2 { prefixHashes.1 = lowerHash } else if n == 3 { prefixHashes.2 = lowerHash }
                    starts[n] = i
                    let l = Int(entry & 0xFF)
                    if value < 0x80 {
                        form = (form ^ UInt64(b0)) &* 0x0000_0100_0000_01B3
                        lower[i] = UInt8(l)
                        hashLower(UInt8(l))
                        i += 1
                    } else {
                        let b1 = bytes[i + 1]
                        form = (form ^ UInt64(b0)) &* 0x0000_0100_0000_01B3
                        form = (form ^ UInt64(b1)) &* 0x0000_0100_0000_01B3
                        guard l >= 0x80 else { return nil }
                        lower[i] = UInt8(0xC0 | l >> 6)
                        lower[i + 1] = UInt8(0x80 | l & 0x3F)
                        hashLower(lower[i])
                        hashLower(lower[i + 1])
                        i += 2
                    }
                    switch entry >> 9 {
                    case 0:
                        upper += 1
                        if n == 0 { firstUpper = true }
                    case 1: lowerCount += 1
                    case 2: digits += 1
                    default: if value == 0x2D { hyphens += 1 } else { other += 1 }
                    }
                    n += 1
                }
                starts[n] = count
                func suffix(_ k: Int) -> UInt64 {
                    if k >= n { return lowerHash &+ UInt64(k) }
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    for j in starts[n - k]..<count { h = (h ^ UInt64(lower[j])) &* 0x0000_0100_0000_01B3 }
                    return h &+ UInt64(k)
                }
                func prefix(_ k: Int, _ hash: UInt64) -> UInt64 { k >= n ? lowerHash &+ UInt64(k) : hash &+ UInt64(k + 8) }
                return WordAtoms(
                    form: form, lower: lowerHash, suffixes: (suffix(1), suffix(2), suffix(3), suffix(4)),
                    prefixes: (prefix(1, prefixHashes.0), prefix(2, prefixHashes.1), prefix(3, prefixHashes.2)),
                    shape: shapeCode(
                        firstUpper: firstUpper, upper: upper, lower: lowerCount, digits: digits, hyphens: hyphens, other: other,
                        length: n))
            }
        }
    }

    /// The atoms of any canonical form, through `String.lowercased()`.
    init(general text: String) {
        form = FeatureHash.string(text)
        let lowered = text.lowercased()
        let bytes = Substring(lowered).utf8
        let lower = FeatureHash.string(bytes)
        self.lower = lower
        // Scalar boundaries in the lower-case bytes (bytes 10xxxxxx continue a scalar).
        var starts: [Substring.UTF8View.Index] = []
        starts.reserveCapacity(16)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] & 0xC0 != 0x80 { starts.append(index) }
            index = bytes.index(after: index)
        }
        let n = starts.count
        func suffix(_ k: Int) -> UInt64 {
            k >= n ? lower &+ UInt64(k) : FeatureHash.string(bytes[starts[n - k]...]) &+ UInt64(k)
        }
        func prefix(_ k: Int) -> UInt64 {
            k >= n ? lower &+ UInt64(k) : FeatureHash.string(bytes[..<starts[k]]) &+ UInt64(k + 8)
        }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        prefixes = (prefix(1), prefix(2), prefix(3))
        shape = Self.shape(of: text, length: n)
    }

    /// A coarse shape: capitalisation, digits, hyphens, punctuation, length.
    private static func shape(of text: String, length: Int) -> UInt64 {
        var upper = 0, lowerCount = 0, digits = 0, hyphens = 0, other = 0
        var firstUpper = false
        for (i, s) in text.unicodeScalars.enumerated() {
            let p = s.properties
            if p.isUppercase {
                upper += 1
                if i == 0 { firstUpper = true }
            } else if p.isLowercase {
                lowerCount += 1
            } else if s.value >= 0x30 && s.value <= 0x39 {
                digits += 1
            } else if s == "-" {
                hyphens += 1
            } else {
                other += 1
            }
        }
        return shapeCode(
            firstUpper: firstUpper, upper: upper, lower: lowerCount, digits: digits, hyphens: hyphens, other: other, length: length)
    }

    private static func shapeCode(
        firstUpper: Bool, upper: Int, lower lowerCount: Int, digits: Int, hyphens: Int, other: Int, length: Int
    ) -> UInt64 {
        var code: UInt64 = 0
        if firstUpper { code |= 1 }
        if upper > 0 && lowerCount == 0 { code |= 2 }
        if digits > 0 { code |= 4 }
        if digits == length { code |= 8 }
        if hyphens > 0 { code |= 16 }
        if other > 0 { code |= 32 }
        if other == length { code |= 64 }
        code |= UInt64(min(length, 6)) << 8
        return code &+ 0x5A5A
    }
}
