import Cronista

/// Scores one analysis against its gold annotation exactly as
/// `spec/GOLD.md` ("How the evaluation scores it") describes.
public struct Scorer: Sendable {
    public init() {}

    /// Scores `analysis` of the file whose original text is `original`.
    public func score(_ analysis: Analysis, gold: GoldDocument, original: String, name: String) -> DocumentScore {
        var score = DocumentScore(name: name)
        scoreDocument(analysis, gold, original, &score)
        let entityMatch = EntityAlignment(system: analysis.entities, gold: gold.entities)
        entityMatch.score(into: &score)
        EventScoring(analysis: analysis, gold: gold, entities: entityMatch).score(into: &score)
        scoreTimexes(analysis, gold, &score)
        scoreQuotes(analysis, gold, entityMatch, &score)
        return score
    }

    // MARK: document: published, variant, boilerplate

    private func scoreDocument(_ analysis: Analysis, _ gold: GoldDocument, _ original: String, _ score: inout DocumentScore) {
        let document = analysis.document
        if let published = gold.published {
            score.published.count(document.published == published)
            if document.published != published {
                score.notes.append("published: system \(document.published ?? "null"), gold \(published)")
            }
        }
        score.variant.count(document.variant?.rawValue == gold.variant)
        if document.variant?.rawValue != gold.variant {
            score.notes.append("variant: system \(document.variant?.rawValue ?? "null"), gold \(gold.variant ?? "null")")
        }

        let removed = Set(document.boilerplate.map { key($0.text) })
        let goldBoilerplate = Set(gold.boilerplate.map { key($0) })
        for line in gold.boilerplate {
            let hit = removed.contains(key(line))
            score.boilerplateRemoved.count(hit)
            if !hit { score.notes.append("boilerplate kept: \(line)") }
        }
        let kept = Set(document.text.split(separator: "\n").map { key(String($0)) })
        for (index, rawLine) in original.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var line = String(rawLine)
            if goldBoilerplate.contains(key(line)) { continue }
            if index == 0, let header = MetadataHeader(line: line) {
                line = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(header.length)))
            }
            let folded = key(line)
            if folded.isEmpty || goldBoilerplate.contains(folded) { continue }
            let hit = kept.contains(folded)
            score.bodyLinesKept.count(hit)
            if !hit { score.notes.append("body line lost: \(line)") }
        }
    }

    // MARK: timexes

    private func scoreTimexes(_ analysis: Analysis, _ gold: GoldDocument, _ score: inout DocumentScore) {
        let text = FoldedText(analysis.document.text)
        let goldSpans = locate(gold.timexes.map(\.text), in: text)
        var used = Set<Int>()
        var matched = 0
        for timex in analysis.timexes {
            let span = timex.span
            guard
                let g = goldSpans.indices.first(where: { !used.contains($0) && goldSpans[$0].map { $0.overlaps(span) } == true })
            else {
                score.notes.append("timex false alarm: \(timex.text) = \(timex.value ?? "null")")
                continue
            }
            used.insert(g)
            matched += 1
            if let value = gold.timexes[g].value {
                let right = timex.value.map { Self.valueMatches(system: $0, gold: value) } ?? false
                score.timexValue.count(right)
                if !right { score.notes.append("timex value: \(timex.text) = \(timex.value ?? "null"), gold \(value)") }
            }
        }
        for (index, timex) in gold.timexes.enumerated() where !used.contains(index) {
            score.notes.append("timex missed: \(timex.text) = \(timex.value ?? "null")")
        }
        score.timexes = Detection(matched: matched, system: analysis.timexes.count, gold: gold.timexes.count)
    }

    /// A system value is right when equal to the gold one at the gold's
    /// precision: a more precise value inside it counts, and `X` in the gold
    /// stands for any digit.
    static func valueMatches(system: String, gold: String) -> Bool {
        let s = Array(system.unicodeScalars)
        let g = Array(gold.unicodeScalars)
        guard s.count >= g.count else { return false }
        if gold.contains("/") && s.count != g.count { return false }
        for (a, b) in zip(s, g) where a != b && !(b == "X" && a.isASCIIDigitOrX) { return false }
        return s.count == g.count || s[g.count] == "-"
    }

    /// Spans of gold strings in the text, assigning repeated strings to
    /// successive occurrences, longer strings first so that "em setembro"
    /// does not take the place of "em setembro de 2022".
    func locate(_ strings: [String], in text: FoldedText) -> [TextSpan?] {
        var spans = [TextSpan?](repeating: nil, count: strings.count)
        var taken: [TextSpan] = []
        for index in strings.indices.sorted(by: { strings[$0].count > strings[$1].count }) {
            let free = text.occurrences(of: strings[index]).filter { span in !taken.contains { $0.overlaps(span) } }
            if let span = free.first {
                spans[index] = span
                taken.append(span)
            }
        }
        return spans
    }

    // MARK: quotes

    private func scoreQuotes(_ analysis: Analysis, _ gold: GoldDocument, _ entities: EntityAlignment, _ score: inout DocumentScore) {
        var used = Set<Int>()
        var matched = 0
        for (gi, quote) in gold.quotes.enumerated() {
            let goldWords = Self.words(quote.text)
            guard !goldWords.isEmpty else { continue }
            let candidate = analysis.quotes.indices.filter { !used.contains($0) }.max { a, b in
                Self.words(analysis.quotes[a].text).intersection(goldWords).count
                    < Self.words(analysis.quotes[b].text).intersection(goldWords).count
            }
            guard let c = candidate, Self.words(analysis.quotes[c].text).intersection(goldWords).count * 2 >= goldWords.count
            else {
                score.notes.append("quote missed: \(quote.text.prefix(60))")
                continue
            }
            used.insert(c)
            matched += 1
            let speaker = analysis.quotes[c].speaker.flatMap { entities.goldID(ofSystem: $0) }
            let right = speaker == quote.speaker
            score.quoteSpeaker.count(right)
            if !right {
                score.notes.append("quote speaker: \(quote.text.prefix(40))… system \(speaker ?? "null"), gold \(quote.speaker ?? "null")")
            }
            _ = gi
        }
        score.quotes = Detection(matched: matched, system: analysis.quotes.count, gold: gold.quotes.count)
    }

    static func words(_ text: String) -> Set<String> {
        Set(key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
}

extension Unicode.Scalar {
    var isASCIIDigitOrX: Bool { (value >= 0x30 && value <= 0x39) || self == "X" }
}
