import Cronista
import CronistaStore
import Testing

@Suite("Global actors")
struct GlobalActorTests {
    @Test("Lavrov is one actor across the seed articles under every spelling")
    func lavrovAcrossSeeds() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store(try Support.seedAnalyses())
        for query in ["Lavrov", "Serguei Lavrov", "Sergey Lavrov", "sergei lavrov"] {
            let actors = try store.actors(named: query, limit: 10)
            #expect(actors.count == 1, "\(query): \(actors.map(\.actor.name))")
            let lavrov = try #require(actors.first)
            #expect(lavrov.actor.affiliation == "RUS")
            #expect(lavrov.articles >= 3)
            #expect(Set(lavrov.aliases).isSuperset(of: ["Serguei Lavrov", "Sergey Lavrov"]))
        }
        let choe = try store.actors(named: "Choe Son Hui", limit: 10)
        #expect(choe.count == 1)
        #expect(Set(try #require(choe.first).aliases).isSuperset(of: ["Choe Son-hui", "Choe Son Hui"]))
    }

    @Test("a short name joins the person, and a fuller name later seen names the actor")
    func shortThenFull() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store([SeedStories.summitIn001, SeedStories.summitIn002])
        let kim = try store.actors(named: "Kim", limit: 10)
        #expect(kim.map(\.actor.name) == ["Kim Jong-un"])
        #expect(Set(kim[0].aliases) == ["Kim", "Kim Jong-un"])
        #expect(kim[0].articles == 2)
        let putin = try store.actors(named: "Putin", limit: 10)
        #expect(putin.count == 1)
        #expect(putin[0].roles.map(\.role) == ["president"])
    }

    @Test("people of different countries with the same surname stay apart")
    func differentCountries() throws {
        var a = AnalysisBuilder("a", published: "2024-01", text: "Kim Yo-jong falou.")
        a.entity("e1", .person, "Kim Yo-jong", "PRK", mentions: ["Kim Yo-jong"])
        var b = AnalysisBuilder("b", published: "2024-01", text: "Kim Yo-jong falou em Seul.")
        b.entity("e1", .person, "Kim Yo-jong", "KOR", mentions: ["Kim Yo-jong"])
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store([a.analysis, b.analysis])
        #expect(try store.actors(named: "Kim Yo-jong", limit: 10).count == 2)
    }
}
