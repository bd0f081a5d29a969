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
