import Testing

@testable import Cronista

/// The date the events stage gives a clause: its own timex, else its
/// sentence's, else the article's time focus.
@Suite struct ClauseDatingTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer.portuguese()
    }

    /// The date of the clause around `word` in `text`, analysed with `published`.
    func date(of word: String, in text: String, published: String?) -> String? {
        let analysis = analyzer.analyze(Article(id: "t", source: "t", published: published, publishedFrom: .input, text: text))
        let scalars = Array(analysis.document.text.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        let position = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        let sentence = analysis.sentences.first { $0.start <= position && position < $0.end }!
        let clauseEnd = scalars[position...].firstIndex { $0 == "," || $0 == "." } ?? sentence.end
        let clauseStart = (scalars[..<position].lastIndex { $0 == "," }).map { $0 + 1 } ?? sentence.start
        let dating = ClauseDating(timexes: analysis.timexes, documentDate: published)
        return dating.date(
            clause: TextSpan(start: max(clauseStart, sentence.start), end: min(clauseEnd, sentence.end)),
            sentence: sentence, at: position)?.value
    }

    @Test func clauseTimexComesFirst() {
        let text = "A Rússia invadiu a Ucrânia em fevereiro de 2022, e Kim visitou Moscovo em setembro de 2023."
        #expect(date(of: "invadiu", in: text, published: "2024-01") == "2022-02")
        #expect(date(of: "visitou", in: text, published: "2024-01") == "2023-09")
    }

    @Test func sentenceTimexWhenTheClauseHasNone() {
        let text = "Na segunda-feira, 15 de janeiro, a ministra chegou a Moscovo."
        #expect(date(of: "chegou", in: text, published: "2024-01-18") == "2024-01-15")
    }

    @Test func timeFocusWhenTheSentenceHasNone() {
        let text = "Os dois países concordaram em melhorar a coordenação."
        #expect(date(of: "concordaram", in: text, published: "2024-01") == "2024-01")
        #expect(date(of: "concordaram", in: text, published: nil) == nil)
    }

    @Test func rangesGiveTheirFirstDayAndYearlessDatesNone() {
        #expect(date(of: "visita", in: "A visita decorreu de 07 a 09 de maio de 2025.", published: nil) == "2025-05-07")
        #expect(date(of: "visita", in: "A visita decorreu a 3 de maio.", published: nil) == nil)
    }
}
