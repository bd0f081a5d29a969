/// The layout of a scraped page, read from where its real paragraphs lie
/// (``ProseMeasure/isParagraph``): a page is furniture, a headline and
/// standfirst, the article's paragraphs (with subheadings between them),
/// then more furniture. So, for lines the line signals left as body:
///
/// - before the first paragraph, only a headline and a standfirst are body;
/// - after the last paragraph, only sentences are;
/// - between paragraphs, a short unpunctuated line is body only when it
///   heads a paragraph (a subheading) or belongs to a list (a run of lines
///   announced by a colon, or marked with dashes, bullets or numbers, or
///   ending in semicolons);
/// - the last line of a text cut off mid-paragraph is a paragraph;
/// - under a related-links heading ("VEJA MAIS", "Mais lidas"), the lines
///   up to the next sentence are its list;
/// - below a comment prompt that follows the body, everything is the
///   comment section.
///
/// Lines the site's other articles share are boilerplate too, unless they
/// head a paragraph (a site's recurring subheading, "O que aconteceu").
/// A page with no real paragraph (a teaser, a one-line item) is left alone
/// but for those.
enum PageLayout {
    /// What the layout needs of one line.
    struct Line {
        var verdict: BoilerplateFilter.Verdict
        var prose: ProseMeasure
        var isEmpty: Bool
        /// Shared by other articles of the site (``SiteTemplate``).
        var isSiteTemplate = false
    }

    /// Headings of related-link lists are short.
    static let listHeadingWords = 4

    /// Rewrites the verdicts of `lines`; `dated` gives the verdict of a
    /// removed line that states a date (a dateline inside it), so that the
    /// date is not lost with it.
    static func apply(_ lines: inout [Line], dated: (Int) -> BoilerplateFilter.Verdict?) {
        let present = lines.indices.filter { !lines[$0].isEmpty }
        func isBody(_ i: Int) -> Bool { lines[i].verdict == .body }
        let final = present.last
        func isParagraph(_ i: Int) -> Bool {
            isBody(i) && (lines[i].prose.isParagraph || (i == final && lines[i].prose.isCutParagraph))
        }
        defer {
            for (k, i) in present.enumerated() where lines[i].isSiteTemplate && isBody(i) {
                let next = k + 1 < present.count ? present[k + 1] : nil
                let heads = lines[i].prose.isHeadingShape && (next.map(isParagraph) ?? false)
                if !heads { lines[i].verdict = .boilerplate(.siteTemplate) }
            }
        }
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

        // Lists: runs of non-paragraph body lines after the first paragraph,
        // announced by a colon or marked as items (after the last paragraph,
        // only announced ones).
        var listed = Set<Int>()
        var k = 0
        while k < present.count {
            let i = present[k]
            guard i > first, isBody(i), !isParagraph(i) else { k += 1; continue }
            var run: [Int] = []
            while k < present.count, isBody(present[k]), !isParagraph(present[k]) {
                run.append(present[k])
                k += 1
            }
            let before = present.firstIndex(of: run[0]).flatMap { $0 > 0 ? present[$0 - 1] : nil }
            let announced = (before.map { isBody($0) && lines[$0].prose.endsWithColon } ?? false) || (run.count >= 2 && lines[run[0]].prose.endsWithColon)
            let items = run.filter { lines[$0].prose.opensWithListMark }.count
            let clauses = run.filter { lines[$0].prose.endsClause && !lines[$0].prose.endsWithColon }.count
            // Headline lists are not punctuated; items ending in semicolons are a list anywhere.
            if announced || clauses >= 2 || (items >= 2 && run[0] < last) { listed.formUnion(run) }
        }

        // Between paragraphs: sentences, list items, and subheadings of the paragraph below.
        for (k, i) in present.enumerated() where i > first && i < last && isBody(i) && !isParagraph(i) && !listed.contains(i) {
            let prose = lines[i].prose
            if prose.isSentence { continue }
            let next = k + 1 < present.count ? present[k + 1] : nil
            let headsParagraph = next.map(isParagraph) ?? false
            if headsParagraph && (prose.isHeadingShape || (prose.endsWithColon && prose.words <= 25)) { continue }
            remove(i, .shortLine)
        }

        // After the last paragraph: sentences only.
        for i in present where i > last && isBody(i) && !isParagraph(i) && !lines[i].prose.isSentence && !listed.contains(i) {
            remove(i, .afterBody)
        }
    }
}
