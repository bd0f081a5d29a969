import Foundation

/// Splits tokenised text into sentences.
///
/// A sentence ends at a line break, or after `.`, `!`, `?` or `…` (with any
/// closing quotes and brackets that follow) when the next token opens a
/// sentence: a capitalised word, a number, an opening quote or a dash. A
/// straight quote (`"`) after the stop closes the sentence when one is open
/// in it and otherwise opens the next ("lançamento. " Já estamos").
///
/// No sentence ends:
/// - after a known abbreviation ("Sr.", "n.º", "p.ex.") or a single capital
///   initial ("J. Kirby"), except that an abbreviation marked `final` in
///   `abbreviations.txt` ("etc.", "Jr.") ends one before a capitalised word;
/// - when the next token touches the stop ("a.C.", "19h.A");
/// - before a dash that a lower-case word follows ("… -- dizia ele");
/// - after a stop inside brackets ("(...)", "(!)").
///
/// A headline run into the text on the same line ends before a capitalised
/// article that opens the body (`headline-openers.tsv`). Numbers such as
/// "1.000" or "26,3%" are single tokens and never split.
public struct SentenceSplitter: Sendable {
    /// Vocabulary ids of one-word abbreviations ("sr", "dra").
    let abbreviations: WordSet
    /// Two-part abbreviations ("p.ex"), as pairs of ids.
    let dottedAbbreviations: Set<[WordID]>
    /// Abbreviations that may end a sentence ("etc", "jr", and "a.c" as its last part "c").
    let finalAbbreviations: WordSet
    let finalDottedAbbreviations: Set<[WordID]>
    /// Run-in headlines: the articles that open a body, the words they never follow, the words that never follow them.
    let openers: WordSet
    /// The openers as written, lower case: the vocabulary folds "Pará" into "para".
    let writtenOpeners: Set<String>
    let notAfterOpener: WordSet
    let notBeforeOpener: WordSet

    /// Loads `abbreviations.txt` and `headline-openers.tsv` of `language`,
    /// adding their words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> SentenceSplitter {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `abbreviations.txt` (one abbreviation a line, without its final
    /// stop, `final` in a second column when it may end a sentence) and
    /// `headline-openers.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> SentenceSplitter {
        var single = WordSet()
        var dotted = Set<[WordID]>()
        var finalSingle = WordSet()
        var finalDotted = Set<[WordID]>()
        for row in try source.rows("abbreviations.txt") {
            let entry = row[0].trimmingCharacters(in: .whitespaces)
            let isFinal = row.count > 1 && row[1] == "final"
            guard row.count == 1 || (row.count == 2 && isFinal) else {
                throw row.malformed("second column must be 'final'")
            }
            if entry.isEmpty || entry.hasSuffix(".") || entry.hasPrefix(".") || entry.contains("..") || entry.contains(" ") {
                throw row.malformed("'\(entry)': write an abbreviation without its final stop")
            }
            let parts = entry.split(separator: ".").map { vocabulary.intern(String($0)) }
            if parts.count == 1 {
                single.insert(parts[0])
                if isFinal { finalSingle.insert(parts[0]) }
            } else {
                dotted.insert(parts)
                if isFinal { finalDotted.insert(parts) }
            }
        }
        var lists: [String: WordSet] = [:]
        var written = Set<String>()
        for row in try source.rows("headline-openers.tsv") {
            guard row.count == 2, ["opener", "not-after", "not-before"].contains(row[0]) else {
                throw row.malformed("expected: opener|not-after|not-before TAB words")
            }
            for word in TabularText.values(row[1]) {
                lists[row[0], default: WordSet()].insert(vocabulary.intern(word))
                if row[0] == "opener" { written.insert(word.lowercased()) }
            }
        }
        return SentenceSplitter(
            abbreviations: single, dottedAbbreviations: dotted, finalAbbreviations: finalSingle,
            finalDottedAbbreviations: finalDotted, openers: lists["opener"] ?? WordSet(), writtenOpeners: written,
            notAfterOpener: lists["not-after"] ?? WordSet(), notBeforeOpener: lists["not-before"] ?? WordSet())
    }

    /// Sentence spans over `tokens` of `scalars`.
    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var first = 0
        var i = 0
        // Straight quotes seen in the current sentence: odd while one is open.
        var straightQuotes = 0
        while i < tokens.count {
            if i > first && (tokens[i].followsLineBreak || isRunInBodyStart(at: i, tokens, scalars, quotes: straightQuotes)) {
                spans.append(TextSpan(start: tokens[first].start, end: tokens[i - 1].end))
                first = i
                straightQuotes = 0
            }
            let token = tokens[i]
            guard token.kind == .punctuation, Self.isTerminal(scalars[token.start]) else {
                if token.kind == .punctuation && scalars[token.start] == "\"" { straightQuotes += 1 }
                i += 1
                continue
            }
            var last = i
            var quotes = straightQuotes
            while last + 1 < tokens.count, !tokens[last + 1].followsLineBreak, tokens[last + 1].kind == .punctuation {
                let s = scalars[tokens[last + 1].start]
                if s == "\"" || s == "'" {
                    // Attached to the stop only: closing; to the next word only: opening; else
                    // a straight double quote closes when one is open (odd count) and opens otherwise.
                    let spaceBefore = tokens[last + 1].start > tokens[last].end
                    let spaceAfter = last + 2 >= tokens.count || tokens[last + 2].start > tokens[last + 1].end
                    if spaceBefore && !spaceAfter { break }
                    if spaceBefore || !spaceAfter {
                        if s == "'" || quotes % 2 == 0 { break }
                    }
                    if s == "\"" { quotes += 1 }
                } else if !(Self.isTerminal(s) || s.isClosingQuote || s == ")" || s == "]") {
                    break
                }
                last += 1
            }
            let next = last + 1
            if next < tokens.count, !tokens[next].followsLineBreak, endsSentence(at: i, before: next, tokens, scalars) {
                spans.append(TextSpan(start: tokens[first].start, end: tokens[last].end))
                first = next
                straightQuotes = 0
            } else {
                straightQuotes = quotes
            }
            i = next
        }
        if first < tokens.count {
            spans.append(TextSpan(start: tokens[first].start, end: tokens[tokens.count - 1].end))
        }
        return spans
    }

    static func isTerminal(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "…" }

    /// Whether the stop at `stop` ends a sentence that `next` would open.
    private func endsSentence(at stop: Int, before next: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        let following = tokens[next]
        // "a.C.", "19h.A": a word run into the stop.
        if following.kind != .punctuation && following.start == tokens[next - 1].end { return false }
        // "(...)", "(!)": an omission or an aside, not an end.
        if stop > 0, tokens[stop - 1].kind == .punctuation, tokens[stop - 1].end == tokens[stop].start,
            scalars[tokens[stop - 1].start] == "(" || scalars[tokens[stop - 1].start] == "["
        {
            return false
        }
        guard opensSentence(following, scalars) else { return false }
        // "… -- dizia ele": the dash carries on the sentence.
        if following.kind == .punctuation, scalars[following.start].isHyphen || scalars[following.start] == "—"
            || scalars[following.start] == "–"
        {
            var k = next + 1
            while k < tokens.count, k < next + 3, tokens[k].kind == .punctuation, scalars[tokens[k].start].isHyphen { k += 1 }
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized { return false }
        }
        switch abbreviationStop(at: stop, tokens, scalars) {
        case .none: return true
        case .always:
            // "do grupo B. A colocação": a capital letter, then an article opening a sentence
            // (not a chain of initials: "N. R. A razão").
            let previous = tokens[stop - 1]
            let chained = stop >= 2 && tokens[stop - 2].kind == .punctuation && scalars[tokens[stop - 2].start] == "."
            return previous.end - previous.start == 1 && previous.isCapitalized && next == stop + 1 && !chained
                && isRunInBodyStart(at: next, tokens, scalars, quotes: 0, after: .word)
        case .mayEnd: return following.kind == .word && following.isCapitalized || scalars[following.start].isOpeningQuote
        }
    }

    private func opensSentence(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .punctuation:
            let s = scalars[token.start]
            if s == "'" { return token.end < scalars.count && scalars[token.end].isLetter }
            return s.isOpeningQuote || s == "—" || s == "–" || s == "-" || s == "(" || s == "¿" || s == "¡"
        }
    }

    private enum AbbreviationStop { case none, always, mayEnd }

    /// A full stop right after an abbreviation or an initial.
    private func abbreviationStop(at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> AbbreviationStop {
        guard scalars[tokens[index].start] == ".", index > 0 else { return .none }
        let previous = tokens[index - 1]
        guard previous.end == tokens[index].start, previous.kind == .word else { return .none }
        // "p.ex.", "a.C.": a chain of short words and stops.
        if index >= 3, tokens[index - 2].end == previous.start, scalars[tokens[index - 2].start] == ".",
            tokens[index - 3].isKnown, previous.isKnown
        {
            let pair = [tokens[index - 3].word, previous.word]
            if finalDottedAbbreviations.contains(pair) { return .mayEnd }
            if dottedAbbreviations.contains(pair) { return .always }
        }
        if previous.end - previous.start == 1 && previous.isCapitalized { return .always }
        guard previous.isKnown else { return .none }
        if finalAbbreviations.contains(previous.word) { return .mayEnd }
        if abbreviations.contains(previous.word) { return .always }
        return .none
    }

    /// A capitalised article that opens the body after a run-in headline:
    /// "… e engarrafamento O tombamento de um caminhão".
    /// With `after` set, the previous token is not looked at (a stop after an initial).
    private func isRunInBodyStart(
        at i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar], quotes: Int, after: Token.Kind? = nil
    ) -> Bool {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, token.isKnown, openers.contains(token.word), quotes % 2 == 0,
            i + 1 < tokens.count, i > 0
        else { return false }
        guard writtenOpeners.contains(token.text(in: scalars).lowercased()) else { return false }
        let following = tokens[i + 1]
        if after != nil {
            return following.kind == .word && !following.isCapitalized
                && !(following.isKnown && notBeforeOpener.contains(following.word))
        }
        let previous = tokens[i - 1]
        guard previous.kind != .punctuation, !previous.isKnown || !notAfterOpener.contains(previous.word),
            following.kind == .word, !following.isCapitalized, !following.followsLineBreak,
            !(following.isKnown && notBeforeOpener.contains(following.word))
        else { return false }
        // Not a lone capital: "a letra A".
        return !(previous.end - previous.start == 1 && previous.isCapitalized)
    }
}
