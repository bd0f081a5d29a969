import Testing

@testable import Cronista

/// Sentence splitting and tokenisation, with offsets in Unicode code points.
@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        try Shared.analyze(text).sentenceTexts
    }

    func tokens(_ text: String) throws -> [(String, Token.Kind)] {
        let tokenizer = Tokenizer(vocabulary: try LanguageResources.portuguese().vocabulary)
        let scalars = Array(text.unicodeScalars)
        return tokenizer.tokenize(scalars).map { ($0.text(in: scalars), $0.kind) }
    }

    @Test func plainSentences() throws {
        #expect(
            try sentences("O ministro chegou a Luanda. A visita dura dois dias! Haverá acordo? Ninguém sabe…")
                == ["O ministro chegou a Luanda.", "A visita dura dois dias!", "Haverá acordo?", "Ninguém sabe…"])
    }

    @Test func titlesAndAbbreviations() throws {
        #expect(
            try sentences("O Sr. Silva falou com a Dra. Costa e com o Prof. Marcelo. Depois o Dr. Costa saiu.")
                == ["O Sr. Silva falou com a Dra. Costa e com o Prof. Marcelo.", "Depois o Dr. Costa saiu."])
        #expect(
            try sentences("A lei n.º 23/2007 foi alterada pelo art. 5 do decreto. O texto entra em vigor amanhã.")
                == ["A lei n.º 23/2007 foi alterada pelo art. 5 do decreto.", "O texto entra em vigor amanhã."])
        #expect(
            try sentences("Vários países, p.ex. Portugal e Angola, votaram a favor. Outros abstiveram-se.")
                == ["Vários países, p.ex. Portugal e Angola, votaram a favor.", "Outros abstiveram-se."])
        #expect(
            try sentences("A reunião foi na Av. Brasil, em Luanda. Terminou tarde.")
                == ["A reunião foi na Av. Brasil, em Luanda.", "Terminou tarde."])
    }

    /// "EUA" is a word, not an abbreviation with a stop: a stop after it ends the sentence.
    @Test func acronymAtTheEndOfASentence() throws {
        #expect(
            try sentences("A China retaliou contra os EUA. Pequim anunciou novas tarifas.")
                == ["A China retaliou contra os EUA.", "Pequim anunciou novas tarifas."])
    }

    @Test func numbers() throws {
        #expect(
            try sentences("A inflação subiu 26,3% em março. Mais de 1.000 pessoas e 10.000 soldados foram mobilizados. Custou 2.5 milhões.")
                == [
                    "A inflação subiu 26,3% em março.", "Mais de 1.000 pessoas e 10.000 soldados foram mobilizados.",
                    "Custou 2.5 milhões.",
                ])
        // A sentence may end with a number and the next start with one.
        #expect(
            try sentences("O número de mortos subiu para 1.000. 250 feridos continuam internados.")
                == ["O número de mortos subiu para 1.000.", "250 feridos continuam internados."])
    }

    @Test func initials() throws {
        #expect(
            try sentences("John F. Kennedy foi assassinado em Dallas. O país ficou em choque.")
                == ["John F. Kennedy foi assassinado em Dallas.", "O país ficou em choque."])
        #expect(
            try sentences("O porta-voz John F. Kirby e George W. Bush falaram. Nada mais.")
                == ["O porta-voz John F. Kirby e George W. Bush falaram.", "Nada mais."])
    }

    @Test func quotes() throws {
        // The closing quote belongs to the sentence it ends.
        #expect(
            try sentences("Putin disse: “Vamos vencer.” Depois saiu da sala.")
                == ["Putin disse: “Vamos vencer.”", "Depois saiu da sala."])
        #expect(
            try sentences("O ministro disse \"não há acordo.\" A oposição reagiu.")
                == ["O ministro disse \"não há acordo.\"", "A oposição reagiu."])
        // An opening quote starts the next sentence.
        #expect(
            try sentences("O encontro terminou. “Foi uma boa reunião”, disse Choe.")
                == ["O encontro terminou.", "“Foi uma boa reunião”, disse Choe."])
        // A quoted question followed by its attribution in lower case is one sentence.
        #expect(try sentences("“Quem paga?”, perguntou o deputado.") == ["“Quem paga?”, perguntou o deputado."])
        #expect(
            try sentences("Ele gritou «Basta!» e saiu. A sessão continuou.")
                == ["Ele gritou «Basta!» e saiu.", "A sessão continuou."])
    }

    @Test func parentheses() throws {
        #expect(
            try sentences("O acordo foi assinado em Pequim (a capital chinesa). A seguir, houve um jantar.")
                == ["O acordo foi assinado em Pequim (a capital chinesa).", "A seguir, houve um jantar."])
        #expect(
            try sentences("O relatório saiu ontem. (O documento tem 300 páginas.) A oposição criticou-o.")
                == ["O relatório saiu ontem.", "(O documento tem 300 páginas.)", "A oposição criticou-o."])
        #expect(
            try sentences("Lula chegou à China neste sábado (10). Eram 23h38 no horário de Pequim.")
                == ["Lula chegou à China neste sábado (10).", "Eram 23h38 no horário de Pequim."])
    }

    @Test func lineBreaksEndSentences() throws {
        #expect(
            try sentences("O que aconteceu\nLula chegou a Pequim. Foi recebido pelo ministro\nAgenda política em Pequim")
                == ["O que aconteceu", "Lula chegou a Pequim.", "Foi recebido pelo ministro", "Agenda política em Pequim"])
    }

    /// A full stop followed by a lower-case word does not end a sentence.
    @Test func lowerCaseAfterAStop() throws {
        #expect(try sentences("Chegou às 10 h. e saiu às 11 h.") == ["Chegou às 10 h. e saiu às 11 h."])
    }

    /// The sentences of a real article tile its text: ordered, in bounds,
    /// not overlapping, each trimmed, and no letter left outside.
    @Test(arguments: Fixtures.annotated)
    func sentencesTileRealArticles(path: String) throws {
        let analysis = try Shared.analyzer().analyze(try Fixtures.article(path))
        let scalars = Array(analysis.document.text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for span in analysis.sentences {
            #expect(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count, "\(path) \(span)")
            guard span.start >= previousEnd, span.end <= scalars.count, span.start < span.end else { continue }
            #expect(!scalars[span.start].properties.isWhitespace && !scalars[span.end - 1].properties.isWhitespace)
            for k in span.start..<span.end { covered[k] = true }
            previousEnd = span.end
        }
        for (k, s) in scalars.enumerated() where s.properties.isAlphabetic {
            #expect(covered[k], "\(path): scalar \(k) outside every sentence")
        }
    }

    @Test func realArticleSentences() throws {
        let analysis = try Shared.analyzer().analyze(try Fixtures.article("seeds/004_631678cb1dca9b05.txt"))
        let texts = analysis.sentenceTexts
        #expect(texts.contains("“Tudo está indo conforme o planejado."))
        #expect(texts.contains { $0.hasPrefix("A Ucrânia e a Coreia do Sul estimam que a Coreia do Norte tenha destacado mais de 10.000 soldados") })
        #expect(texts.first == "Disse em sua visita ao Ministro das Relações Exteriores da Coreia do Norte")

        let lula = try Shared.analyzer().analyze(try Fixtures.article("dev/01_lula-chega-pequim.txt")).sentenceTexts
        #expect(lula.contains("Luiz Inácio Lula da Silva chegou à China na noite deste sábado (10)."))
        #expect(lula.contains("Eram 23h38 no horário de Pequim (12h38 em Brasília)."))
    }

    // MARK: offsets

    /// Offsets count code points: an emoji (one scalar, two UTF-16 units,
    /// four UTF-8 bytes) and accented letters before a sentence shift it by
    /// one each.
    @Test func sentenceOffsetsCountUnicodeScalars() throws {
        let text = "Coração \u{1F600} à mostra\nA reunião começou às 10h. O ministro falou."
        let analysis = try Shared.analyze(text)
        #expect(analysis.document.text == text)
        // "Coração 😀 à mostra" is 18 scalars (20 UTF-16 units, 25 UTF-8 bytes), then "\n".
        #expect(
            analysis.sentences == [
                TextSpan(start: 0, end: 18), TextSpan(start: 19, end: 44), TextSpan(start: 45, end: 62),
            ])
        #expect(analysis.sentenceTexts == ["Coração \u{1F600} à mostra", "A reunião começou às 10h.", "O ministro falou."])
    }

    /// A decomposed accent is two scalars, and counted as two.
    @Test func decomposedAccentsCountAsTheirScalars() throws {
        let text = "Ac\u{327}a\u{303}o imediata. Fim."
        let analysis = try Shared.analyze(text)
        #expect(analysis.sentences == [TextSpan(start: 0, end: 16), TextSpan(start: 17, end: 21)])
    }

    @Test func tokenOffsetsCountUnicodeScalars() throws {
        let tokenizer = Tokenizer(vocabulary: try LanguageResources.portuguese().vocabulary)
        let text = "\u{1F1F5}\u{1F1F9} Ação já: 26,3% de 1.000"
        let tokens = tokenizer.tokenize(Array(text.unicodeScalars))
        // The flag is two regional-indicator scalars: two punctuation tokens.
        #expect(tokens.map(\.span) == [
            TextSpan(start: 0, end: 1), TextSpan(start: 1, end: 2), TextSpan(start: 3, end: 7),
            TextSpan(start: 8, end: 10), TextSpan(start: 10, end: 11), TextSpan(start: 12, end: 16),
            TextSpan(start: 16, end: 17), TextSpan(start: 18, end: 20), TextSpan(start: 21, end: 26),
        ])
        #expect(tokens.map(\.kind) == [.punctuation, .punctuation, .word, .word, .punctuation, .number, .punctuation, .word, .number])
    }

    @Test func tokenShapes() throws {
        let result = try tokens("O norte-coreano reuniu-se com d'Orsay no 15.º dia, às 10h, e 1º lugar; 26,3% de 1.000.")
        #expect(result.map(\.0) == [
            "O", "norte-coreano", "reuniu-se", "com", "d'Orsay", "no", "15.º", "dia", ",", "às", "10h", ",", "e", "1º",
            "lugar", ";", "26,3", "%", "de", "1.000", ".",
        ])
        #expect(result.first { $0.0 == "1.000" }?.1 == .number)
        #expect(result.first { $0.0 == "norte-coreano" }?.1 == .word)
    }

    @Test func tokensMarkLineBreaksAndCapitals() throws {
        let tokenizer = Tokenizer(vocabulary: try LanguageResources.portuguese().vocabulary)
        let tokens = tokenizer.tokenize(Array("Título\nÉ hoje".unicodeScalars))
        #expect(tokens.map(\.followsLineBreak) == [false, true, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, false])
    }

    /// A straight quote after a stop opens the next sentence unless one is open
    /// (UD Porttinari and GSD dev sentences).
    @Test func straightQuotesOpenOrClose() throws {
        #expect(
            try sentences("O comitê afirma que o pagamento não foi feito. \"Assim, não há como afirmar que ele possui qualquer dívida\", disse.")
                == ["O comitê afirma que o pagamento não foi feito.", "\"Assim, não há como afirmar que ele possui qualquer dívida\", disse."])
        // Spaced on both sides (the issue's "lançamento. \" Já estamos"): no quote open, so it opens.
        #expect(
            try sentences("O produto chega às lojas no dia do lançamento. \" Já estamos importando os equipamentos \", afirmou.")
                == ["O produto chega às lojas no dia do lançamento.", "\" Já estamos importando os equipamentos \", afirmou."])
        // Attached to the stop, it closes even without an opening quote in the sentence.
        #expect(
            try sentences("Guzmán se deu conta dalgumas das irregularidades.\" O parque fica no coração de Nairóbi.")
                == ["Guzmán se deu conta dalgumas das irregularidades.\"", "O parque fica no coração de Nairóbi."])
        #expect(
            try sentences("Ele disse: \"Não podemos fazer outra coisa. Vamos sair às ruas.\" A polícia chegou depois.")
                == ["Ele disse: \"Não podemos fazer outra coisa.", "Vamos sair às ruas.\"", "A polícia chegou depois."])
        // A single quote attached to the next word opens (GSD dev).
        #expect(
            try sentences("O projeto é adequado para amenizar impactos à indústria naval. 'Com certeza, o treino foi muito bom', disse.")
                == ["O projeto é adequado para amenizar impactos à indústria naval.", "'Com certeza, o treino foi muito bom', disse."])
    }

    /// "Sp." (Sporting), "nº." and "St." do not end a sentence (Bosque and Porttinari).
    @Test func abbreviationsInsideASentence() throws {
        #expect(
            try sentences("O Sporting venceu (3-1) o Sp. Braga em Alvalade. O jogo foi tenso.")
                == ["O Sporting venceu (3-1) o Sp. Braga em Alvalade.", "O jogo foi tenso."])
        #expect(
            try sentences("Fica observado o art. 38 da lei nº. 8.880 de 27.05.94. A taxa muda.")
                == ["Fica observado o art. 38 da lei nº. 8.880 de 27.05.94.", "A taxa muda."])
        #expect(
            try sentences("A prefeita de St. Louis, Lyda Krewson, disse que a maioria protestou em paz.")
                == ["A prefeita de St. Louis, Lyda Krewson, disse que a maioria protestou em paz."])
        // A numbered item: "1." after a word ends the line before it (Bosque CF807).
        #expect(try sentences("O que evitar 1. Currículo com mais de três páginas.") == ["O que evitar 1.", "Currículo com mais de três páginas."])
    }

    /// "etc.", "Jr.", "a.C." may end a sentence; a capital initial before an article does too.
    @Test func abbreviationsThatMayEndASentence() throws {
        #expect(
            try sentences("O Peloponeso caiu após a rendição de Atenas em abril de 404 a.C. As condições de paz foram desastrosas.")
                == ["O Peloponeso caiu após a rendição de Atenas em abril de 404 a.C.", "As condições de paz foram desastrosas."])
        #expect(
            try sentences("Os votos de Nevoeiro Jr. Em duas semanas, no mais tardar, posso votar.")
                == ["Os votos de Nevoeiro Jr.", "Em duas semanas, no mais tardar, posso votar."])
        #expect(
            try sentences("As duas terminaram apenas na quarta posição do grupo B. A colocação do adversário causou surpresa.")
                == ["As duas terminaram apenas na quarta posição do grupo B.", "A colocação do adversário causou surpresa."])
        #expect(try sentences("N. R. A razão foi outra.") == ["N. R. A razão foi outra."])
    }

    /// Stops that do not end a sentence: inside brackets, before a dash and a lower-case word, run into a word.
    @Test func stopsThatCarryOn() throws {
        #expect(
            try sentences("E os morcegos comerão mel e não excrementos ... -- concluiu ela.")
                == ["E os morcegos comerão mel e não excrementos ... -- concluiu ela."])
        #expect(
            try sentences("Qual a cidade do homem (...) Em 1975, nos Estados Unidos, a comissão reuniu-se.")
                == ["Qual a cidade do homem (...) Em 1975, nos Estados Unidos, a comissão reuniu-se."])
    }

    /// A headline without final punctuation ends its sentence, on its own line
    /// or run into the body before the article that opens it (Bosque dev).
    @Test func headlines() throws {
        #expect(
            try sentences("Mulher morre em rio presa ao cinto do carro\nVera Lúcia Barbosa, 40, morreu na última quarta.")
                == ["Mulher morre em rio presa ao cinto do carro", "Vera Lúcia Barbosa, 40, morreu na última quarta."])
        #expect(
            try sentences("Caminhão tomba e causa morte e engarrafamento O tombamento de um caminhão no km 226 matou uma pessoa.")
                == ["Caminhão tomba e causa morte e engarrafamento", "O tombamento de um caminhão no km 226 matou uma pessoa."])
        // Titles of works and letters stay inside: "o filme O Padrinho", "as séries A e B".
        #expect(try sentences("Ontem passou o filme O Padrinho na televisão.") == ["Ontem passou o filme O Padrinho na televisão."])
        #expect(try sentences("Os clubes já atuaram pelas séries A e B do campeonato.") == ["Os clubes já atuaram pelas séries A e B do campeonato."])
        // A preposition opens the body too; "Pará" is a name, not "para" (GSD train).
        #expect(
            try sentences("Posse Apesar de todas as restrições, a maioria votou.") == ["Posse", "Apesar de todas as restrições, a maioria votou."])
        #expect(
            try sentences("Iolane Tavares buscou inspiração na cultura do seu Pará natal.")
                == ["Iolane Tavares buscou inspiração na cultura do seu Pará natal."])
    }

    @Test func emptyTextHasNoSentences() throws {
        #expect(try Shared.analyze("“>").sentences.isEmpty)
    }
}
