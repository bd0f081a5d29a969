import Foundation

/// Decides, line by line, what of a scraped page is article body.
///
/// The rules are general: phrases from the language's boilerplate lexicon
/// (related links, comment prompts, buttons), and line shapes — lines with no
/// words (stray markup), datelines, agency credits ("DN/Lusa"), photo
/// captions ("Name Surname, role" without a verb or full stop; lines carrying
/// a photo credit), Title-Case navigation bars, social-media embeds and lines
/// repeated from earlier in the page.
public struct BoilerplateFilter: Sendable {
    let lexicon: BoilerplateLexicon
    let datelines: DatelineReader
    let tokenizer: Tokenizer

    public init(lexicon: BoilerplateLexicon, datelines: DatelineReader, tokenizer: Tokenizer) {
        self.lexicon = lexicon
        self.datelines = datelines
        self.tokenizer = tokenizer
    }

    /// The verdict on one line.
    public enum Verdict: Equatable, Sendable {
        case body
        case boilerplate(BoilerplateReason)
        /// A dateline, with the date it states.
        case dateline(String)
    }

    /// Classifies each line of `lines` (stripped of line breaks, spaces
    /// normalised). A long line seen before is a duplicate.
    public func classify(_ lines: [String]) -> [Verdict] {
        classifyLines(lines).map(\.verdict)
    }

    /// A line with its verdict, scalars and tokens (offsets within the line),
    /// so that the body need not be decoded and tokenised again.
    struct ClassifiedLine {
        var verdict: Verdict
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
    }

    func classifyLines(_ lines: [String]) -> [ClassifiedLine] {
        var seen: Set<UInt64> = []
        return lines.map { line in
            var classified = classify(shape: LineShape(line))
            if classified.verdict == .body, line.utf8.count >= 30 {
                // Keyed by a 64-bit FNV-1a hash of the bytes: hashing a String
                // normalises it first, which is slow.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                if !seen.insert(hash).inserted { classified.verdict = .boilerplate(.duplicate) }
            }
            return classified
        }
    }

    /// Classifies one line on its own.
    public func classify(line: String) -> Verdict {
        classify(shape: LineShape(line)).verdict
    }

    private func classify(shape: LineShape) -> ClassifiedLine {
        let tokens = tokenizer.tokenize(shape.scalars)
        func result(_ verdict: Verdict) -> ClassifiedLine {
            ClassifiedLine(verdict: verdict, scalars: shape.scalars, tokens: tokens)
        }
        if !shape.hasAlphanumeric { return result(.boilerplate(.markup)) }
        if shape.looksLikeMarkup { return result(.boilerplate(.markup)) }
        if shape.wordCount <= DatelineReader.maximumWords, let date = datelines.date(inLine: shape.text) {
            return result(.dateline(date))
        }
        if shape.isCredit { return result(.boilerplate(.credit)) }
        // Phrases anywhere in the line ("Imagem: …", "via REUTERS") are only
        // looked for in short lines or lines with a credit mark; in other
        // lines only the opening words are read.
        let wholeLine = shape.wordCount <= 12 || (shape.wordCount <= 60 && shape.hasCreditMark)
        let read = wholeLine ? tokens[...] : tokens.prefix { $0.end <= 60 }
        if let reason = lexicon.reason(forLine: Array(read), wordLimit: wholeLine ? nil : 8) {
            return result(.boilerplate(reason))
        }
        if shape.isSocialEmbed { return result(.boilerplate(.socialEmbed)) }
        if shape.isNameCaption { return result(.boilerplate(.caption)) }
        if shape.isTitleCaseBar { return result(.boilerplate(.navigation)) }
        return result(.body)
    }
}

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
