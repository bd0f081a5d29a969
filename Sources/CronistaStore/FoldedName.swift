import Foundation

/// Comparison forms of names and places: lower case, accents removed,
/// hyphens and runs of spaces made one space ("Extremo-Oriente russo" and
/// "Extremo Oriente Russo" fold alike).
enum FoldedName {
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.unicodeScalars.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A key range for prefix search: every folded string starting with
    /// `prefix` sorts in `prefix ..< upperBound(prefix)`.
    static func upperBound(_ prefix: String) -> String { prefix + "\u{10FFFF}" }
}
