import Foundation

/// Decides, line by line, what of a scraped page is article body.
///
/// The signals are general, and each removed line says which one fired:
/// phrases from the language's boilerplate lexicon (related links, comment
/// prompts, buttons: one signal among several); line shapes — lines with no
/// words (stray markup), datelines, timestamps, agency credits and bylines
/// ("DN/Lusa", "Com informações da AFP", "Por Fulano"), photo captions
/// ("Name Surname, role" without a verb or full stop; lines carrying a photo
/// credit), Title-Case navigation bars, social-media embeds; lines repeated
/// from earlier in the page or shared by other articles of the same site;
/// and the page's layout around its real paragraphs (``PageLayout``).
public struct BoilerplateFilter: Sendable {
    let lexicon: BoilerplateLexicon
    let datelines: DatelineReader
    let tokenizer: Tokenizer
    let layout: LayoutLexicon
    let credits: CreditReader
    let timestamps: TimestampReader

    public init(lexicon: BoilerplateLexicon, datelines: DatelineReader, tokenizer: Tokenizer, layout: LayoutLexicon = LayoutLexicon()) {
        self.lexicon = lexicon
        self.datelines = datelines
        self.tokenizer = tokenizer
        self.layout = layout
        self.credits = CreditReader(lexicon: layout)
        self.timestamps = TimestampReader(lexicon: layout)
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
    public func classify(_ lines: [String], siteTemplate: Set<UInt64> = []) -> [Verdict] {
        classifyLines(lines, siteTemplate: siteTemplate).map(\.verdict)
    }

    /// A line with its verdict, scalars and tokens (offsets within the line),
    /// so that the body need not be decoded and tokenised again.
    struct ClassifiedLine {
        var verdict: Verdict
        var scalars: [Unicode.Scalar]
        var tokens: [Token]
        var prose: ProseMeasure
        /// The agencies a credit line or byline names.
        var agencies: [String] = []
        /// Whether the site's other articles share the line.
        var isSiteTemplate = false
    }

    /// Classifies `lines` (spaces normalised; empty lines are skipped by the
    /// layout): each line on its own, then lines repeated in the page or in
    /// `siteTemplate` (keys of ``SiteTemplate/key(_:)``), then the layout.
    func classifyLines(_ lines: [String], siteTemplate: Set<UInt64> = []) -> [ClassifiedLine] {
        var seen: Set<UInt64> = []
        var classified = lines.map { line in
            var classified = classify(shape: LineShape(line))
            if classified.verdict == .body, !siteTemplate.isEmpty, siteTemplate.contains(SiteTemplate.key(line)) {
                classified.isSiteTemplate = true
                // A repeated paragraph is no paragraph of the article's; other
                // repeated lines are judged after the layout (a subheading stays).
                if classified.prose.isParagraph { classified.verdict = .boilerplate(.siteTemplate) }
            }
            if classified.verdict == .body, line.utf8.count >= 30 {
                // Keyed by a 64-bit FNV-1a hash of the bytes: hashing a String
                // normalises it first, which is slow.
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                if !seen.insert(hash).inserted { classified.verdict = .boilerplate(.duplicate) }
            }
            return classified
        }
        var layoutLines = classified.enumerated().map { index, line in
            PageLayout.Line(verdict: line.verdict, prose: line.prose, isEmpty: lines[index].isEmpty, isSiteTemplate: line.isSiteTemplate)
        }
        PageLayout.apply(&layoutLines) { index in datelines.date(inSegmentsOf: lines[index]).map(Verdict.dateline) }
        for index in classified.indices { classified[index].verdict = layoutLines[index].verdict }
        return classified
    }

    /// Classifies one line on its own.
    public func classify(line: String) -> Verdict {
        classify(shape: LineShape(line)).verdict
    }

    private func classify(shape: LineShape) -> ClassifiedLine {
        let tokens = tokenizer.tokenize(shape.scalars)
        let prose = ProseMeasure(scalars: shape.scalars, tokens: tokens, functionWords: layout.functionWords)
        func result(_ verdict: Verdict, agencies: [String] = []) -> ClassifiedLine {
            ClassifiedLine(verdict: verdict, scalars: shape.scalars, tokens: tokens, prose: prose, agencies: agencies)
        }
        if !shape.hasAlphanumeric { return result(.boilerplate(.markup)) }
        if shape.looksLikeMarkup { return result(.boilerplate(.markup)) }
        if shape.wordCount <= DatelineReader.maximumWords, let date = datelines.date(inLine: shape.text) {
            return result(.dateline(date))
        }
        if shape.isCredit { return result(.boilerplate(.credit), agencies: layout.agencies(in: LayoutLexicon.words(shape.text))) }
        if shape.wordCount <= TimestampReader.maximumWords, timestamps.isTimestamp(shape.scalars) {
            return result(.boilerplate(.timestamp))
        }
        if shape.wordCount <= CreditReader.maximumWords, let credit = credits.read(shape.scalars, prose: prose) {
            return result(.boilerplate(credit.kind == .byline ? .byline : .credit), agencies: credit.agencies)
        }
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
        return result(.body, agencies: credits.datelineAgencies(shape.scalars))
    }
}
