/// The layout of a scraped page, read from where its real paragraphs lie
/// (``ProseMeasure/isParagraph``): a page is furniture, a headline and
/// standfirst, the article's paragraphs (with subheadings between them),
/// then more furniture. So, for lines the line signals left as body:
///
/// - before the first paragraph, only a headline and a standfirst are body;
/// - after the last paragraph, only sentences are;
/// - between paragraphs, a short unpunctuated line is body only when it
///   heads a paragraph (a subheading);
/// - under a related-links heading ("VEJA MAIS", "Mais lidas"), the lines
///   up to the next sentence are its list;
/// - below a comment prompt that follows the body, everything is the
///   comment section.
///
/// A page with no real paragraph (a teaser, a one-line item) is left alone.
enum PageLayout {
    /// What the layout needs of one line.
    struct Line {
        var verdict: BoilerplateFilter.Verdict
        var prose: ProseMeasure
        var isEmpty: Bool
    }

    /// Headings of related-link lists are short.
    static let listHeadingWords = 4

    /// Rewrites the verdicts of `lines`; `dated` gives the verdict of a
    /// removed line that states a date (a dateline inside it), so that the
    /// date is not lost with it.
    static func apply(_ lines: inout [Line], dated: (Int) -> BoilerplateFilter.Verdict?) {
        let present = lines.indices.filter { !lines[$0].isEmpty }
        func isBody(_ i: Int) -> Bool { lines[i].verdict == .body }
        func isParagraph(_ i: Int) -> Bool { isBody(i) && lines[i].prose.isParagraph }
        guard let first = present.first(where: isParagraph) else { return }
        func remove(_ i: Int, _ reason: BoilerplateReason) {
            lines[i].verdict = dated(i) ?? .boilerplate(reason)
        }

        // Related-link lists: the lines under a list heading, up to a sentence.
        var inList = false
        for i in present {
            if case .boilerplate(.relatedLink) = lines[i].verdict {
                inList = lines[i].prose.words <= listHeadingWords
                continue
            }
            guard inList, isBody(i) else { continue }
            if lines[i].prose.isSentence { inList = false } else { lines[i].verdict = .boilerplate(.relatedLink) }
        }

        // The comment section.
        let commentStart = present.first { i in i > first && lines[i].verdict == .boilerplate(.commentPrompt) }
        if let start = commentStart {
            for i in present where i > start && isBody(i) { lines[i].verdict = .boilerplate(.commentSection) }
        }
        let last = present.last(where: isParagraph) ?? first

        // Before the first paragraph: a headline, then a standfirst.
        var headline = false
        var standfirst = false
        for i in present where i < first && isBody(i) {
            let prose = lines[i].prose
            if !headline && prose.isTitleShape {
                headline = true
            } else if headline && !standfirst && prose.isStandfirstShape {
                standfirst = true
            } else {
                remove(i, .beforeBody)
            }
        }

        // Between paragraphs: sentences, and subheadings of the paragraph below.
        for (k, i) in present.enumerated() where i > first && i < last && isBody(i) && !lines[i].prose.isParagraph {
            let prose = lines[i].prose
            if prose.isSentence { continue }
            let next = k + 1 < present.count ? present[k + 1] : nil
            let headsParagraph = next.map(isParagraph) ?? false
            if headsParagraph && (prose.isHeadingShape || (prose.endsWithColon && prose.words <= 25)) { continue }
            remove(i, .shortLine)
        }

        // After the last paragraph: sentences only.
        for i in present where i > last && isBody(i) && !lines[i].prose.isSentence {
            remove(i, .afterBody)
        }
    }
}
