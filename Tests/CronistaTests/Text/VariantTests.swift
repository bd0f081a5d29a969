import Testing

@testable import Cronista

/// pt-PT or pt-BR, from orthographic, lexical and grammatical cues.
@Suite struct VariantTests {
    @Test(arguments: Fixtures.annotated)
    func goldVariantOfRealArticles(path: String) throws {
        let gold = try Fixtures.gold(path)
        let document = try Shared.analyzer().analyze(try Fixtures.article(path)).document
        #expect(document.variant?.rawValue == gold.variant, "\(path)")
    }

    func variant(_ text: String) throws -> Variant? {
        try Shared.analyze(text).document.variant
    }

    @Test func progressiveConstruction() throws {
        #expect(try variant("O governo está a fazer tudo para resolver o problema.") == .european)
        #expect(try variant("O governo está fazendo tudo para resolver o problema.") == .brazilian)
        #expect(try variant("Os manifestantes estavam a protestar em frente ao parlamento.") == .european)
        #expect(try variant("Os manifestantes estavam protestando em frente ao parlamento.") == .brazilian)
    }

    @Test(arguments: [
        ("O ministro chegou a Moscovo na segunda-feira.", Variant.european),
        ("O ministro chegou a Moscou na segunda-feira.", .brazilian),
        ("Os líderes reuniram-se numa cimeira em Bruxelas.", .european),
        ("Os líderes se reuniram em uma cúpula em Brasília.", .brazilian),
        ("O facto é que ninguém respondeu.", .european),
        ("A equipa técnica viajou para Luanda.", .european),
        ("A equipe técnica viajou para Recife.", .brazilian),
        ("O ministro dos Negócios Estrangeiros falou aos jornalistas.", .european),
        ("O ministro das Relações Exteriores falou aos jornalistas.", .brazilian),
    ])
    func lexicalCues(text: String, expected: Variant) throws {
        #expect(try variant(text) == expected, "\(text)")
    }

    /// Capitalisation does not hide a cue.
    @Test func cuesAreCaseInsensitive() throws {
        #expect(try variant("MOSCOVO CONDENA SANÇÕES") == .european)
        #expect(try variant("Cúpula do G20 termina sem acordo") == .brazilian)
    }

    /// A text with no cue, or with cues that balance, has no variant.
    @Test func noCueGivesNull() throws {
        #expect(try variant("O presidente chegou ontem.") == nil)
        #expect(try variant("Moscovo e Moscou são a mesma cidade.") == nil)
    }

    /// One cue repeated cannot outvote several different cues of the other variant.
    @Test func repeatedCueCountsOnce() throws {
        let text = "Moscou, Moscou, Moscou, Moscou. A equipa está a trabalhar na cimeira, disse o ministro dos Negócios Estrangeiros."
        #expect(try variant(text) == .european)
    }
}
