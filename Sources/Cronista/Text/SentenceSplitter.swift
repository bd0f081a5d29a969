import Foundation

/// Splits tokenised text into sentences.
///
/// A sentence ends at a line break, or after `.`, `!`, `?` or `…` (with any
/// closing quotes and brackets that follow) when the next token opens a
/// sentence: a capitalised word, a number, an opening quote or a dash. A full
/// stop after a known abbreviation ("Sr.", "n.º", "p.ex.") or a single
/// capital initial ("J. Kirby") does not end one; numbers such as "1.000" or
/// "26,3%" are single tokens and never split.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// Loads the abbreviations of `language`.
    public static func load(language: String) throws -> SentenceSplitter {
        let words = try ResourceFile.load("abbreviations.txt", language: language)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return SentenceSplitter(abbreviations: Set(words))
    }

    /// Sentence spans over `tokens` of `scalars`.
    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var first = 0
        var i = 0
        while i < tokens.count {
            if i > first && tokens[i].followsLineBreak {
                spans.append(TextSpan(start: tokens[first].start, end: tokens[i - 1].end))
                first = i
            }
            let token = tokens[i]
            guard token.kind == .punctuation, Self.isTerminal(scalars[token.start]) else {
                i += 1
                continue
            }
            var last = i
            while last + 1 < tokens.count, !tokens[last + 1].followsLineBreak,
                tokens[last + 1].kind == .punctuation,
                Self.isTerminal(scalars[tokens[last + 1].start]) || scalars[tokens[last + 1].start].isClosingQuote
                    || scalars[tokens[last + 1].start] == ")" || scalars[tokens[last + 1].start] == "]"
            {
                last += 1
            }
            let next = last + 1
            if next < tokens.count, !tokens[next].followsLineBreak,
                opensSentence(tokens[next], scalars), !isAbbreviationStop(at: i, tokens, scalars)
            {
                spans.append(TextSpan(start: tokens[first].start, end: tokens[last].end))
                first = next
            }
            i = next
        }
        if first < tokens.count {
            spans.append(TextSpan(start: tokens[first].start, end: tokens[tokens.count - 1].end))
        }
        return spans
    }

    static func isTerminal(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "…" }

    private func opensSentence(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .punctuation:
            let s = scalars[token.start]
            return s.isOpeningQuote || s == "—" || s == "–" || s == "-" || s == "(" || s == "¿" || s == "¡"
        }
    }

    /// A full stop right after an abbreviation or an initial.
    private func isAbbreviationStop(at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[tokens[index].start] == ".", index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.end == tokens[index].start, previous.kind == .word else { return false }
        if previous.end - previous.start == 1 && previous.isCapitalized { return true }
        if abbreviations.contains(previous.folded) { return true }
        // "p.ex.", "a.C.": a chain of one-letter words and stops.
        if index >= 3, tokens[index - 2].end == previous.start, scalars[tokens[index - 2].start] == ".",
            abbreviations.contains(tokens[index - 3].folded + "." + previous.folded)
        {
            return true
        }
        return false
    }
}
