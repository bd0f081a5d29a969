/// How much a line reads like running Portuguese prose: its words, how
/// many of them are function words, and how it ends. Page furniture —
/// menus, headline lists, credits, buttons — is short, unpunctuated and
/// poor in articles and prepositions; a real paragraph is none of these.
struct ProseMeasure: Equatable {
    /// Word tokens (letters), not counting numbers and punctuation.
    var words: Int
    /// Of those, the function words (articles, prepositions, conjunctions, pronouns).
    var functionWords: Int
    /// Ends in `.`, `!`, `?` or `…`, possibly followed by closing quotes or
    /// brackets; or, in a line of twelve words or more, in a closing quotation mark.
    var endsSentence: Bool
    /// Ends in `.`, `!`, `?` or `…` (closing quotes or brackets after it allowed).
    var endsWithStop: Bool
    /// Ends in `;` (a list item) or `:` (a line announcing what follows).
    var endsClause: Bool
    /// Ends in `:`.
    var endsWithColon: Bool
    /// Opens with a list mark (`-`, `–`, `—`, `•`, `*`).
    var opensWithListMark: Bool

    /// The fewest words of a real paragraph.
    static let paragraphWords = 6
    /// A line this long with a normal share of function words is prose even
    /// without final punctuation (a paragraph cut off by the scraper).
    static let runOnWords = 20
    /// The least share of function words of prose (Portuguese prose runs at
    /// 0.3–0.5; title-case bars and name lists near 0).
    static let functionShare = 0.12

    init(scalars: [Unicode.Scalar], tokens: [Token], functionWords set: WordSet) {
        var words = 0
        var function = 0
        for token in tokens where token.kind == .word {
            words += 1
            if set.contains(token.word) { function += 1 }
        }
        self.words = words
        self.functionWords = function
        var end = scalars.count
        while end > 0, scalars[end - 1].isSpaceLike { end -= 1 }
        var closers = end
        while closers > 0, scalars[closers - 1].isClosingQuote || scalars[closers - 1] == ")" || scalars[closers - 1] == "]" {
            closers -= 1
        }
        let last = closers > 0 ? scalars[closers - 1] : " "
        let closedByQuote = closers < end && scalars[closers..<end].contains { $0.isClosingQuote }
        endsWithStop = ".!?…".unicodeScalars.contains(last)
        // A quotation closing a long line ends it ("… disse: “Não vamos aceitar”");
        // a short one closing on a word is a headline's ("… e “aliados na Corte”").
        endsSentence = endsWithStop || (closedByQuote && last.isLetter && words >= 12)
        endsClause = closers == end && (last == ";" || last == ":")
        endsWithColon = closers == end && last == ":"
        // "- ", "• ", "*", or a number and "." or ")" ("1. ", "2) ").
        let start = scalars.firstIndex { !$0.isSpaceLike } ?? scalars.count
        var marked = start < scalars.count && "-–—•*·".unicodeScalars.contains(scalars[start])
        if !marked, start < scalars.count, scalars[start].isDigit {
            var j = start
            while j < scalars.count, scalars[j].isDigit { j += 1 }
            marked = j - start <= 2 && j + 1 < scalars.count && (scalars[j] == "." || scalars[j] == ")") && scalars[j + 1] == " "
        }
        opensWithListMark = marked
    }

    var share: Double { words == 0 ? 0 : Double(functionWords) / Double(words) }

    /// A line of prose: enough function words for its length.
    var hasProseShare: Bool { functionWords >= 1 && share >= Self.functionShare }

    /// A real paragraph: at least six words, a normal share of function
    /// words, and a sentence end — or twenty words of prose cut off.
    var isParagraph: Bool {
        guard hasProseShare else { return false }
        return (endsSentence && words >= Self.paragraphWords) || words >= Self.runOnWords
    }

    /// A short sentence: a sentence end, at least four words, a function
    /// word ("“Não há acordo”, disse o ministro."); or a list item ending in `;`.
    var isSentence: Bool {
        if isParagraph { return true }
        guard functionWords >= 1 else { return false }
        if endsSentence { return words >= 4 }
        return opensWithListMark && endsClause && !endsWithColon && words >= 3
    }

    /// The shape of a subheading: two to fifteen words, no list mark, no
    /// sentence end (a line ending in a colon may announce the paragraph).
    var isHeadingShape: Bool {
        !opensWithListMark && !endsWithStop && words >= 2 && words <= 15
    }

    /// The shape of a headline: at least three words, at most forty, no list mark.
    var isTitleShape: Bool {
        !opensWithListMark && !endsWithColon && words >= 3 && words <= 40
    }

    /// The shape of a standfirst under the headline: a sentence, or six words of prose.
    var isStandfirstShape: Bool {
        !opensWithListMark && (isSentence || (words >= Self.paragraphWords && hasProseShare))
    }

    /// The last line of a text cut off by the scraper: ten words of prose
    /// with a high share of function words, however it ends.
    var isCutParagraph: Bool {
        words >= 10 && functionWords >= 2 && share >= 0.2
    }
}
