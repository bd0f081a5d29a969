import Testing

@testable import Cronista

/// The article's published date: metadata header, dateline, input, fallback.
@Suite struct PublishedDateTests {
    @Test(arguments: Fixtures.annotated)
    func goldPublishedDateOfRealArticles(path: String) throws {
        let gold = try Fixtures.gold(path)
        let document = try Shared.analyzer().analyze(try Fixtures.article(path)).document
        #expect(document.published == gold.published, "\(path)")
        #expect((document.published == nil) == (document.publishedFrom == nil), "\(path)")
    }

    @Test func metadataHeaderLine() throws {
        let analysis = try Shared.analyze(" date 2024-01\nO ministro chegou a Luanda para uma visita oficial.", header: true)
        #expect(analysis.document.published == "2024-01")
        #expect(analysis.document.publishedFrom == .header)
        #expect(analysis.document.text == "O ministro chegou a Luanda para uma visita oficial.")
        // The header line is metadata, not body; it is accounted for as removed.
        #expect(analysis.document.boilerplate.map(\.text) == [" date 2024-01"])
    }

    @Test func metadataHeaderFollowedByTheArticleOnTheSameLine() throws {
        let analysis = try Shared.analyze(" date 2025-05 O presidente chegou a Pequim na tarde de hoje.\nLula deve discursar na abertura do fórum.", header: true)
        #expect(analysis.document.published == "2025-05")
        #expect(analysis.document.publishedFrom == .header)
        #expect(analysis.document.text == "O presidente chegou a Pequim na tarde de hoje.\nLula deve discursar na abertura do fórum.")
        #expect(analysis.document.boilerplate.isEmpty)
    }

    /// Only corpus text reads a header: elsewhere the line is ordinary text.
    @Test func headerIgnoredWhenTheInputCannotHaveOne() throws {
        let analysis = try Shared.analyze(" date 2024-01 O ministro chegou.", header: false)
        #expect(analysis.document.published == nil)
    }

    @Test func malformedHeaderIsNotAHeader() throws {
        for line in [" date 2024-13 O ministro chegou.", " date 24-01 O ministro chegou.", " data 2024-01 O ministro chegou."] {
            let analysis = try Shared.analyze(line, header: true)
            #expect(analysis.document.published == nil, "\(line)")
            #expect(analysis.document.text == line.trimmingCharacters(in: .whitespaces), "\(line)")
        }
    }

    /// dev 08: ` date 2018-09 18/09/2018 | 04:43`: the dateline refines the header's month to the day.
    @Test func datelineRefinesTheHeader() throws {
        let document = try Shared.analyzer().analyze(try Fixtures.article("dev/08_china-retaliacao-tarifas-eua.txt")).document
        #expect(document.published == "2018-09-18")
        #expect(document.publishedFrom == .dateline)
        #expect(!document.text.contains("04:43"))
    }

    /// A dateline that contradicts the header does not override it.
    @Test func inconsistentDatelineDoesNotOverrideTheHeader() throws {
        let analysis = try Shared.analyze(" date 2024-01\n18/09/2018 | 04:43\nO ministro chegou a Luanda.", header: true)
        #expect(analysis.document.published == "2024-01")
        #expect(analysis.document.publishedFrom == .header)
    }

    @Test func noDateAnywhereIsNull() throws {
        let document = try Shared.analyzer().analyze(try Fixtures.article("seeds/000_7a8fabd987615f2e.txt")).document
        #expect(document.published == nil)
        #expect(document.publishedFrom == nil)
        // A year in the body is not the publication date.
        let analysis = try Shared.analyze("Em 2018, o ministro visitou Luanda.\nO acordo foi assinado em 19 de junho de 2024.")
        #expect(analysis.document.published == nil)
    }

    @Test func fallbackOnlyWhenTheArticleStatesNoDate() throws {
        let none = try Shared.analyze("O ministro chegou a Luanda.", fallback: "2024-05-01")
        #expect(none.document.published == "2024-05-01")
        #expect(none.document.publishedFrom == .input)

        let header = try Shared.analyze(" date 2024-01\nO ministro chegou a Luanda.", header: true, fallback: "2024-05-01")
        #expect(header.document.published == "2024-01")
        #expect(header.document.publishedFrom == .header)

        let dateline = try Shared.analyze("Publicado em 19 de junho de 2024\nO ministro chegou a Luanda.", fallback: "2024-05-01")
        #expect(dateline.document.published == "2024-06-19")
        #expect(dateline.document.publishedFrom == .dateline)

        let stated = try Shared.analyzer().analyze(
            Article(id: "t", source: "t", published: "2023-10-18", publishedFrom: .header, text: "O ministro chegou a Luanda."),
            fallbackPublished: "2024-05-01")
        #expect(stated.document.published == "2023-10-18")
        #expect(stated.document.publishedFrom == .header)
    }

    @Test func publicadoEmLineIsADateline() throws {
        let raw = "Putin chega a Pyongyang\nPublicado em 19 de junho de 2024 às 08h23\nO Presidente russo chegou esta quarta-feira a Pyongyang."
        let analysis = try Shared.analyze(raw)
        #expect(analysis.document.published == "2024-06-19")
        #expect(analysis.document.publishedFrom == .dateline)
        #expect(analysis.document.text == "Putin chega a Pyongyang\nO Presidente russo chegou esta quarta-feira a Pyongyang.")
        #expect(
            analysis.document.boilerplate == [
                BoilerplateLine(line: 2, text: "Publicado em 19 de junho de 2024 às 08h23", reason: .dateline)
            ])
        // A dateline is no timex.
        #expect(!analysis.timexes.contains { $0.text.contains("junho") })
    }

    @Test(arguments: [
        ("18/09/2018 | 04:43", "2018-09-18"),
        ("Publicado em 19 de junho de 2024 às 08h23", "2024-06-19"),
        ("Atualizado em 3 de março de 2025, 14h05", "2025-03-03"),
        ("Quarta-feira, 18 de outubro de 2023", "2023-10-18"),
        ("18.09.2018 - 04:43", "2018-09-18"),
        ("Sexta-feira, 4 de abril de 2025 | 10h30", "2025-04-04"),
    ])
    func datelineShapes(line: String, date: String) throws {
        let analysis = try Shared.analyze(line + "\nO ministro chegou a Luanda para uma visita oficial.")
        #expect(analysis.document.published == date, "\(line)")
        #expect(analysis.document.boilerplate.map(\.reason) == [.dateline], "\(line)")
    }

    /// Numeric datelines written with hyphens (`2024-01-18 10:00`, `18-09-2018`),
    /// which `DatelineReader.numericDate` documents as supported.
    @Test
    func hyphenatedNumericDatelines() throws {
        for (line, date) in [("2024-01-18 10:00", "2024-01-18"), ("18-09-2018 | 04:43", "2018-09-18")] {
            let analysis = try Shared.analyze(line + "\nO ministro chegou a Luanda para uma visita oficial.")
            #expect(analysis.document.published == date, "\(line)")
            #expect(analysis.document.boilerplate.map(\.reason) == [.dateline], "\(line)")
        }
    }

    /// A body sentence that merely contains a date is not a dateline.
    @Test func sentenceWithADateIsBody() throws {
        let line = "O acordo foi assinado em Luanda a 19 de junho de 2024 pelos dois presidentes."
        let analysis = try Shared.analyze(line)
        #expect(analysis.document.text == line)
        #expect(analysis.document.published == nil)
    }
}
