extension EntityRecognizer.Scan {
    /// "Lula ainda receberá…", "Ali dirigiu-se…": a capitalised word opening a
    /// sentence is taken for a common word when the dictionary has one of that
    /// spelling ("lula", a squid; "ali", there), but the article writes it as a
    /// person's name, or a full name's last word, elsewhere. Such a word becomes a tentative mention, which
    /// joins that person (``EntityAssembler``).
    mutating func addSentenceOpeningNames() {
        var covered = [Bool](repeating: false, count: tokens.count)
        var names: Set<String> = []
        for m in mentions {
            for k in m.first..<m.end { covered[k] = true }
            guard !m.tentative, m.end - m.first > 1 || !sentenceStart[m.first] else { continue }
            switch m.kind {
            // The name itself, or the surname of a full name ("Ali" of "Irfaan Ali").
            case .name(.person, _), .known(.person): names.insert(folded(m.end - 1))
            default: break
            }
        }
        guard !names.isEmpty else { return }
        var added: [Mention] = []
        for i in tokens.indices where sentenceStart[i] && !covered[i] && tokens[i].kind == .word && tokens[i].isCapitalized {
            guard i + 1 >= tokens.count || !tokens[i + 1].isCapitalized, names.contains(folded(i)) else { continue }
            var mention = Mention(first: i, end: i + 1, kind: .name(.person, sector: nil))
            mention.tentative = true
            added.append(mention)
        }
        guard !added.isEmpty else { return }
        mentions = (mentions + added).enumerated().sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(\.element)
    }

    private func folded(_ i: Int) -> String { TextFolding.fold(scalars: scalars[tokens[i].start..<tokens[i].end]) }
}
