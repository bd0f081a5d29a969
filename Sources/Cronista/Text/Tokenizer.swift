/// Splits text into tokens on Unicode scalars in one pass.
///
/// Words keep internal hyphens and apostrophes ("norte-coreano",
/// "reuniu-se", "d'Orsay"); numbers keep internal separators and ordinal
/// marks ("1.000", "26,3", "15.º", "1º"); everything else that is not a
/// space is a one-scalar punctuation token.
///
/// Each token is looked up in the language's ``Vocabulary`` as it is made.
public struct Tokenizer: Sendable {
    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var sawLineBreak = false
        while i < n {
            let c = scalars[i]
            if c.isSpaceLike {
                if c.isLineBreak { sawLineBreak = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if c.isDigit {
                kind = .number
                i += 1
                while i < n {
                    let s = scalars[i]
                    if s.isDigit { i += 1; continue }
                    if (s == "." || s == ",") && i + 1 < n && scalars[i + 1].isDigit { i += 2; continue }
                    if s == "º" || s == "ª" || s == "°" { i += 1; break }
                    if s == "." && i + 1 < n && (scalars[i + 1] == "º" || scalars[i + 1] == "ª") { i += 2; break }
                    break
                }
                // A number run into letters ("10h", "2ª") stays one token.
                while i < n, scalars[i].isLetter { i += 1 }
            } else if c.isLetter {
                kind = .word
                i += 1
                while i < n {
                    let s = scalars[i]
                    if s.isLetter || s.isDigit || (s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark) {
                        i += 1
                        continue
                    }
                    if (s.isHyphen || s == "'" || s == "’") && i + 1 < n && scalars[i + 1].isLetter { i += 2; continue }
                    break
                }
            } else {
                i += 1
            }
            tokens.append(
                Token(
                    start: start, end: i, kind: kind, word: vocabulary.id(of: scalars[start..<i]) ?? -1,
                    isCapitalized: c.isUppercaseLetter, followsLineBreak: sawLineBreak))
            sawLineBreak = false
        }
        return tokens
    }
}
