/// Surface features of one line, computed on its scalars.
struct LineShape {
    let text: String
    let scalars: [Unicode.Scalar]
    /// Number of space-separated words.
    let wordCount: Int
    let hasAlphanumeric: Bool

    init(_ text: String) {
        self.text = text
        let scalars = text.scalarArray
        self.scalars = scalars
        var count = 0
        var inWord = false
        var alphanumeric = false
        for s in scalars {
            if s == " " {
                inWord = false
            } else {
                if !inWord { count += 1 }
                inWord = true
                if !alphanumeric && s.isAlphanumeric { alphanumeric = true }
            }
        }
        self.wordCount = count
        self.hasAlphanumeric = alphanumeric
    }

    /// A colon, slash, bracket or bar: the marks photo credits and bylines carry.
    var hasCreditMark: Bool {
        scalars.contains { $0 == ":" || $0 == "/" || $0 == "(" || $0 == "|" }
    }

    /// The space-separated words; only built for short lines.
    var words: [ArraySlice<Unicode.Scalar>] { scalars.split(separator: " ") }

    /// Ends like a sentence: full stop, question or exclamation mark,
    /// colon, or a closing quotation mark.
    var endsLikeSentence: Bool {
        guard let last = scalars.last(where: { !$0.isSpaceLike }) else { return false }
        return ".!?…:;".unicodeScalars.contains(last) || last.isClosingQuote || last == ")"
    }

    /// An HTML tag left in the text, or a short line of tag debris (`“>`).
    var looksLikeMarkup: Bool {
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == "<" && last == ">" { return true }
        // A template placeholder left unexpanded: "[[(standard.Article) …]]", "{{…}}".
        if scalars.count >= 4, (scalars.starts(with: ["[", "["]) && scalars.suffix(2).elementsEqual(["]", "]"]))
            || (scalars.starts(with: ["{", "{"]) && scalars.suffix(2).elementsEqual(["}", "}"]))
        {
            return true
        }
        guard wordCount <= 2, let close = scalars.firstIndex(of: ">"), close > 0 else { return false }
        let before = scalars[close - 1]
        return before.isClosingQuote || before.isOpeningQuote || before == "/" || before == "'"
    }

    /// A tweet or post pasted as text: a pic.twitter.com link, or
    /// "— Name (@handle) June 19, 2024".
    var isSocialEmbed: Bool {
        guard scalars.contains("@") || scalars.contains("/") else { return false }
        if text.contains("pic.twitter.com") || text.contains("t.co/") { return true }
        guard let at = text.range(of: "(@") else { return false }
        let tail = text[at.upperBound...]
        let digits = tail.unicodeScalars.filter { $0.isDigit }.count
        return digits >= 4 && (text.hasPrefix("—") || text.hasPrefix("-") || text.contains("— "))
    }

    /// An agency or author credit: a few capitalised words joined by slashes
    /// ("DN/Lusa", "Lusa/AFP"), standing alone.
    var isCredit: Bool {
        guard wordCount <= 4, scalars.contains("/"), !endsLikeSentence else { return false }
        let parts = scalars.split(whereSeparator: { $0 == "/" || $0 == " " })
        return parts.count >= 2 && parts.allSatisfy { $0.first!.isUppercaseLetter }
    }

    /// A photo caption naming someone: "Dmitry Peskov, porta-voz do Kremlin":
    /// two to four capitalised words, a comma, a lower-case description, no
    /// final punctuation, short.
    var isNameCaption: Bool {
        guard wordCount <= 10, !endsLikeSentence, let comma = scalars.firstIndex(of: ",") else { return false }
        let name = scalars[..<comma].split(separator: " ")
        guard (2...4).contains(name.count), name.allSatisfy({ $0.first!.isUppercaseLetter }) else { return false }
        let rest = scalars[(comma + 1)...].drop(while: { $0 == " " })
        guard let first = rest.first, first.isLowercaseLetter else { return false }
        return !rest.contains(",")
    }

    /// A bar of links in Title Case ("Dinheiro Vivo DN Brasil Men's Health"):
    /// four or more words, nearly all capitalised, no sentence punctuation.
    var isTitleCaseBar: Bool {
        guard wordCount >= 4, wordCount <= 30, !endsLikeSentence, !scalars.contains(",") else { return false }
        let lettered = words.filter { $0.first!.isLetter }
        guard lettered.count >= 4 else { return false }
        let capitalised = lettered.filter { $0.first!.isUppercaseLetter }.count
        return capitalised * 10 >= lettered.count * 9
    }
}
