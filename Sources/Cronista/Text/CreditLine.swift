/// Reads credit and byline lines — who wrote or supplied the article, not
/// the article itself — and the agencies they name: "Com informações da
/// AFP*", "Fonte: G1", "Informações/ O Estadão", "Por Lisandra Paraguassu",
/// "Lusa", "Reuters/AFP"; and the agency of a dateline opening the lead
/// ("BRASÍLIA (Reuters) – …", "Cidade da Praia, 27 Nov (Inforpress) - …").
struct CreditReader: Sendable {
    let lexicon: LayoutLexicon

    /// Credit lines are short.
    static let maximumWords = 10

    enum Kind: Equatable {
        /// A source or agency credit.
        case credit
        /// The author's name.
        case byline
    }

    /// The kind of credit line `line` is and the agencies it names, or nil
    /// when it is not one. `prose` is the line's ``ProseMeasure``.
    func read(_ line: [Unicode.Scalar], prose: ProseMeasure) -> (kind: Kind, agencies: [String])? {
        let text = String(scalars: line[...])
        let words = LayoutLexicon.words(text)
        guard !words.isEmpty, words.count <= Self.maximumWords else { return nil }
        // Agency names alone: "Lusa", "AFP/Reuters", "(Com Lusa)" is below.
        if lexicon.isAgenciesOnly(words) { return (.credit, lexicon.agencies(in: words)) }
        if !prose.endsSentence, let rest = Self.after(lexicon.sourceOpeners, in: words, text: text) {
            let opensOn = rest.text.unicodeScalars.first { !$0.isSpaceLike }
            let linked = opensOn.map { ":/|(".unicodeScalars.contains($0) } ?? true
            let ofWhom = rest.words.first.map { ["de", "da", "do", "das", "dos", "a", "o"].contains($0) } ?? false
            if linked || ofWhom || lexicon.isAgenciesOnly(rest.words) {
                return (.credit, lexicon.agencies(in: rest.words))
            }
        }
        if !prose.endsSentence, !line.contains(","), let rest = Self.after(lexicon.bylineOpeners, in: words, text: text),
            (1...5).contains(rest.words.count)
        {
            // The rest must be a name: capitalised words and their particles.
            let names = rest.text.split(whereSeparator: { $0 == " " || $0 == ":" })
            let isName = names.allSatisfy { word in
                guard let first = word.unicodeScalars.first else { return true }
                return first.isUppercaseLetter || ["de", "da", "do", "dos", "das", "e"].contains(word)
            }
            if isName { return (.byline, lexicon.agencies(in: rest.words)) }
        }
        return nil
    }

    /// The agencies a dateline opening `line` names: a few words, the agency
    /// in brackets, then a dash or colon.
    func datelineAgencies(_ line: [Unicode.Scalar]) -> [String] {
        guard let first = line.first, first.isUppercaseLetter else { return [] }
        guard let open = line.prefix(80).firstIndex(of: "("), let close = line[open...].prefix(40).firstIndex(of: ")") else { return [] }
        let before = line[..<open].split(separator: " ")
        guard !before.isEmpty, before.count <= 6 else { return [] }
        let after = line[(close + 1)...].drop { $0 == " " }
        guard let mark = after.first, "-–—:".unicodeScalars.contains(mark) else { return [] }
        let words = LayoutLexicon.words(String(scalars: line[(open + 1)..<close]))
        return lexicon.isAgenciesOnly(words) ? lexicon.agencies(in: words) : []
    }

    /// The words and text of a line after the first of `openers` it opens
    /// with (a line opening with a list mark or bracket is read past it).
    static func after(_ openers: [[String]], in words: [String], text: String) -> (words: [String], text: Substring)? {
        for opener in openers where words.count >= opener.count && Array(words.prefix(opener.count)) == opener {
            // Walk the text past the opener's words to keep the marks that follow.
            var scalars = Substring(text)
            var remaining = opener.count
            while remaining > 0, !scalars.isEmpty {
                scalars = scalars.drop { !($0.isLetter || $0.isNumber) }
                scalars = scalars.drop { $0.isLetter || $0.isNumber }
                remaining -= 1
            }
            return (Array(words.dropFirst(opener.count)), scalars)
        }
        return nil
    }
}
