import Cronista
import CronistaStore
import Testing

@Suite("Story events across articles")
struct StoryMergingTests {
    @Test("the September 2023 Kim–Putin summit, told by three seed articles, is one story event with three sources")
    func summit() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store([SeedStories.summitIn001, SeedStories.summitIn002, SeedStories.summitIn003])
        let meetings = try store.events(matching: EventQuery(actor: "Kim", with: "Putin", type: .consult))
        let summit = try #require(meetings.first { $0.sources.count > 1 })
        #expect(Set(summit.sources.map(\.document)) == Set(["001", "002", "003"].map(Support.documentID)))
        #expect(summit.date == "2023-09")
        #expect(summit.status == .factual)
        #expect(summit.mode == "visit")
        #expect(summit.score == 4)
        #expect(summit.location?.name == "Extremo-Oriente russo")
        #expect(summit.sources.contains { $0.evidence == "receber Kim no Extremo Oriente russo" })
        // Putin's visit to Pyongyang is another meeting; the invitation another (planned) event.
        let pyongyang = try #require(meetings.first { $0.location?.name == "Pyongyang" })
        #expect(pyongyang.sources.count == 1)
        #expect(pyongyang.id != summit.id)
        #expect(meetings.filter { $0.status == .planned }.count == 1)
        #expect(meetings.count == 3)
        #expect(try store.counts().stories == 3)
    }

    @Test("on the real seed articles, the September 2023 summit is one story told by several articles")
    func summitOnRealArticles() throws {
        let analyses = try Support.seedAnalyses()
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store(analyses)
        let meetings = try store.events(matching: EventQuery(actor: "Kim", with: "Putin", type: .consult))
        let summit = try #require(meetings.first { $0.date == "2023-09" }, "\(meetings.map { ($0.date, $0.sources.count) })")
        // Seed 001 ("a cimeira de setembro entre Kim e Putin") and seed 002 ("a visita do líder
        // norte-coreano à Rússia") tell it in different words.
        let tellers = Set(summit.sources.map(\.document))
        #expect(tellers.contains(analyses[1].document.id), "seed 001 tells the summit")
        #expect(tellers.contains(analyses[2].document.id), "seed 002 tells the summit")
        #expect(summit.sources.count >= 2)
    }

    @Test("meetings with different people of one country stay apart")
    func differentPeople() throws {
        var a = AnalysisBuilder("a", published: "2024-01-16", text: "Lavrov recebeu Choe em Moscovo.")
        let lavrov = a.entity("e1", .person, "Sergei Lavrov", "RUS", mentions: ["Lavrov"])
        let choe = a.entity("e2", .person, "Choe Son-hui", "PRK", mentions: ["Choe"])
        a.event(.consult, "visit", actors: [choe], recipients: [lavrov], date: "2024-01-16",
                location: EventLocation(name: "Moscovo", affiliation: "RUS"), score: 4, trigger: "recebeu",
                evidence: "Lavrov recebeu Choe em Moscovo")
        var b = AnalysisBuilder("b", published: "2024-01-16", text: "Putin recebeu Choe em Moscovo.")
        let putin = b.entity("e1", .person, "Vladimir Putin", "RUS", mentions: ["Putin"])
        let choe2 = b.entity("e2", .person, "Choe Son Hui", "PRK", mentions: ["Choe"])
        b.event(.consult, "visit", actors: [choe2], recipients: [putin], date: "2024-01-16",
                location: EventLocation(name: "Moscovo", affiliation: "RUS"), score: 4, trigger: "recebeu",
                evidence: "Putin recebeu Choe em Moscovo")
        var c = AnalysisBuilder("c", published: "2024-01-17", text: "A ministra Choe Son-hui encontrou-se com Lavrov.")
        let choe3 = c.entity("e1", .person, "Choe Son-hui", "PRK", mentions: ["Choe Son-hui"])
        let lavrov3 = c.entity("e2", .person, "Sergei Lavrov", "RUS", mentions: ["Lavrov"])
        c.event(.consult, actors: [choe3, lavrov3], date: "2024-01", score: 2.5, trigger: "encontrou-se",
                evidence: "Choe Son-hui encontrou-se com Lavrov")
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store([a.analysis, b.analysis, c.analysis])
        let stories = try store.events(matching: EventQuery(type: .consult))
        #expect(stories.count == 2)
        let withLavrov = try #require(stories.first { $0.recipients.map(\.name).contains("Sergei Lavrov") })
        #expect(withLavrov.sources.count == 2)
        #expect(withLavrov.date == "2024-01-16")
    }

    @Test("incompatible dates, places or statuses make different stories")
    func incompatible() throws {
        func meeting(_ name: String, date: String?, place: String?, status: EventStatus = .factual) -> Analysis {
            var b = AnalysisBuilder(name, published: nil, text: "Putin encontrou-se com Xi Jinping.")
            let putin = b.entity("e1", .person, "Vladimir Putin", "RUS", mentions: ["Putin"])
            let xi = b.entity("e2", .person, "Xi Jinping", "CHN", mentions: ["Xi Jinping"])
            b.event(.consult, actors: [putin, xi], date: date, location: place.map { EventLocation(name: $0, affiliation: "CHN") },
                    status: status, score: 2.5, trigger: "encontrou-se", evidence: "Putin encontrou-se com Xi Jinping")
            return b.analysis
        }
        let directory = try TemporaryDirectory()
        let store = try directory.store()
        _ = try store.store([
            meeting("a", date: "2023-03-21", place: "Pequim"),
            meeting("b", date: "2023-10-18", place: "Pequim"),
            meeting("c", date: "2023-03", place: nil),
            meeting("d", date: "2024-05", place: "Pequim", status: .planned),
            meeting("e", date: "2024-05-16", place: "Pequim"),
        ])
        let stories = try store.events(matching: EventQuery(actor: "RUS"))
        #expect(stories.map(\.sources.count) == [2, 1, 1, 1])
        #expect(stories.map { $0.date ?? "-" } == ["2023-03-21", "2023-10-18", "2024-05", "2024-05-16"])
    }
}
