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

    public init(lexicon: BoilerplateLexicon, datelines: DatelineReader) {
        self.lexicon = lexicon
        self.datelines = datelines
    }

    /// The verdict on one line.
    public enum Verdict: Equatable, Sendable {
        case body
        case boilerplate(BoilerplateReason)
        /// A dateline, with the date it states.
        case dateline(String)
    }

    /// Classifies each line of `lines` (already stripped of line breaks).
    public func classify(_ lines: [String]) -> [Verdict] {
        var seen: Set<String> = []
        return lines.map { line in
            let verdict = classify(line: line)
            if verdict == .body {
                let key = TextFolding.fold(line)
                if key.utf8.count >= 30 {
                    if seen.contains(key) { return .boilerplate(.duplicate) }
                    seen.insert(key)
                }
            }
            return verdict
        }
    }

    /// Classifies one line on its own.
    public func classify(line: String) -> Verdict {
        let shape = LineShape(line)
        if !shape.hasAlphanumeric { return .boilerplate(.markup) }
        if shape.looksLikeMarkup { return .boilerplate(.markup) }
        if let date = datelines.date(inLine: line) { return .dateline(date) }
        let folded = TextFolding.fold(line)
        if let reason = lexicon.reason(forFoldedLine: folded) { return .boilerplate(reason) }
        if shape.isSocialEmbed { return .boilerplate(.socialEmbed) }
        if shape.isCredit { return .boilerplate(.credit) }
        if shape.isNameCaption { return .boilerplate(.caption) }
        if shape.isTitleCaseBar { return .boilerplate(.navigation) }
        return .body
    }
}

/// Surface features of one line, computed once.
struct LineShape {
    let text: String
    let scalars: [Unicode.Scalar]
    /// Words: maximal runs of non-space scalars.
    let words: [Substring]
    let hasAlphanumeric: Bool

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.words = text.split(whereSeparator: { $0.unicodeScalars.first!.isSpaceLike })
        self.hasAlphanumeric = scalars.contains { $0.isAlphanumeric }
    }

    /// Ends like a sentence: full stop, question or exclamation mark,
    /// colon, or a closing quotation mark.
    var endsLikeSentence: Bool {
        guard let last = scalars.last(where: { !$0.isSpaceLike }) else { return false }
        return ".!?…:;".unicodeScalars.contains(last) || last.isClosingQuote || last == ")"
    }

    /// An HTML tag left in the text, or a line made of tag debris.
    var looksLikeMarkup: Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") { return true }
        return words.count <= 2 && (trimmed.contains("\">") || trimmed.contains("”>") || trimmed.contains("/>"))
    }

    /// A tweet or post pasted as text: a pic.twitter.com link, or
    /// "— Name (@handle) June 19, 2024".
    var isSocialEmbed: Bool {
        if text.contains("pic.twitter.com") || text.contains("t.co/") { return true }
        guard let at = text.range(of: "(@") else { return false }
        let tail = text[at.upperBound...]
        let digits = tail.unicodeScalars.filter { $0.isDigit }.count
        return digits >= 4 && (text.hasPrefix("—") || text.hasPrefix("-") || text.contains("— "))
    }

    /// An agency or author credit: a few capitalised words joined by slashes
    /// ("DN/Lusa", "Lusa/AFP"), standing alone.
    var isCredit: Bool {
        guard words.count <= 4, text.contains("/"), !endsLikeSentence else { return false }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == " " }).filter { !$0.isEmpty }
        return parts.count >= 2 && parts.allSatisfy { $0.unicodeScalars.first!.isUppercaseLetter }
    }

    /// A photo caption naming someone: "Dmitry Peskov, porta-voz do Kremlin":
    /// two to four capitalised words, a comma, a lower-case description, no
    /// final punctuation, short.
    var isNameCaption: Bool {
        guard words.count <= 10, !endsLikeSentence, let comma = text.firstIndex(of: ",") else { return false }
        let name = text[..<comma].split(separator: " ")
        guard (2...4).contains(name.count),
            name.allSatisfy({ $0.unicodeScalars.first!.isUppercaseLetter })
        else { return false }
        let rest = text[text.index(after: comma)...].drop(while: { $0 == " " })
        guard let first = rest.unicodeScalars.first, first.isLowercaseLetter else { return false }
        return !rest.contains(",")
    }

    /// A bar of links in Title Case ("Dinheiro Vivo DN Brasil Men's Health"):
    /// four or more words, nearly all capitalised, no sentence punctuation.
    var isTitleCaseBar: Bool {
        guard words.count >= 4, !endsLikeSentence, !text.contains(",") else { return false }
        let lettered = words.filter { $0.unicodeScalars.first!.isLetter }
        guard lettered.count >= 4 else { return false }
        let capitalised = lettered.filter { $0.unicodeScalars.first!.isUppercaseLetter }.count
        return capitalised * 10 >= lettered.count * 9
    }
}
