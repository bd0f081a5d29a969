import Testing

@testable import Cronista

/// The article body, title and date taken from an HTML page.
@Suite struct HTMLArticleExtractorTests {
    static let paragraphs = [
        "O Presidente russo, Vladimir Putin, recebeu esta segunda-feira a ministra dos Negócios Estrangeiros norte-coreana, Choe Son-hui, no Kremlin, anunciou a presidência russa.",
        "Segundo o porta-voz Dmitri Peskov, o encontro \"decorreu num ambiente cordial\" e serviu para preparar a próxima cimeira entre os dois países.",
        "“As relações entre Moscovo e Pyongyang estão no seu melhor momento”, afirmou Choe, citada pela agência KCNA – que não deu mais pormenores.",
        "A visita acontece uma semana depois de a Coreia do Sul ter acusado Pyongyang de enviar cerca de 10.000 soldados para a Rússia.",
    ]

    /// Text of the page furniture that must not reach the body.
    static let furniture = [
        "Diário Exemplo", "O seu jornal", "Política", "Desporto", "Partilhar", "Copiar ligação", "Foto:",
        "Sputnik/Reuters", "Leia também", "Kim Jong-un visita", "sanções", "Comentários", "Deixe o seu comentário",
        "Publicar", "Excelente artigo", "direitos reservados", "privacidade", "dataLayer", "font-family", "querySelectorAll",
    ]

    @Test func realisticNewsPage() throws {
        let page = HTMLArticleExtractor().extract(try Fixtures.text("html/noticia-completa.html"))
        #expect(page.title == "Putin recebe ministra norte-coreana em Moscovo")
        #expect(page.published == "2024-11-04")
        // The headline, then the paragraphs, each on a line of its own; nothing else.
        #expect(page.text == (["Putin recebe ministra norte-coreana em Moscovo"] + Self.paragraphs).joined(separator: "\n"))
        for junk in Self.furniture {
            #expect(!page.text.contains(junk), "furniture in the body: \(junk)")
        }
    }

    @Test func entitiesAreDecoded() throws {
        let page = HTMLArticleExtractor().extract(try Fixtures.text("html/noticia-completa.html"))
        #expect(page.text.contains("Negócios"))
        #expect(page.text.contains("\"decorreu num ambiente cordial\""))
        #expect(page.text.contains("“As relações"))
        #expect(page.text.contains("momento”,"))
        #expect(!page.text.contains("&"))
    }

    @Test func pageThroughTheReaderAndAnalyzer() throws {
        let bytes = try Fixtures.bytes("html/noticia-completa.html")
        let results = ArticleReader().read(bytes, source: "noticia-completa.html", format: .html)
        #expect(results.count == 1)
        let article = try #require(try results.first?.get())
        #expect(article.id == SHA256.hex(bytes))
        #expect(article.title == "Putin recebe ministra norte-coreana em Moscovo")
        #expect(article.published == "2024-11-04")
        #expect(article.publishedFrom == .header)

        let analysis = try Shared.analyzer().analyze(article, fallbackPublished: "2030-01-01")
        #expect(analysis.document.title == "Putin recebe ministra norte-coreana em Moscovo")
        #expect(analysis.document.published == "2024-11-04")
        #expect(analysis.document.publishedFrom == .header)
        #expect(analysis.document.variant == .european)
        #expect(analysis.document.boilerplate.isEmpty)
        #expect(analysis.sentences.count == 5)
    }

    @Test func jsonLDDateWhenNoMetaTag() {
        let html = """
            <html><head><title>Cimeira em Bruxelas</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cimeira em Bruxelas",
             "datePublished": "2023-10-18T09:30:00+01:00", "dateModified": "2023-10-19T10:00:00+01:00"}
            </script></head>
            <body><article><p>Os líderes europeus reuniram-se em Bruxelas para uma cimeira de dois dias sobre a defesa comum e o apoio à Ucrânia, anunciou o Conselho Europeu.</p>
            <p>A reunião terminou sem acordo sobre o financiamento, disseram fontes diplomáticas à agência Lusa.</p></article></body></html>
            """
        let page = HTMLArticleExtractor().extract(html)
        #expect(page.published == "2023-10-18")
        #expect(!page.text.contains("schema.org"))
        #expect(page.text.split(separator: "\n").count == 2)
    }

    @Test func timeElementDate() {
        let html = """
            <body><article><h1>Greve de professores</h1><p class="meta">Por <b>Redação</b>, <time datetime="2024-02-05T08:00">5 de fevereiro</time></p>
            <p>Os professores voltaram a fazer greve esta segunda-feira em Lisboa, numa manifestação convocada pelo sindicato STOP que juntou milhares de pessoas.</p></article></body>
            """
        #expect(HTMLArticleExtractor().extract(html).published == "2024-02-05")
    }

    @Test func pageWithoutArticleElement() {
        let html = """
            <!doctype html><html><head><title>Kremlin acusa Kiev &ndash; Jornal</title></head>
            <body>
            <div class="menu"><a href="/">Início</a> <a href="/mundo">Mundo</a></div>
            <div id="content">
              <h2>Kremlin acusa Kiev</h2>
              <p>O Kremlin declarou esta terça-feira que vai endurecer a posição à mesa das negociações.</p>
              <p>Peskov adiantou que todos os drones foram destruídos.<br>Mais pormenores serão dados amanhã.</p>
              <div class="share-buttons"><a>Partilhar</a></div>
            </div>
            <div class="newsletter-signup">Subscreva a newsletter</div>
            <footer>Jornal &copy; 2025</footer>
            </body></html>
            """
        let page = HTMLArticleExtractor().extract(html)
        #expect(page.published == nil)
        #expect(
            page.text == """
                Kremlin acusa Kiev
                O Kremlin declarou esta terça-feira que vai endurecer a posição à mesa das negociações.
                Peskov adiantou que todos os drones foram destruídos.
                Mais pormenores serão dados amanhã.
                """)
    }

    /// With no og:title and no h1, the <title> element names the page.
    @Test
    func titleElementWhenNoMetaTitleOrHeadline() {
        let html = """
            <html><head><title>Kremlin acusa Kiev &ndash; Jornal</title></head>
            <body><p>O Kremlin declarou esta terça-feira que vai endurecer a posição à mesa das negociações.</p></body></html>
            """
        #expect(HTMLArticleExtractor().extract(html).title == "Kremlin acusa Kiev – Jornal")
    }

    /// og:title wins over the <title> element and the headline.
    @Test func metaTitleWins() {
        let html = """
            <html><head><title>Site | Outra coisa</title><meta name="twitter:title" content="Cimeira &amp; acordo"></head>
            <body><h1>Título da página</h1><p>Os líderes reuniram-se em Bruxelas.</p></body></html>
            """
        #expect(HTMLArticleExtractor().extract(html).title == "Cimeira & acordo")
        #expect(HTMLArticleExtractor().extract("<body><h1>Título  da\n página</h1><p>Texto.</p></body>").title == "Título da página")
    }

    @Test func tolerantOfBrokenMarkup() {
        let html = "<p>Primeiro parágrafo <b>sem fecho<p>Segundo parágrafo com 3 < 5 e 7 > 2.</div></span><p>Terceiro"
        let page = HTMLArticleExtractor().extract(html)
        #expect(page.text == "Primeiro parágrafo sem fecho\nSegundo parágrafo com 3 < 5 e 7 > 2.\nTerceiro")
    }

    @Test func pageWithoutTextIsRefused() {
        let html = Array("<html><head><script>var x = 1;</script></head><body><nav>Menu</nav><img src=a.png></body></html>".utf8)
        let results = ArticleReader().read(html, source: "vazia.html", format: .html)
        guard case .failure(let f)? = results.first else {
            Issue.record("a page with no text was read")
            return
        }
        #expect(f.input == "vazia.html")
        #expect(f.reason.contains("no article text"))
    }
}

/// HTML structure as a signal: a line that is mostly link text (a related
/// headline) and blocks whose class names a "most read" list are dropped; a
/// paragraph with a link in it and a headline that is a link stay. Text from
/// dev 13 (oliberal.com).
@Suite struct HTMLStructureSignalTests {
    @Test func linkDenseLinesAndFurnitureClassesDropped() {
        let html = """
            <html><body><div class="conteudo">
            <h1><a href="/mundo/acordo">Acordo Mercosul-União Europeia é assinado após mais de 25 anos de tratativas</a></h1>
            <p>Depois de mais de 25 anos de negociações, foi oficialmente assinado o acordo econômico entre os países do Mercosul e a União Europeia.</p>
            <div><a href="/a">Orsi: Acordo Mercosul-UE reafirma decisão de apostar nas regras em tempos de volatilidade</a></div>
            <p>Durante seu discurso, Peña mencionou o presidente do Brasil, <a href="/lula">Luiz Inácio Lula da Silva</a> (PT), que não compareceu à cerimônia.</p>
            <div class="mais-lidas"><p>Von der Leyen: Acordo irá criar empregos, oportunidades e prosperidade em ambos os lados.</p></div>
            </div></body></html>
            """
        let lines = HTMLArticleExtractor().extract(html).text.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Acordo Mercosul-União Europeia é assinado após mais de 25 anos de tratativas",
                "Depois de mais de 25 anos de negociações, foi oficialmente assinado o acordo econômico entre os países do Mercosul e a União Europeia.",
                "Durante seu discurso, Peña mencionou o presidente do Brasil, Luiz Inácio Lula da Silva (PT), que não compareceu à cerimônia.",
            ])
    }
}
