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

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> QuantityExtractor {
        var trie = PhraseTrie()
        var entries: [Word] = []
        for row in try ResourceFile.table("quantities.tsv", language: language) where row.count >= 3 {
            let word: Word
            switch row[1] {
            case "number": word = .number(Double(row[2]) ?? 0)
            case "multiplier": word = .multiplier(Double(row[2]) ?? 1)
            case "approx": word = .approx(row[2])
            case "unit": word = .unit(row[2])
            default: continue
            }
            trie.insert(vocabulary.internPhrase(row[0]), value: Int32(entries.count))
            entries.append(word)
        }
        return QuantityExtractor(words: trie, entries: entries, preposition: vocabulary.intern("de"))
    }

    func word(at i: Int, _ tokens: [Token]) -> (Word, end: Int)? {
        guard let match = words.matches(in: tokens, from: i).last else { return nil }
        return (entries[Int(match.values[0])], match.end)
    }

    public func extract(_ scalars: [Unicode.Scalar], tokens: [Token]) -> [Quantity] {
        var quantities: [Quantity] = []
        var i = 0
        while i < tokens.count {
            var start = i
            var approx: String?
            if let (w, end) = word(at: i, tokens), case .approx(let label) = w, end < tokens.count {
                approx = label
                i = end
            }
            // The number: digits ("10.000", "26,3") or a number word.
            var value: Double?
            if tokens[i].kind == .number, let v = Self.numericValue(tokens[i].text(in: scalars)) {
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

    /// "10.000" → 10000, "26,3" → 26.3, "1.000,5" → 1000.5.
    static func numericValue(_ text: String) -> Double? {
        let digits = text.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard !digits.isEmpty else { return nil }
        let normalised = digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        return Double(normalised)
    }
}
