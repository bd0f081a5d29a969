import Testing

@testable import Cronista

/// Quotations and their speakers, on passages of the seed and dev articles.
@Suite struct QuoteExtractorTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer.portuguese()
    }

    /// (first words of the quotation, speaker name or nil) of every quotation in `text`.
    func quotes(_ text: String) -> [(String, String?)] {
        let analysis = analyzer.analyze(Article(id: "t", source: "t", published: "2024-01", publishedFrom: .input, text: text))
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        return analysis.quotes.map { (String($0.text.prefix(20)), $0.speaker.flatMap { names[$0] }) }
    }

    @Test func cueAfterTheQuotationNamesTheSpeaker() {
        let found = quotes("\"Apreciamos muito seu apoio de princípio\", disse Serguei Lavrov, citado pela agência Ria Novosti.")
        #expect(found.count == 1)
        #expect(found.first?.1 == "Sergei Lavrov")
    }

    @Test func aNewsOutletIsNotTheSpeakerOfWhoTalkedToIt() {
        let found = quotes(
            "Em declarações à agência Lusa, o coordenador nacional do STOP, André Pestana, disse que todos exigem uma \"escola pública de qualidade e de excelência\".")
        #expect(found.first?.1 == "André Pestana", "\(found)")
    }

    @Test func theOutletNamedBeforeSpeaksAsTheAgency() {
        let found = quotes(
            "A agência KCNA noticiou a visita. A visita ocorreu \"numa altura em que as relações entre os dois países entraram num novo curso\", afirmou ainda a agência estatal.")
        #expect(found.first?.1 == "KCNA", "\(found)")
    }

    @Test func aSubjectlessCueContinuesTheWriterOfTheSentenceBefore() {
        let found = quotes(
            "O ministro dos Negócios Estrangeiros ucraniano, Andrii Sybiga, negou qualquer ataque à propriedade de Putin.\n“Quase um dia se passou e a Rússia ainda não apresentou nenhuma prova”, escreveu nas redes sociais, sublinhando: \"E não apresentará. Porque não há provas\".")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.1 == "Andrii Sybiha" }, "\(found)")
    }

    @Test func aStatementSpeaksForTheMinistryThatIssuedIt() {
        let issued = quotes(
            "Em comunicado, o Ministério do Comércio em Pequim afirmou que adotará tarifas. \"Os EUA insistem em elevar tarifas\", afirma ainda o texto.")
        #expect(issued.first?.1 == "Ministério do Comércio", "\(issued)")
        let anonymous = quotes("\"Foi realizada uma discussão confidencial sobre segurança\", referiu o comunicado.")
        #expect(anonymous.first?.1 == nil, "\(anonymous)")
    }
}
