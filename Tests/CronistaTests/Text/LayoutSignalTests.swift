import Foundation
import Testing

@testable import Cronista

/// The layout signals of the text stage, each on real scraped text: the
/// dev articles 11–22 (sites the rules were not written for) and excerpts of
/// the stream (`Fixtures/stream`, see its README).
@Suite struct LayoutSignalTests {
    func analyze(_ path: String) throws -> Analysis {
        try Shared.analyzer().analyze(try Fixtures.article(path))
    }

    func reason(_ analysis: Analysis, _ line: String) -> BoilerplateReason? {
        analysis.document.boilerplate.first { $0.text == line }?.reason
    }

    func bodyLines(_ analysis: Analysis) -> [String] {
        analysis.document.text.split(separator: "\n").map(String.init)
    }

    /// The gold boilerplate of the new dev articles is removed, and nothing else.
    @Test(arguments: [
        "unseen/12_irao-ataque-drones-israel.txt", "unseen/13_mercosul-ue-assinatura-assuncao.txt",
        "unseen/17_g20-lula-bilaterais-rio.txt", "unseen/20_lourenco-visita-china-credito.txt",
        "unseen/21_collor-preso-maceio-moraes.txt", "unseen/22_trump-xi-busan-tregua-tarifas.txt",
    ])
    func devArticlesLoseExactlyTheirBoilerplate(path: String) throws {
        let raw = try Fixtures.text(path)
        let gold = try Fixtures.gold(path)
        let analysis = try analyze(path)
        #expect(Set(analysis.document.boilerplate.map(\.text)) == Set(gold.boilerplate), "\(path)")
        #expect(bodyLines(analysis) == BoilerplateTests.expectedBodyLines(raw, gold: gold), "\(path)")
        #expect(analysis.document.published == gold.published, "\(path)")
    }

    /// Each removed line says which signal fired.
    @Test func eachSignalNamesItself() throws {
        let g1 = try analyze("unseen/12_irao-ataque-drones-israel.txt")
        #expect(reason(g1, "14/04/2024 às 13:20") == .dateline)
        #expect(reason(g1, "Fonte: G1") == .credit)
        // "Share." ends in a full stop but is no sentence; the lexicon knows it too.
        #expect(reason(g1, "Share.") == .navigation)

        let reuters = try analyze("unseen/17_g20-lula-bilaterais-rio.txt")
        #expect(reason(reuters, "2 minutos") == .timestamp)
        #expect(reason(reuters, "Por Lisandra Paraguassu") == .byline)

        let collor = try analyze("unseen/21_collor-preso-maceio-moraes.txt")
        #expect(reason(collor, "- Michael Andrade") == .beforeBody)
        #expect(reason(collor, "- há 5 dias") == .timestamp)
        #expect(reason(collor, "- 1 min de leitura") == .timestamp)
        #expect(reason(collor, "Informações/ O Estadão") == .credit)
        #expect(reason(collor, "Comments") == .commentPrompt)
        // The headline stays, though no real paragraph.
        #expect(bodyLines(collor).first == "Ex-presidente Fernando Collor é preso em Alagoas após decisão de Moraes")

        let macauhub = try analyze("unseen/20_lourenco-visita-china-credito.txt")
        #expect(reason(macauhub, "Publicação da autoria de Fonte Externa:") == .afterBody)
        #expect(reason(macauhub, "Macauhub") == .credit)
        #expect(reason(macauhub, "03/10/2018") == .dateline)
        #expect(reason(macauhub, "Leave a Reply") == .commentPrompt)
        // A real paragraph, but below the comment prompt.
        #expect(
            reason(macauhub, "Este site utiliza o Akismet para reduzir spam. Fica a saber como são processados os dados dos comentários.")
                == .commentSection)

        let inforpress = try analyze("unseen/14_guine-bissau-golpe-cabo-verde.txt")
        #expect(reason(inforpress, "Inicio | Cooperação") == .beforeBody)
        // A two-digit year with "pm": a dateline, which dates the article.
        #expect(reason(inforpress, "27/11/25 - 03:47 pm") == .dateline)
        #expect(inforpress.document.published == "2025-11-27")
        #expect(inforpress.document.publishedFrom == .dateline)
    }

    @Test func realParagraphTest() throws {
        let analyzer = try Shared.analyzer()
        func prose(_ line: String) -> ProseMeasure {
            let scalars = line.scalarArray
            return ProseMeasure(
                scalars: scalars, tokens: analyzer.tokenizer.tokenize(scalars), functionWords: analyzer.resources.layout.functionWords)
        }
        // Dev 18 (observador.pt) and dev 11 (jornalf8.net), cut off mid-sentence.
        #expect(prose("Acusou também Maduro de ameaçar diretamente a atividade empresarial na zona, rica em recursos naturais.").isParagraph)
        #expect(prose("Lula deve discursar na abertura do Fórum Celac-China.").isParagraph)
        #expect(!prose("Dinheiro Vivo DN Brasil Men's Health Women's Health").isParagraph)
        #expect(!prose("Share.").isParagraph && !prose("Share.").isSentence)
        #expect(!prose("Marcelo indigita Luís Montenegro como primeiro-ministro").isParagraph)
        #expect(prose("Marcelo indigita Luís Montenegro como primeiro-ministro").isTitleShape)
        #expect(!prose("- Michael Andrade").isTitleShape)
        // A headline closing on a quotation is no sentence; a long quoted line is.
        #expect(!prose("EUA revogam visto de Moraes e \"aliados na Corte\"").isSentence)
        #expect(prose("“Quem ganha numa jornada cívica desta envergadura são os cabo-verdianos e as cabo-verdianas”").isParagraph)
    }

    /// A subheading heading a paragraph is kept; so are lists announced by a
    /// colon (COP30 on emtempo.com.br) and a quoted subheading (voaportugues.com).
    @Test func subheadingsAndListsKept() throws {
        let cop = try analyze("stream/emtempo-cop30.txt")
        let body = bodyLines(cop)
        #expect(body.contains("Balanço do Brasil e avanços na agenda climática"))
        #expect(body.contains("Marina citou avanços como:"))
        #expect(body.contains("reconhecimento do papel de povos indígenas, comunidades tradicionais e afrodescendentes;"))
        #expect(body.contains("Repercussão no G20"))
        #expect(reason(cop, "Pará") == .beforeBody)

        let voa = try analyze("stream/voa-neves-eleito.txt")
        #expect(bodyLines(voa).contains("\"Presidente de todos\""))
        #expect(voa.document.boilerplate.isEmpty, "\(voa.document.boilerplate)")

        // Dev 01: the site's subheadings between paragraphs.
        let uol = try analyze("dev/01_lula-chega-pequim.txt")
        #expect(bodyLines(uol).contains("O que aconteceu"))
        #expect(bodyLines(uol).contains("Agenda política em Pequim"))
    }

    /// The related headlines under "Leia Também" go, as a related-link list (jd1noticias.com).
    @Test func relatedHeadlineListRemoved() throws {
        let analysis = try analyze("stream/jd1noticias-relacionadas.txt")
        let headlines = [
            "Perícia conclui que pen drive encontrado em casa de Bolsonaro é irrelevante para investigação",
            "Eduardo Bolsonaro descarta renúncia",
            "EUA revogam visto de Moraes e \"aliados na Corte\"",
            "Senadores protocolam pedido de impeachment contra Cármen Lúcia",
        ]
        #expect(reason(analysis, "Leia Também") == .relatedLink)
        for headline in headlines {
            #expect(reason(analysis, headline) == .relatedLink, "\(headline)")
        }
        #expect(bodyLines(analysis).count == 4)
        // Dev 13: "VEJA MAIS" and its unexpanded template links.
        let liberal = try analyze("unseen/13_mercosul-ue-assinatura-assuncao.txt")
        #expect(reason(liberal, "VEJA MAIS") == .relatedLink)
        #expect(liberal.document.boilerplate.filter { $0.text.hasPrefix("[[(standard.Article)") }.count == 2)
    }

    /// Agency bylines and credit lines are recorded as `document.credit`.
    @Test func agencyCreditRecorded() throws {
        #expect(try analyze("unseen/22_trump-xi-busan-tregua-tarifas.txt").document.credit == "AFP")
        #expect(try analyze("dev/05_kremlin-residencia-putin.txt").document.credit == "Lusa")
        // From the dateline opening the lead: "BRASÍLIA (Reuters) – …", "Cidade da Praia, 27 Nov (Inforpress) - …".
        #expect(try analyze("unseen/17_g20-lula-bilaterais-rio.txt").document.credit == "Reuters")
        #expect(try analyze("unseen/14_guine-bissau-golpe-cabo-verde.txt").document.credit == "Inforpress")
        // A site credit that names no agency records none.
        #expect(try analyze("unseen/12_irao-ataque-drones-israel.txt").document.credit == nil)
        // The field is in the JSON only when set.
        let json = String(decoding: try JSONEncoder().encode(try analyze("unseen/22_trump-xi-busan-tregua-tarifas.txt")), as: UTF8.self)
        #expect(json.contains("\"credit\":\"AFP\""))
        let none = String(decoding: try JSONEncoder().encode(try analyze("unseen/12_irao-ataque-drones-israel.txt")), as: UTF8.self)
        #expect(!none.contains("\"credit\":"))
    }

    /// Lines several articles of one site share are its template, within a batch.
    @Test func siteTemplateWithinABatch() throws {
        let records = ArticleReader().read(try Fixtures.bytes("stream/rtp-three-articles.jsonl"), source: "rtp.jsonl", format: .jsonLines)
        let articles = try records.map { try $0.get() }
        #expect(articles.count == 3)
        #expect(Set(articles.map { SiteTemplate.site(of: $0.source) }) == ["rtp.pt"])
        let notice = "Este site utiliza o Akismet para reduzir spam. Fica a saber como são processados os dados dos comentários."
        let analyzer = try Shared.analyzer()
        // Alone, the notice reads as a paragraph and stays.
        #expect(analyzer.analyze(articles[0]).document.text.hasSuffix(notice))
        var tally = SiteTemplate.Tally()
        for article in articles.prefix(2) { tally.add(article) }
        #expect(tally.template(site: "rtp.pt").isEmpty)
        tally.add(articles[2])
        let template = tally.template(site: "rtp.pt")
        #expect(template == [SiteTemplate.key(notice)])
        for article in articles {
            let analysis = analyzer.analyze(article, siteTemplate: template)
            #expect(analysis.document.boilerplate.contains(BoilerplateLine(line: analysis.document.boilerplate.last!.line, text: notice, reason: .siteTemplate)))
            #expect(!analysis.document.text.contains("Akismet"))
        }
        // Digits do not matter, case and accents neither.
        #expect(SiteTemplate.key("0 Comentários") == SiteTemplate.key("12 comentarios"))
        #expect(SiteTemplate.site(of: "https://www.rtp.pt/noticias/x") == "rtp.pt")
        #expect(SiteTemplate.site(of: "corpus/dn/artigo.txt") == "corpus/dn")
        #expect(SiteTemplate.site(of: "dump/feed.jsonl#s1") == "dump")
    }
}
