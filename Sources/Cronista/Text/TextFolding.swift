/// Comparison keys for text: lower case, without accents, hyphens as spaces,
/// whitespace collapsed. This is how lexicon lookups and the evaluation
/// compare surface forms.
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isSpaceLike || scalar.isHyphen || scalar.value == 0x2013 {
                pendingSpace = !out.isEmpty
                continue
            }
            if let folded = foldScalar(scalar) {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(folded)
            }
        }
        return String(out)
    }

    /// Lower-cases and strips the accent of one scalar; nil for combining marks.
    @inlinable public static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
            return scalar
        }
        if v >= 0x300 && v <= 0x36F { return nil }  // combining diacritics
        if v >= 0xC0 && v <= 0x17F {
            let base = latinBase[Int(v - 0xC0)]
            if base != 0 { return Unicode.Scalar(base)! }
        }
        switch v {
        case 0x2018, 0x2019, 0x201B: return "'"
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return "\""
        default: break
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Base letter of each scalar from U+00C0 to U+017F (0 where none), as a flat table.
    @usableFromInline static let latinBase: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x180 - 0xC0)
        let groups: [(String, Unicode.Scalar)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇňŉ", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Ææ", "æ"), ("Œœ", "œ"), ("ß", "ß"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars where scalar.value >= 0xC0 && scalar.value < 0x180 {
                table[Int(scalar.value - 0xC0)] = base.value
            }
        }
        return table
    }()
}

extension TextFolding {
    /// The folded form of a run of scalars (no whitespace handling): the fast
    /// path used for tokens. Builds UTF-8 directly instead of appending scalars.
    public static func fold(scalars: ArraySlice<Unicode.Scalar>) -> String {
        var allASCII = true
        for s in scalars where s.value >= 0x80 {
            allASCII = false
            break
        }
        if allASCII {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var i = 0
                for s in scalars {
                    var v = UInt8(truncatingIfNeeded: s.value)
                    if v >= 0x41 && v <= 0x5A { v += 0x20 }
                    buffer[i] = v
                    i += 1
                }
                return i
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 8)
        for s in scalars {
            guard let f = foldScalar(s) else { continue }
            UTF8.encode(f) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
