import Testing

@testable import Cronista

/// The events stage as data, as PETRARCH2's validation records: each row is
/// real article text (the shared dev articles, `../shared/corpus/dev`) with
/// an event it must code — type, actors and recipients by entity name,
/// status. Add a row for every rule.
@Suite struct EventCases {
    /// One expected event of a text.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var type: EventType
        var actors: Set<String>
        var recipients: Set<String>
        var status: EventStatus = .factual
        /// The article's publication day.
        var published = "2024-01-18"
        var testDescription: String { "\(type.rawValue) \(actors.sorted()) → \(recipients.sorted()): \(text.prefix(60))" }
    }

    static let cases: [Case] = [
        // A noun's target hangs from its light verb (dev 12).
        Case(
            text: "Neste sábado, o Irã lançou um ataque surpresa contra Israel, utilizando drones e mísseis.",
            type: .assault, actors: ["Irão"], recipients: ["Israel"]),
        // Coordinated subjects of a pronominal meeting verb (dev 22).
        Case(
            text: "Os presidentes Donald Trump e Xi Jinping se encontraram nesta quinta-feira (30/10) na Coreia do Sul.",
            type: .consult, actors: ["Donald Trump", "Xi Jinping"], recipients: []),
        // The recipient of a request is the subject of its complement clause; a body's genitive names its side (dev 12).
        Case(
            text: "A missão permanente do Irã na ONU pediu que os Estados Unidos se mantenham à parte do conflito.",
            type: .request, actors: ["Irão"], recipients: ["Estados Unidos"]),
        // Easing tariffs, announced: planned (dev 22).
        Case(
            text: "Washington anunciou que vai reduzir algumas tarifas e Pequim manterá o fluxo de terras raras.",
            type: .retreat, actors: ["Estados Unidos"], recipients: [], status: .planned),
        // "receber": the one received visits; a role in apposition gives the person (dev 17).
        Case(
            text: "O presidente Luiz Inácio Lula da Silva chegou ao Rio. Lula ainda receberá o primeiro-ministro da Índia, Narendra Modi, e o presidente da França, Emmanuel Macron.",
            type: .consult, actors: ["Narendra Modi"], recipients: ["Luiz Inácio Lula da Silva"], status: .planned),
        // A capitalised closed-class word continues a name ("Ali", there) (dev 18).
        Case(
            text: "O Presidente da Guiana, Irfaan Ali, instou, esta quarta-feira, o homólogo da Venezuela, Nicolás Maduro, a respeitar o Direito Internacional.",
            type: .request, actors: ["Irfaan Ali"], recipients: ["Nicolás Maduro"]),
        // An agreement whose sentence names one side is toward the story's other side, not the actor's own country (dev 22).
        Case(
            text: "Os presidentes Donald Trump e Xi Jinping se encontraram nesta quinta-feira (30/10) na Coreia do Sul. O republicano afirmou que o presidente chinês também concordou em \"trabalhar muito para deter o fluxo\" do opioide fentanil.",
            type: .agree, actors: ["Xi Jinping"], recipients: ["Donald Trump"]),
        // In a domestic story the other side is the most named other party of the country (dev 11).
        Case(
            text: "O Conselho Constitucional de Moçambique proclamou hoje Daniel Chapo vencedor das eleições. Venâncio Mondlane, que recusa aceitar a derrota, convocou protestos.",
            type: .reject, actors: ["Venâncio Mondlane"], recipients: ["Conselho Constitucional de Moçambique"]),
        // A relative pronoun after a preposition is the object: the subject is the clause's before it (dev 18).
        Case(
            text: "O Presidente da Guiana, Irfaan Ali, instou, esta quarta-feira, o homólogo da Venezuela, Nicolás Maduro, a respeitar o Direito Internacional. No seu discurso, Ali dirigiu-se diretamente a Maduro, a quem acusou de seguir um caminho “preocupante”.",
            type: .accuse, actors: ["Irfaan Ali"], recipients: ["Nicolás Maduro"]),
        // A bracket lists the parties a plural noun stands for; a host hears each of them (dev 15).
        Case(
            text: "O Presidente da República, Marcelo Rebelo de Sousa, ouviu os três partidos mais votados nas eleições legislativas (PSD, Chega e PS).",
            type: .consult, actors: ["Chega"], recipients: ["Marcelo Rebelo de Sousa"]),
    ]

    static let analyzer: Analyzer = try! Analyzer.portuguese()

    @Test(arguments: cases) func codes(_ row: Case) {
        let analysis = Self.analyzer.analyze(Article(id: "t", source: "t", published: row.published, publishedFrom: .input, text: row.text))
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0.name) })
        let found = analysis.events.map { event in
            (event.type, Set(event.actors.compactMap { names[$0] }), Set(event.recipients.compactMap { names[$0] }), event.status)
        }
        #expect(
            found.contains { $0.0 == row.type && $0.1 == row.actors && $0.2 == row.recipients && $0.3 == row.status },
            "\(found.map { "\($0.0.rawValue) \($0.1.sorted()) → \($0.2.sorted()) \($0.3.rawValue)" })")
    }
}
