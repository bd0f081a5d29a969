import Foundation

/// Finds the quantities an article states — "mais de 10.000 soldados",
/// "cerca de 2.000", "240 mil milhões de dólares", "26,3%", "cinco mil
/// contentores" — with value, unit and approximation, from the words of
/// `quantities.tsv`.
public struct QuantityExtractor: Sendable {
    enum Word {
        case number(Double)
        case multiplier(Double)
        case approx(String)
        case unit(String)
    }

    let words: PhraseTrie
    let entries: [Word]
    let preposition: WordID

    /// Loads `quantities.tsv` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> QuantityExtractor {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `quantities.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> QuantityExtractor {
        var trie = PhraseTrie()
        var entries: [Word] = []
        for entry in try QuantityWords.load(from: source).entries {
            let word: Word
            switch entry.kind {
            case .number, .collective: word = .number(entry.number ?? 0)
            case .multiplier: word = .multiplier(entry.number ?? 1)
            case .approx: word = .approx(entry.value)
            case .unit: word = .unit(entry.value)
            }
            trie.insert(vocabulary.internPhrase(entry.phrase), value: Int32(entries.count))
            entries.append(word)
        }
        return QuantityExtractor(words: trie, entries: entries, preposition: vocabulary.intern("de"))
    }

    func word(at i: Int, _ tokens: [Token]) -> (Word, end: Int)? {
        guard words.start(tokens[i].word) != nil, let match = words.longestMatch(in: tokens, from: i) else { return nil }
        return (entries[Int(match.values[0])], match.end)
    }

    public func extract(_ scalars: [Unicode.Scalar], tokens: [Token]) -> [Quantity] {
        var quantities: [Quantity] = []
        var i = 0
        while i < tokens.count {
            // Only numbers and quantity words can open a quantity.
            if tokens[i].kind != .number && words.start(tokens[i].word) == nil {
                i += 1
                continue
            }
            var start = i
            var approx: String?
            if let (w, end) = word(at: i, tokens), case .approx(let label) = w, end < tokens.count {
                approx = label
                i = end
            }
            // The number: digits ("10.000", "26,3") or a number word.
            var value: Double?
            if tokens[i].kind == .number, let v = Self.numericValue(scalars[tokens[i].start..<tokens[i].end]) {
                value = v
                i += 1
            } else if let (w, end) = word(at: i, tokens), case .number(let v) = w {
                value = v
                i = end
            }
            guard var total = value else {
                i = approx == nil ? i + 1 : i
                continue
            }
            if approx == nil { start = i - 1 }
            // Multipliers: "mil", "milhões", "mil milhões".
            while i < tokens.count, let (w, end) = word(at: i, tokens), case .multiplier(let m) = w {
                total *= m
                i = end
            }
            // Unit: right after ("26,3%", "soldados") or after "de" ("milhões de dólares").
            var unit: String?
            var end = i
            if i < tokens.count, let (w, e) = word(at: i, tokens), case .unit(let u) = w {
                unit = u
                end = e
            } else if i + 1 < tokens.count, tokens[i].word == preposition, let (w, e) = word(at: i + 1, tokens),
                case .unit(let u) = w
            {
                unit = u
                end = e
            }
            // A currency sign before the number ("US$ 200 bilhões").
            if unit == nil, start > 0, let (w, e) = word(at: start - 1, tokens), e == start, case .unit(let u) = w,
                u == "USD" || u == "BRL" || u == "EUR"
            {
                unit = u
                start -= 1
            }
            // Bare years and day numbers are dates, not quantities; "mais de
            // um mês" is a duration.
            if unit == nil && (approx == nil || (end < tokens.count && tokens[end].kind == .word)) {
                i = max(i, start + 1)
                continue
            }
            let span = (tokens[start].start, tokens[end - 1].end)
            quantities.append(
                Quantity(
                    start: span.0, end: span.1, text: String(scalars: scalars[span.0..<span.1]),
                    value: total, unit: unit, approx: approx))
            i = end
        }
        return quantities
    }

    /// "10.000" → 10000, "26,3" → 26.3, "1.000,5" → 1000.5 (a full stop
    /// groups thousands, a comma marks decimals).
    static func numericValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        var integer = 0.0
        var fraction = 0.0
        var scale = 0.0
        var digits = 0
        for s in scalars {
            if s.isDigit {
                let d = Double(s.value - 0x30)
                if scale > 0 {
                    fraction += d / scale
                    scale *= 10
                } else {
                    integer = integer * 10 + d
                }
                digits += 1
            } else if s == "," && scale == 0 {
                scale = 10
            } else if s != "." {
                break
            }
        }
        return digits == 0 ? nil : integer + fraction
    }
}
