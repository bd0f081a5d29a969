import Cronista

/// A text folded for comparison (``TextFolding``), with a map back to the
/// scalar offsets of the original, so gold strings can be located in it.
struct FoldedText {
    let folded: [Unicode.Scalar]
    /// Original scalar offset of each folded scalar.
    let origin: [Int]

    init(_ text: String) {
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        var pendingSpace = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.isWhitespaceOrHyphen {
                pendingSpace = !folded.isEmpty
                continue
            }
            guard let f = TextFolding.foldScalar(scalar) else { continue }
            if pendingSpace {
                folded.append(" ")
                origin.append(offset)
                pendingSpace = false
            }
            folded.append(f)
            origin.append(offset)
        }
        self.folded = folded
        self.origin = origin
    }

    /// Original spans of each occurrence of `needle` (folded) as whole words, in order.
    func occurrences(of needle: String) -> [TextSpan] {
        let pattern = Array(TextFolding.fold(needle).unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= folded.count else { return [] }
        var spans: [TextSpan] = []
        var i = 0
        while i + pattern.count <= folded.count {
            let startsWord = i == 0 || !folded[i - 1].properties.isAlphabetic || !pattern[0].properties.isAlphabetic
            let endIndex = i + pattern.count
            let endsWord = endIndex == folded.count || !folded[endIndex].properties.isAlphabetic
                || !pattern[pattern.count - 1].properties.isAlphabetic
            if folded[i] == pattern[0] && startsWord && endsWord && Array(folded[i..<endIndex]) == pattern {
                spans.append(TextSpan(start: origin[i], end: origin[i + pattern.count - 1] + 1))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return spans
    }
}

extension Unicode.Scalar {
    var isWhitespaceOrHyphen: Bool {
        properties.isWhitespace || self == "-" || self == "\u{2010}" || self == "\u{2011}" || self == "\u{2013}"
    }
}

/// Folded comparison key: case-, accent- and hyphen-insensitive, whitespace collapsed.
func key(_ text: some StringProtocol) -> String { TextFolding.fold(text) }
