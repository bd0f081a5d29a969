/// Comparison forms of names and places: lower case, accents removed,
/// hyphens and runs of spaces made one space ("Extremo-Oriente russo" and
/// "Extremo Oriente Russo" fold alike).
package enum FoldedName {
    package static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == " " || scalar == "\t"
                || scalar == "\n" || scalar == "\u{A0}"
            {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            foldScalar(scalar, into: &out)
        }
        return String(out)
    }

    /// Latin letters with diacritics, U+00C0 to U+00FF, lower case and bare.
    private static let latin1: [Unicode.Scalar] = Array(
        ("aaaaaaaceeeeiiiidnooooo×ouuuuyts" + "aaaaaaaceeeeiiiidnooooo÷ouuuuyty").unicodeScalars)

    private static func foldScalar(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 0x20)!)
        case 0..<0x80: out.append(scalar)
        case 0xC0...0xFF: out.append(latin1[Int(scalar.value - 0xC0)])
        default:
            // Elsewhere: canonical decomposition without combining marks, lower-cased.
            for part in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
            where !(0x300...0x36F).contains(part.value) {
                out.append(part)
            }
        }
    }

    /// A key range for prefix search: every folded string starting with
    /// `prefix` sorts in `prefix ..< upperBound(prefix)`.
    package static func upperBound(_ prefix: String) -> String { prefix + "\u{10FFFF}" }
}

import Foundation
