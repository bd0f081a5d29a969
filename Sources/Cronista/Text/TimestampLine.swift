/// Recognises the timestamp and reading-time lines sites print around the
/// headline: "há 5 dias", "2 minutos", "1 min de leitura", "Atualizado há
/// 3 horas", "13:20". They state no calendar date (that is a dateline's
/// job, ``DatelineReader``) and are never body.
struct TimestampReader: Sendable {
    let lexicon: LayoutLexicon

    static let maximumWords = 8

    /// Whether `line` is a timestamp line and nothing else.
    func isTimestamp(_ line: [Unicode.Scalar]) -> Bool {
        guard line.contains(where: { $0.isDigit }) else { return false }
        let words = LayoutLexicon.words(String(scalars: line[...]))
        guard !words.isEmpty, words.count <= Self.maximumWords else { return false }
        var numbers = 0
        var units = 0
        for word in words {
            if word.allSatisfy(\.isNumber) {
                numbers += 1
            } else if lexicon.timeUnits.contains(word) {
                units += 1
            } else if lexicon.timeNumbers.contains(word) {
                numbers += 1
            } else if let digitsEnd = word.firstIndex(where: { !$0.isNumber }), digitsEnd != word.startIndex {
                // "5min", "08h23", "14h"
                let unit = word[digitsEnd...].prefix { !$0.isNumber }
                guard lexicon.timeUnits.contains(String(unit)) else { return false }
                numbers += 1
                units += 1
            } else if !lexicon.timeFillers.contains(word) {
                return false
            }
        }
        let clock = Self.hasClockTime(line)
        return numbers >= 1 && (units >= 1 || clock)
    }

    /// `13:20`, `08h23`.
    static func hasClockTime(_ line: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 3 < line.count {
            if line[i].isDigit, line[i + 1] == ":" || line[i + 1] == "h", line[i + 2].isDigit, line[i + 3].isDigit { return true }
            i += 1
        }
        return false
    }
}
