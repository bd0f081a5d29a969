import Foundation
import Testing

@testable import Cronista

/// Boilerplate removal on the real scraped articles: exactly the gold
/// boilerplate lines go, every other line stays whole, in order, and each
/// removed line carries a sensible reason.
@Suite struct BoilerplateTests {
    /// The lines of `raw` that the gold says are body, as the cleaned text
    /// must hold them: the metadata header taken off the first line, outer
    /// spaces trimmed, empty lines dropped.
    static func expectedBodyLines(_ raw: String, gold: Fixtures.Gold) -> [String] {
        let boilerplate = Set(gold.boilerplate)
        var body: [String] = []
        for (index, rawLine) in raw.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(rawLine)
            if boilerplate.contains(line) { continue }
            if index == 0, let header = MetadataHeader(line: line) {
                line = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(header.length)))
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { body.append(trimmed) }
        }
        return body
    }

    @Test(arguments: Fixtures.annotated)
    func removesExactlyTheGoldBoilerplate(path: String) throws {
        let raw = try Fixtures.text(path)
        let gold = try Fixtures.gold(path)
        let analysis = try Shared.analyzer().analyze(try Fixtures.article(path))
        let removed = analysis.document.boilerplate

        // Every gold line is removed, and nothing else is.
        #expect(Set(removed.map(\.text)) == Set(gold.boilerplate), "\(path)")
        for line in gold.boilerplate {
            #expect(!analysis.document.text.contains(line), "\(path): boilerplate left in the text: \(line)")
        }

        // Each removed line is reported with its own one-based line number.
        let rawLines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for entry in removed {
            try #require(rawLines.indices.contains(entry.line - 1), "\(path): line \(entry.line) out of range")
            #expect(rawLines[entry.line - 1] == entry.text, "\(path): line \(entry.line) is not '\(entry.text)'")
        }
        #expect(removed.map(\.line) == removed.map(\.line).sorted(), "\(path): boilerplate not in input order")

        // The body is every other non-empty line, whole and in order.
        let bodyLines = analysis.document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(bodyLines == Self.expectedBodyLines(raw, gold: gold), "\(path)")
    }

    /// The cleaner hands on the body's scalars and tokens, built line by
    /// line; they must be exactly what decoding and tokenising the joined
    /// text gives, line-break marks included.
    @Test(arguments: Fixtures.annotated)
    func cleanedTokensAreThoseOfTheJoinedText(path: String) throws {
        let analyzer = try Shared.analyzer()
        let cleaned = analyzer.cleaner.clean(try Fixtures.text(path))
        let scalars = cleaned.text.scalarArray
        #expect(cleaned.scalars == scalars, "\(path)")
        let tokens = analyzer.tokenizer.tokenize(scalars)
        #expect(cleaned.tokens == tokens, "\(path)")
        #expect(cleaned.tokens.contains { $0.followsLineBreak }, "\(path)")
    }

    /// The reason each gold boilerplate line of the fixtures must be given.
    static let reasons: [(path: String, line: String, reasons: Set<BoilerplateReason>)] = [
        (
            "seeds/000_7a8fabd987615f2e.txt",
            "Leia Também: China condena sanções dos EUA contra empresas devido a trocas com Rússia", [.relatedLink]
        ),
        ("seeds/003_3b7088970f3e0a81.txt", "Artigos relacionados", [.relatedLink]),
        ("seeds/003_3b7088970f3e0a81.txt", "Botão Voltar ao topo", [.navigation]),
        (
            "seeds/004_631678cb1dca9b05.txt",
            "O presidente russo, Vladimir Putin, aperta a mão do ministro das Relações Exteriores da Coreia do Norte, Choe Son Hui, durante uma reunião em Moscou, Rússia, em 27 de outubro de 2025. Sputnik/Vyacheslav Prokofyev/Pool via REUTERS",
            [.caption, .duplicate]
        ),
        ("seeds/004_631678cb1dca9b05.txt", "“>", [.markup]),
        ("seeds/004_631678cb1dca9b05.txt", "Source link", [.sourceLink]),
        ("seeds/004_631678cb1dca9b05.txt", "DEIXE UMA RESPOSTA", [.commentPrompt]),
        ("seeds/004_631678cb1dca9b05.txt", "Por favor digite seu comentário!", [.commentPrompt]),
        ("seeds/004_631678cb1dca9b05.txt", "Por favor, digite seu nome aqui", [.commentPrompt]),
        (
            "dev/01_lula-chega-pequim.txt",
            "Presidente da República, Luiz Inácio Lula da Silva, durante chegada a Pequim Imagem: Ricardo Stuckert / PR",
            [.caption]
        ),
        (
            "dev/05_kremlin-residencia-putin.txt", " date 2025-12-30 Dinheiro Vivo DN Brasil Men's Health Women's Health",
            [.navigation]
        ),
        ("dev/05_kremlin-residencia-putin.txt", "Dmitry Peskov, porta-voz do Kremlin", [.caption]),
        ("dev/05_kremlin-residencia-putin.txt", "Internacional", [.section, .navigation]),
        ("dev/05_kremlin-residencia-putin.txt", "DN/Lusa", [.credit]),
        ("dev/08_china-retaliacao-tarifas-eua.txt", " date 2018-09 18/09/2018 | 04:43", [.dateline]),
    ]

    @Test func reasonsOfTheRealBoilerplate() throws {
        let analyzer = try Shared.analyzer()
        for path in Set(Self.reasons.map(\.path)) {
            let removed = analyzer.analyze(try Fixtures.article(path)).document.boilerplate
            for expected in Self.reasons where expected.path == path {
                let entries = removed.filter { $0.text == expected.line }
                #expect(!entries.isEmpty, "\(path): not removed: \(expected.line)")
                for entry in entries {
                    #expect(expected.reasons.contains(entry.reason), "\(path): '\(expected.line)' removed as \(entry.reason)")
                }
            }
        }
    }

    /// "DN/Lusa" standing alone under the lead is the agency credit, not a photo caption.
    @Test func agencyCreditLineIsACredit() throws {
        let removed = try Shared.analyzer().analyze(try Fixtures.article("dev/05_kremlin-residencia-putin.txt")).document.boilerplate
        let credit = try #require(removed.first { $0.text == "DN/Lusa" })
        #expect(credit.reason == .credit)
        #expect(credit.line == 8)
    }

    /// A photo caption repeated in the body is removed both times.
    @Test func repeatedCaptionRemovedBothTimes() throws {
        let removed = try Shared.analyzer().analyze(try Fixtures.article("seeds/004_631678cb1dca9b05.txt")).document.boilerplate
        let captions = removed.filter { $0.text.hasPrefix("O presidente russo, Vladimir Putin, aperta a mão") }
        #expect(captions.map(\.line) == [3, 9])
    }

    // MARK: general rules on made-up lines

    func reasons(of lines: [String]) throws -> [BoilerplateReason] {
        let body = "O ministro dos Negócios Estrangeiros chegou ontem a Luanda para uma visita de dois dias."
        let analysis = try Shared.analyze(([body] + lines).joined(separator: "\n"))
        #expect(analysis.document.text == body)
        return analysis.document.boilerplate.map(\.reason)
    }

    @Test func relatedLinksPromptsAndButtons() throws {
        #expect(try reasons(of: ["Leia também: Governo aprova orçamento para 2025"]) == [.relatedLink])
        #expect(try reasons(of: ["LEIA MAIS: Presidente viaja para Bruxelas"]) == [.relatedLink])
        #expect(try reasons(of: ["Deixe seu comentário"]) == [.commentPrompt])
        #expect(try reasons(of: ["Assine a nossa newsletter e receba as notícias do dia"]) == [.subscription])
        #expect(try reasons(of: ["Source link"]) == [.sourceLink])
        // Hyphenated clitic forms are one word: "Siga-nos".
        #expect(try reasons(of: ["Siga-nos no Facebook e no Instagram"]) == [.subscription])
    }

    @Test func socialEmbeds() throws {
        #expect(try reasons(of: ["pic.twitter.com/AbCdEf123"]) == [.socialEmbed])
        #expect(
            try reasons(of: ["— Volodymyr Zelensky (@ZelenskyyUa) June 19, 2024"]) == [.socialEmbed])
    }

    @Test func strayMarkupAndSymbols() throws {
        #expect(try reasons(of: ["“>"]) == [.markup])
        #expect(try reasons(of: ["\">"]) == [.markup])
        #expect(try reasons(of: ["<div class=\"ad\">"]) == [.markup])
        #expect(try reasons(of: ["* * *"]) == [.markup])
    }

    @Test func longLineRepeatedIsADuplicate() throws {
        let line = "Os dois países concordaram em melhorar a coordenação nas organizações internacionais."
        let analysis = try Shared.analyze([line, "Outra frase do corpo, diferente da primeira.", line].joined(separator: "\n"))
        #expect(analysis.document.text == line + "\nOutra frase do corpo, diferente da primeira.")
        #expect(analysis.document.boilerplate == [BoilerplateLine(line: 3, text: line, reason: .duplicate)])
    }

    /// Body lines that only look a little like boilerplate stay.
    @Test func bodyLinesThatResembleBoilerplateStay() throws {
        let lines = [
            "Lula deve discursar na abertura do Fórum Celac-China.",
            "O que aconteceu",
            "Leia-se o comunicado do ministério: a proposta foi rejeitada por unanimidade.",
            "A Rússia, a China e a Índia assinaram o acordo em 2024.",
            "Segundo a Lusa, o Presidente da República promulgou o diploma esta terça-feira.",
            "“Não há acordo”, disse o ministro.",
        ]
        let analysis = try Shared.analyze(lines.joined(separator: "\n"))
        #expect(analysis.document.boilerplate == [])
        #expect(analysis.document.text == lines.joined(separator: "\n"))
    }

    /// Cleaning normalises spaces and line breaks and never rewrites a word.
    @Test func normalisesSpacesAndLineBreaksOnly() throws {
        let raw = "  Primeira   linha\tdo\u{A0}corpo, com espaços.  \r\n\r\nSegunda linha\u{200B} do corpo.\rTerceira linha do corpo.\n\n\n"
        let analysis = try Shared.analyze(raw)
        #expect(analysis.document.text == "Primeira linha do corpo, com espaços.\nSegunda linha do corpo.\nTerceira linha do corpo.")
        #expect(analysis.document.boilerplate.isEmpty)
    }
}
