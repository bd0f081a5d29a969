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
    /// Vocabulary ids of one-word abbreviations ("sr", "dra").
    let abbreviations: WordSet
    /// Two-part abbreviations ("p.ex"), as pairs of ids.
    let dottedAbbreviations: Set<[WordID]>

    /// Loads the abbreviations of `language`, adding their words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> SentenceSplitter {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `abbreviations.txt` of `source`: one abbreviation a line, without its final stop.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> SentenceSplitter {
        var single = WordSet()
        var dotted = Set<[WordID]>()
        for (entry, row) in try source.words("abbreviations.txt") {
            if entry.hasSuffix(".") || entry.hasPrefix(".") || entry.contains("..") {
                throw row.malformed("'\(entry)': write an abbreviation without its final stop")
            }
            let parts = entry.split(separator: ".").map { vocabulary.intern(String($0)) }
            if parts.count == 1 { single.insert(parts[0]) } else { dotted.insert(parts) }
        }
        return SentenceSplitter(abbreviations: single, dottedAbbreviations: dotted)
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
        guard previous.isKnown else { return false }
        if abbreviations.contains(previous.word) { return true }
        // "p.ex.", "a.C.": a chain of short words and stops.
        if index >= 3, tokens[index - 2].end == previous.start, scalars[tokens[index - 2].start] == ".",
            dottedAbbreviations.contains([tokens[index - 3].word, previous.word])
        {
            return true
        }
        return false
    }
}
