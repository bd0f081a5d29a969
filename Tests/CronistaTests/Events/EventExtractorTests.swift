import Testing

@testable import Cronista

/// The events stage on sentences from the seed and dev articles: each trigger
/// family, each status, the passive, coordination and nominal events.
@Suite struct EventExtractorTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer.portuguese()
    }

    /// An event as the tests compare it: type, actor and recipient names, status.
    struct Coded: Equatable, CustomStringConvertible {
        var type: EventType
        var actors: [String]
        var recipients: [String]
        var status: EventStatus
        var description: String { "\(type.rawValue) \(actors) → \(recipients) \(status.rawValue)" }
    }

    func events(_ text: String, published: String? = "2024-01-18") -> [Coded] {
        let analysis = analyzer.analyze(Article(id: "t", source: "t", published: published, publishedFrom: .input, text: text))
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        return analysis.events.map {
            Coded(type: $0.type, actors: $0.actors.map { names[$0]! }, recipients: $0.recipients.map { names[$0]! }, status: $0.status)
        }
    }

    func contains(_ found: [Coded], _ type: EventType, _ actors: Set<String>, _ recipients: Set<String>, _ status: EventStatus = .factual) -> Bool {
        found.contains { $0.type == type && Set($0.actors) == actors && Set($0.recipients) == recipients && $0.status == status }
    }

    // MARK: trigger families

    @Test func visitWithItsHost() {
        let found = events("O ministro dos Negócios Estrangeiros russo, Serguei Lavrov, chegou nesta quarta-feira (18) à Coreia do Norte para uma visita oficial.")
        #expect(contains(found, .consult, ["Sergei Lavrov"], ["Coreia do Norte"]), "\(found)")
    }

    @Test func meetingPartnerComesWithCom() {
        let found = events("Choe Son-hui também manteve conversações em Moscou na segunda-feira com o ministro das Relações Exteriores da Rússia, Sergei Lavrov.")
        #expect(contains(found, .consult, ["Choe Son-hui", "Sergei Lavrov"], []), "\(found)")
        // The object of a meeting verb without "com" is its topic, not a partner.
        let topic = events("Sun Weidong e Serguei Lavrov discutiram a crise ucraniana.")
        #expect(!topic.contains { $0.recipients.contains("Ucrânia") || $0.actors.contains("Ucrânia") }, "\(topic)")
    }

    @Test func alongsideIsAMeetingPartner() {
        let found = events("Luiz Inácio Lula da Silva participou dos festejos do Dia da Vitória ao lado de Vladimir Putin.")
        #expect(contains(found, .consult, ["Luiz Inácio Lula da Silva", "Vladimir Putin"], []), "\(found)")
    }

    @Test func aBareRoleOpeningASentenceIsTheArticlesHolder() {
        let found = events(
            "O presidente Luiz Inácio Lula da Silva chegou à China. O presidente estava antes na Rússia, onde participou dos festejos ao lado de Vladimir Putin, presidente do país.")
        #expect(contains(found, .consult, ["Luiz Inácio Lula da Silva", "Vladimir Putin"], []), "\(found)")
    }

    @Test func anAdverbInsideATriggerAndTheTargetOfForce() {
        let found = events(
            "A Casa Branca acusou a Rússia de ter disparado recentemente mísseis balísticos norte-coreanos contra a Ucrânia.")
        #expect(contains(found, .assault, ["Rússia"], ["Ucrânia"], .claimed), "\(found)")
        #expect(contains(found, .accuse, ["Casa Branca"], ["Rússia"]), "\(found)")
    }

    @Test func aNounWithTwoDatesIsTwoEvents() {
        let found = events(
            "A Casa Branca acusou a Rússia de ter disparado mísseis contra a Ucrânia, somando-se aos já utilizados nos ataques de 30 de dezembro e 02 de janeiro.",
            published: "2024-01-05")
        let attacks = found.filter { $0.type == .assault && $0.status == .factual }
        #expect(attacks.count == 2, "\(found)")
        #expect(attacks.allSatisfy { $0.actors == ["Rússia"] && $0.recipients == ["Ucrânia"] }, "\(found)")
    }

    @Test func theGovernmentOfACountryActsForIt() {
        let found = events("O governo da China anunciou nesta terça-feira que adotará retaliação contra os Estados Unidos.", published: "2018-09-18")
        #expect(contains(found, .sanction, ["China"], ["Estados Unidos"], .planned), "\(found)")
    }

    @Test func agreeingThatIsNoAgreement() {
        let found = events(
            "A ministra Choe Son-hui e o ministro Sergei Lavrov concordaram que as tensões na península decorrem das ações dos Estados Unidos.")
        #expect(!found.contains { $0.type == .agree }, "\(found)")
        let agreed = events("A Coreia do Norte e a Rússia concordaram em cooperar militarmente.")
        #expect(agreed.contains { $0.type == .agree }, "\(agreed)")
    }

    @Test func aRelativePronounActsForItsAntecedent() {
        let found = events(
            "A Rússia tem vindo a intensificar a sua relação com a Coreia do Norte, que aumentou significativamente os seus testes de armamento.")
        #expect(contains(found, .mobilize, ["Coreia do Norte"], []), "\(found)")
    }

    @Test func aReportPointingBackRepeatsTheAccusation() {
        let found = events(
            "O porta-voz da Casa Branca, John Kirby, disse que a Coreia do Norte forneceu contêineres de equipamento militar à Rússia. Os serviços de Inteligência britânicos indicaram isto.")
        #expect(contains(found, .accuse, ["John Kirby"], ["Coreia do Norte", "Rússia"]), "\(found)")
        #expect(found.contains { $0.type == .accuse && $0.actors.count == 1 && $0.actors[0].contains("Inteligência") }, "\(found)")
    }

    @Test func aDemandForProofAnswersTheAccuser() {
        let found = events(
            "O Kremlin acusou a Ucrânia de atacar uma residência do presidente russo, enquanto as autoridades ucranianas pedem provas.")
        #expect(found.contains { $0.type == .request && $0.actors == ["Ucrânia"] && $0.recipients == ["Kremlin"] }, "\(found)")
    }

    @Test func twoSidesArrivingAtAThirdCountryMeetThere() {
        let found = events(
            "O ministro Abbas Araghchi, do Irão, chegou na sexta-feira a Omã. Já pelos Estados Unidos, Steve Witkoff chegou na sexta-feira a Omã.")
        let meeting = found.filter { $0.type == .consult }
        #expect(meeting.count == 1, "\(found)")
        #expect(Set(meeting.first?.actors ?? []) == ["Abbas Araghchi", "Steve Witkoff"], "\(found)")
        #expect(meeting.first?.recipients == [], "\(found)")
    }

    @Test func meetingNounsTakeTheirPartners() {
        let found = events(
            "O Presidente chinês, Xi Jinping, falou de relações robustas, durante uma reunião com o primeiro-ministro russo, Mikhail Mishoustin, em Pequim.")
        #expect(contains(found, .consult, ["Xi Jinping", "Mikhail Mishustin"], []), "\(found)")
        let twice = events("Só no ano passado, Vladimir Putin e Xi Jinping encontraram-se duas vezes.")
        #expect(twice.filter { $0.type == .consult }.count == 2, "\(twice)")
    }

    @Test func whatComesInExchangeGoesTheOtherWay() {
        let found = events(
            "As potências ocidentais têm acusado a Coreia do Norte de fornecer munições à Rússia em troca de assistência tecnológica, diplomática e alimentar.")
        #expect(contains(found, .aid, ["Coreia do Norte"], ["Rússia"], .claimed), "\(found)")
        #expect(contains(found, .aid, ["Rússia"], ["Coreia do Norte"], .claimed), "\(found)")
        #expect(contains(found, .accuse, ["Ocidente"], ["Coreia do Norte"]), "\(found)")
    }

    @Test func lightVerbsLendTheirSubjectToTheEventNoun() {
        let found = events("Moscou e Pyongyang trabalham ativamente em uma aproximação.")
        #expect(contains(found, .support, ["Rússia", "Coreia do Norte"], []), "\(found)")
        let directed = events("A Rússia tem também vindo a intensificar a sua relação com a Coreia do Norte.")
        #expect(contains(directed, .support, ["Rússia"], ["Coreia do Norte"]), "\(directed)")
    }

    @Test func theAccusedOfAParticipleIsWhatItDescribes() {
        let found = events(
            "A União Europeia anunciou sanções contra três empresas da China, acusadas de fornecerem tecnologia militar sensível à Rússia.")
        #expect(contains(found, .accuse, ["União Europeia"], ["China"]), "\(found)")
        #expect(contains(found, .aid, ["China"], ["Rússia"], .claimed), "\(found)")
    }

    @Test func theNextMeetingContinuesTheSeries() {
        let found = events(
            "O Irão e os Estados Unidos concordaram em continuar as conversações. A próxima reunião de alto nível está provisoriamente agendada para 03 de maio.")
        #expect(contains(found, .consult, ["Irão", "Estados Unidos"], [], .planned), "\(found)")
        let between = events("A China criticou os Estados Unidos, pondo em dúvida os diálogos bilaterais previstos para este mês entre os dois lados.")
        #expect(contains(between, .consult, ["China", "Estados Unidos"], [], .planned), "\(between)")
    }

    @Test func peopleOfAClauseMeetDuringTalks() {
        let found = events(
            "O presidente russo, Vladimir Putin, pediu ao ministro das Relações Exteriores da Coreia do Norte, Choe Son Hui, durante negociações no Kremlin na segunda-feira, que transmitisse os seus votos.")
        #expect(contains(found, .consult, ["Vladimir Putin", "Choe Son-hui"], []), "\(found)")
    }

    @Test func sanctionsAndThreatsNeedATarget() {
        let policy = events("O Conselho aprovou o 15.º pacote de sanções. As tarifas entram em vigor na segunda-feira.")
        #expect(!policy.contains { $0.type == .sanction }, "\(policy)")
        let targeted = events("A União Europeia impôs sanções contra a Rússia.")
        #expect(contains(targeted, .sanction, ["União Europeia"], ["Rússia"]), "\(targeted)")
    }

    @Test func signingIsSupportAndAgreeingIsAgree() {
        let signed = events("Vladimir Putin e Kim Jong-un assinaram um tratado de parceria estratégica no ano passado.")
        #expect(contains(signed, .support, ["Vladimir Putin", "Kim Jong-un"], []), "\(signed)")
        let agreed = events("A Coreia do Norte e a Rússia concordaram em cooperar militarmente.")
        #expect(contains(agreed, .agree, ["Coreia do Norte", "Rússia"], []), "\(agreed)")
        // The act agreed on has not happened yet: no COOPERATE beside the AGREE.
        #expect(!agreed.contains { $0.type == .cooperate }, "\(agreed)")
    }

    @Test func supplyingWeaponsIsMilitaryAid() {
        let found = events("Pyongyang forneceu munições de artilharia à Rússia.")
        #expect(contains(found, .aid, ["Coreia do Norte"], ["Rússia"]), "\(found)")
    }

    @Test func thanksAndPraiseAreSupport() {
        let found = events("Vladimir Putin agradeceu o apoio da Coreia do Norte. Pyongyang elogiou a \"importante missão\" da Rússia.")
        #expect(contains(found, .support, ["Vladimir Putin"], ["Coreia do Norte"]), "\(found)")
        #expect(contains(found, .support, ["Coreia do Norte"], ["Rússia"]), "\(found)")
    }

    @Test func refusedActDidNotHappen() {
        let found = events("A China recusou condenar a Rússia pela invasão da Ucrânia.")
        // The refusal is the event (GOLD.md); toward no one named, it goes to the story's other side (ImplicitCounterpart).
        #expect(found.contains { $0.type == .reject }, "\(found)")
        #expect(!found.contains { $0.type == .accuse }, "the refused condemnation did not happen: \(found)")
        #expect(contains(found, .assault, ["Rússia"], ["Ucrânia"]), "\(found)")
    }

    @Test func protestCalledByAUnion() {
        let found = events("Os professores aderiram à greve convocada pelo Sindicato de Todos os Profissionais da Educação (STOP).")
        #expect(found.contains { $0.type == .protest && $0.actors.contains { $0.contains("Sindicato") || $0 == "STOP" } }, "\(found)")
    }

    // MARK: status

    @Test func futureAndInvitationArePlanned() {
        let future = events("Espera-se que Vladimir Putin visite a China este ano.")
        #expect(contains(future, .consult, ["Vladimir Putin"], ["China"], .planned), "\(future)")
        let invited = events("Kim Jong-un convidou Vladimir Putin para visitar Pyongyang.")
        #expect(invited.contains { $0.type == .consult && $0.status == .planned }, "\(invited)")
    }

    @Test func negationIsNegated() {
        let found = events("A Rússia não assinou o acordo com a Ucrânia.")
        #expect(found.contains { $0.type == .support && $0.status == .negated }, "\(found)")
    }

    @Test func attributedAllegationIsAClaimAndAnAccusation() {
        let found = events(
            "O porta-voz da Casa Branca, John Kirby, disse que a Coreia do Norte forneceu mais de 1.000 contêineres de equipamento militar à Rússia.")
        #expect(contains(found, .aid, ["Coreia do Norte"], ["Rússia"], .claimed), "\(found)")
        #expect(contains(found, .accuse, ["John Kirby"], ["Coreia do Norte", "Rússia"]), "\(found)")
    }

    @Test func anEstimateIsAClaimButNoAccusation() {
        let found = events("A Coreia do Sul estima que a Coreia do Norte transferiu milhares de contentores para a Rússia.")
        #expect(found.contains { $0.type == .aid && $0.status == .claimed }, "\(found)")
        #expect(!found.contains { $0.type == .accuse }, "\(found)")
    }

    @Test func aDenialAnswersTheAccuser() {
        let found = events(
            "A Casa Branca afirmou que a Coreia do Norte tinha fornecido mísseis balísticos à Rússia, uma afirmação que Pyongyang e Moscovo negaram.")
        #expect(contains(found, .reject, ["Coreia do Norte", "Rússia"], ["Casa Branca"]), "\(found)")
    }

    @Test func aDenialTakesTheAccuserNotTheDeniedClaim() {
        let found = events(
            "O Kremlin acusou a Ucrânia de atacar uma residência de Vladimir Putin. O ministro dos Negócios Estrangeiros ucraniano, Andrii Sybiha, negou qualquer ataque à propriedade de Putin.")
        #expect(contains(found, .reject, ["Andrii Sybiha"], ["Kremlin"]), "\(found)")
        #expect(!found.contains { $0.type == .assault && $0.status == .factual }, "the denied attack is no fact: \(found)")
    }

    @Test func statusCuesStopAtTheClauseTheyOpen() {
        let found = events("O Kremlin vai endurecer a posição negocial após acusar a Ucrânia de atacar a residência.")
        #expect(contains(found, .accuse, ["Kremlin"], ["Ucrânia"]), "the accusation is made, not planned: \(found)")
        #expect(contains(found, .threaten, ["Kremlin"], []) || found.contains { $0.type == .threaten && $0.status == .factual }, "\(found)")
    }

    @Test func aHeadlineAndItsBodyAreOneEvent() {
        let found = events("Moscovo acusa Kiev de ataque. O Kremlin acusou Kiev de atacar uma residência do presidente.")
        #expect(found.filter { $0.type == .accuse }.count == 1, "\(found)")
        #expect(found.first { $0.type == .accuse }?.actors == ["Kremlin"], "the more specific name stays: \(found)")
    }

    // MARK: argument structure

    @Test func passiveWithAgentSwapsRoles() {
        let found = events("Sun Weidong, vice-ministro dos Negócios Estrangeiros da China, foi recebido pelo ministro dos Negócios Estrangeiros russo, Serguei Lavrov, na capital russa.")
        #expect(found.contains { $0.type == .consult && $0.actors == ["Sun Weidong"] && $0.recipients == ["Sergei Lavrov"] }, "\(found)")
    }

    @Test func passiveParticipleWithoutAuxiliary() {
        let found = events("Os contentores transferidos pela Coreia do Norte para a Rússia ultrapassam já os cinco mil.")
        #expect(contains(found, .aid, ["Coreia do Norte"], ["Rússia"]), "\(found)")
    }

    @Test func bothCountriesNameTheTwoSidesOfTheText() {
        let found = events("O vice-ministro chinês Sun Weidong visitou a Rússia. Os dois países concordaram também em melhorar a coordenação.")
        #expect(contains(found, .agree, ["China", "Rússia"], []), "\(found)")
    }

    @Test func nominalEventsCarryTheirArguments() {
        let visit = events("A visita de Choe Son-hui a Moscou incluiu reuniões.")
        #expect(visit.contains { $0.type == .consult && $0.actors == ["Choe Son-hui"] }, "\(visit)")
        let summit = events("Analistas recordam a cimeira de setembro entre Kim Jong-un e Vladimir Putin.")
        #expect(contains(summit, .consult, ["Kim Jong-un", "Vladimir Putin"], []), "\(summit)")
        let invasion = events("A economia mudou com o início da invasão russa na Ucrânia em 2022.")
        #expect(contains(invasion, .assault, ["Rússia"], ["Ucrânia"]), "\(invasion)")
    }

    @Test func repeatedMentionsAreOneEvent() {
        let found = events("Lavrov chegou a Pyongyang. O chefe da diplomacia russa, Serguei Lavrov, visitou Pyongyang nesta quarta-feira (18).")
        #expect(found.filter { $0.type == .consult }.count == 1, "\(found)")
    }

    // MARK: a whole article

    @Test func seedArticleEvents() throws {
        let found = events(try Fixtures.text("seeds/000_7a8fabd987615f2e.txt"), published: nil)
        #expect(contains(found, .consult, ["Sergei Lavrov", "Sun Weidong"], []) || contains(found, .consult, ["Sun Weidong"], ["Sergei Lavrov"]), "\(found)")
        #expect(contains(found, .agree, ["China", "Rússia"], []), "\(found)")
        #expect(contains(found, .reject, ["Coreia do Norte", "Rússia"], ["Casa Branca"]), "\(found)")
        #expect(contains(found, .aid, ["Coreia do Norte"], ["Rússia"], .claimed), "\(found)")
    }
}
