import Testing

@testable import Cronista

/// Entity recognition on real sentences from Portuguese news.
@Suite struct EntityRecognizerTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer.portuguese()
    }

    func entities(_ text: String, published: String? = nil) -> [Entity] {
        analyzer.analyze(Article(id: "t", source: "test", published: published, text: text)).entities
    }

    func entity(_ name: String, in list: [Entity]) -> Entity? {
        list.first { $0.name == name || $0.mentions.contains { $0.text == name } }
    }

    @Test func roleBeforeNameWithDemonym() throws {
        let list = entities(
            "Sun Weidong, vice-ministro dos Negócios Estrangeiros da China, foi recebido pelo ministro dos Negócios Estrangeiros russo, Serguei Lavrov, na capital russa.")
        let sun = try #require(entity("Sun Weidong", in: list))
        #expect(sun.type == .person)
        #expect(sun.affiliation == "CHN")
        #expect(sun.role == "deputy foreign minister")
        #expect(sun.sector == .government)
        let lavrov = try #require(entity("Serguei Lavrov", in: list))
        #expect(lavrov.affiliation == "RUS")
        #expect(lavrov.role == "foreign minister")
        // "na capital russa" is Moscow as a place, not the country.
        let capital = try #require(entity("capital russa", in: list))
        #expect(capital.type == .location)
        #expect(capital.affiliation == "RUS")
    }

    @Test func leaderWithoutComma() throws {
        let list = entities("Esta visita acontece depois da viagem do líder norte-coreano Kim Jong-un à Rússia.")
        let kim = try #require(entity("Kim Jong-un", in: list))
        #expect(kim.affiliation == "PRK")
        #expect(kim.role == "leader")
        #expect(entity("norte-coreano", in: list)?.type == .geopolitical)
    }

    @Test func spokespersonOfSeatOfPower() throws {
        let list = entities("A passagem deverá concentrar-se na preparação, disse o porta-voz do Kremlin, Dmitri Peskov, à agência Tass.")
        let peskov = try #require(entity("Dmitri Peskov", in: list))
        #expect(peskov.affiliation == "RUS")
        #expect(peskov.role == "spokesperson")
        let kremlin = try #require(entity("Kremlin", in: list))
        #expect(kremlin.type == .organization)
        #expect(kremlin.affiliation == "RUS")
        #expect(entity("Tass", in: list)?.sector == .media)
    }

    @Test func feminineRoleAndHyphenatedName() throws {
        let list = entities(
            "Vladimir Putin comunicou a intenção à ministra dos Negócios Estrangeiros norte-coreana, Choe Son-hui, durante uma visita.")
        let choe = try #require(entity("Choe Son-hui", in: list))
        #expect(choe.affiliation == "PRK")
        #expect(choe.role == "foreign minister")
        #expect(entity("Vladimir Putin", in: list)?.affiliation == "RUS")
    }

    @Test func nameVariantsMergeIntoOnePerson() {
        #expect(NameMatcher.sameEntity("Serguei Lavrov", "Sergey Lavrov"))
        #expect(NameMatcher.sameEntity("Sergei Lavrov", "Lavrov"))
        #expect(NameMatcher.sameEntity("Choe Son-hui", "Choe Son Hui"))
        #expect(NameMatcher.sameEntity("Kim Jong-un", "Kim Jong Un"))
        #expect(NameMatcher.sameEntity("Kim-Jong Un", "Kim Jong-un"))
        #expect(NameMatcher.sameEntity("Mikhail Mishoustin", "Mikhail Mishustin"))
        #expect(NameMatcher.sameEntity("Volodymyr Zelensky", "Volodmir Zelenskiy"))
        #expect(NameMatcher.sameEntity("Zelenski", "Volodymyr Zelensky"))
        #expect(NameMatcher.sameEntity("Dmitri Peskov", "Dmitry Peskov"))
        #expect(!NameMatcher.sameEntity("Rui Costa", "António Costa"))
        #expect(!NameMatcher.sameEntity("Vladimir Putin", "Vladimir Zelensky"))
    }

    @Test func surnameAloneIsTheSamePerson() throws {
        let list = entities(
            "O ministro russo das Relações Exteriores, Serguei Lavrov, chegou à Coreia do Norte. \"Apreciamos muito o seu apoio\", disse Lavrov.")
        let people = list.filter { $0.type == .person }
        #expect(people.count == 1)
        let lavrov = try #require(people.first)
        #expect(lavrov.mentions.map(\.text) == ["Serguei Lavrov", "Lavrov"])
        #expect(lavrov.affiliation == "RUS")
    }

    @Test func countryNamesDemonymsAndCapitalsAreOneCountry() throws {
        let list = entities(
            "Pyongyang e Moscovo negaram. O regime norte-coreano recebeu assistência técnica russa. A Coreia do Norte enviou soldados à Rússia.")
        let prk = try #require(list.first { $0.affiliation == "PRK" && $0.type == .geopolitical })
        #expect(Set(prk.mentions.map(\.text)) == ["Pyongyang", "norte-coreano", "Coreia do Norte"])
        let rus = try #require(list.first { $0.affiliation == "RUS" && $0.type == .geopolitical })
        #expect(Set(rus.mentions.map(\.text)) == ["Moscovo", "russa", "Rússia"])
    }

    @Test func capitalAfterPrepositionIsAPlace() throws {
        let list = entities("O presidente Lula chegou a Pequim na tarde de hoje.")
        let beijing = try #require(entity("Pequim", in: list))
        #expect(beijing.type == .location)
        #expect(beijing.affiliation == "CHN")
        #expect(!list.contains { $0.type == .geopolitical && $0.affiliation == "CHN" })
    }

    @Test func organisationsWithAcronymsAndCountries() throws {
        let list = entities(
            "O Conselho Nacional Eleitoral (CNE) proclamou o resultado. A agência de inteligência da Coreia do Sul estimou em setembro que cerca de 2.000 soldados foram mortos. O presidente do CNE falou depois.")
        let cne = try #require(entity("Conselho Nacional Eleitoral", in: list))
        #expect(cne.type == .organization)
        #expect(cne.mentions.map(\.text) == ["Conselho Nacional Eleitoral", "CNE", "CNE"])
        let agency = try #require(entity("agência de inteligência da Coreia do Sul", in: list))
        #expect(agency.affiliation == "KOR")
        #expect(agency.sector == .intelligence)
    }

    @Test func internationalBodiesAndAgencies() throws {
        let list = entities(
            "A União Europeia anunciou sanções, indicou a KCNA, citada pela Lusa. Os países do BRICS e a NATO reagiram.")
        #expect(entity("União Europeia", in: list)?.affiliation == "EU")
        #expect(entity("KCNA", in: list)?.sector == .media)
        #expect(entity("KCNA", in: list)?.affiliation == "PRK")
        #expect(entity("Lusa", in: list)?.affiliation == "PRT")
        #expect(entity("NATO", in: list)?.affiliation == "NATO")
        #expect(entity("BRICS", in: list)?.sector == .intergovernmental)
    }

    @Test func capitalisedCommonWordsAreNotPeople() {
        let list = entities(
            "As celebrações marcaram o fim da Segunda Guerra Mundial na Ásia. Lula participou dos festejos do Dia da Vitória.")
        #expect(!list.contains { $0.type == .person && $0.name.contains("Guerra") })
        #expect(!list.contains { $0.type == .person && $0.name.contains("Vitória") })
    }

    @Test func officeHolderByDocumentDate() throws {
        let before = entities("António Costa reuniu-se com o Presidente.", published: "2024-03")
        #expect(entity("António Costa", in: before)?.affiliation == "PRT")
        let after = entities("António Costa reuniu-se com o Presidente.", published: "2025-02")
        #expect(entity("António Costa", in: after)?.affiliation == "EU")
    }

    @Test func mentionsCarryExactOffsets() throws {
        let text = "Ontem, em Moscovo, Sergei Lavrov falou."
        let list = entities(text)
        let lavrov = try #require(entity("Sergei Lavrov", in: list))
        let mention = try #require(lavrov.mentions.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "Sergei Lavrov")
    }

    @Test func sharedSurnameIsTheHeadOfStateOfThatName() throws {
        let found = entities("A visita aconteceu depois da cimeira de setembro entre Kim e Putin.", published: "2024-01")
        let kim = try #require(entity("Kim Jong-un", in: found))
        #expect(kim.affiliation == "PRK")
        #expect(kim.mentions.map(\.text) == ["Kim"])
    }

    @Test func genericRoleStandsForTheArticlesHeadOfState() throws {
        let found = entities("O Presidente russo, Vladimir Putin, falou ontem. Espera-se que o líder russo visite a China este ano.", published: "2024-01")
        let putin = try #require(entity("Vladimir Putin", in: found))
        #expect(putin.mentions.count == 1, "the role phrase is no name: \(putin.mentions)")
    }

    @Test func sentenceOpeningSurnameJoinsThePersonNamedBefore() throws {
        let found = entities("O presidente Vladimir Putin recebeu Kim Jong-un. Putin agradeceu o apoio.", published: "2024-01")
        let putin = try #require(entity("Vladimir Putin", in: found))
        #expect(putin.mentions.map(\.text).contains("Putin"))
        #expect(entities("Lavoura agradeceu o apoio.").isEmpty)
    }

    @Test func countryDescriptionsStandForNamedCountries() throws {
        let found = entities(
            "A China recusou condenar a Rússia pela invasão da Ucrânia. O país asiático tem prestado importante apoio ao país vizinho.")
        #expect(try #require(entity("China", in: found)).mentions.map(\.text).contains("país asiático"))
        #expect(try #require(entity("Rússia", in: found)).mentions.map(\.text).contains("país vizinho"))
        // The neighbour named nearest: Ukraine, not North Korea, in "the Russian invasion of the neighbouring country".
        let invasion = entities(
            "A Coreia do Norte apoia a operação militar especial na Ucrânia, eufemismo de Moscou para a invasão russa do país vizinho.")
        #expect(try #require(entity("Ucrânia", in: invasion)).mentions.map(\.text).contains("país vizinho"))
        // With no named country of that continent, the description stays unresolved.
        let unresolved = entities("A Rússia falou com o país africano.")
        #expect(!unresolved.contains { $0.mentions.map(\.text).contains("país africano") })
    }
}
