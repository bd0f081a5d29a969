import Cronista
import CronistaStore
import Foundation
import Testing

/// Each query on a fixture database: the hand-built seed stories.
@Suite("Queries on a fixture store")
struct QueryTests {
    let directory: TemporaryDirectory
    let store: SQLiteStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try directory.store()
        _ = try store.store(SeedStories.all)
    }

    @Test("events: by actor code, partner, type and date range")
    func events() throws {
        let all = try store.events(matching: EventQuery(actor: "RUS", with: "PRK", type: .consult, from: "2023-01", to: "2024-12"))
        #expect(all.map { $0.date ?? "-" } == ["2023-09", "2023-10-18"])
        #expect(try store.events(matching: EventQuery(actor: "RUS", with: "PRK", type: .consult, from: "2023-10")).count == 1)
        #expect(try store.events(matching: EventQuery(actor: "RUS", with: "PRK", type: .consult, to: "2023-09-30")).count == 1)
        #expect(try store.events(matching: EventQuery(actor: "RUS", with: "PRK", type: .consult, from: "2025")).isEmpty)
        // AID goes from North Korea to Russia: Russia is no actor of it.
        #expect(try store.events(matching: EventQuery(actor: "RUS", type: .aid)).isEmpty)
        #expect(try store.events(matching: EventQuery(actor: "PRK", with: "RUS", type: .aid)).count == 1)
        let lavrov = try store.events(matching: EventQuery(actor: "Sergey Lavrov"))
        #expect(lavrov.map(\.type) == [.consult])
        #expect(lavrov.first?.sources.first?.evidence == "Serguei Lavrov, chegou à Coreia do Norte para uma visita oficial")
    }

    @Test("actors: aliases, roles over time, counts")
    func actors() throws {
        let lavrov = try #require(try store.actors(named: "Lavrov", limit: 5).first)
        #expect(lavrov.actor.name == "Sergei Lavrov")
        #expect(lavrov.actor.code == "RUSGOV")
        #expect(lavrov.aliases.contains("Serguei Lavrov"))
        #expect(lavrov.roles == [ActorRole(role: "foreign minister", firstSeen: "2023-10-18", lastSeen: "2023-10-18", articles: 1)])
        #expect(lavrov.events == 1)
        let top = try store.actors(named: nil, limit: 3)
        #expect(top.count == 3)
        #expect(top[0].mentions >= top[1].mentions)
        #expect(try store.actors(named: "Ninguém Existente", limit: 5).isEmpty)
    }

    @Test("timeline: story events per month with the summed score")
    func timeline() throws {
        let months = try store.timeline(Dyad(parsing: "RUS:PRK")!)
        #expect(months == [
            TimelineBucket(month: "2023-09", events: 1, score: 4),
            TimelineBucket(month: "2023-10", events: 1, score: 4),
            TimelineBucket(month: "2024-01", events: 2, score: -4),
        ])
        #expect(try store.timeline(Dyad("Putin", "Kim")).map(\.month) == ["2023-09"])
        #expect(Dyad(parsing: "RUS") == nil)
    }

    @Test("claims: the missile claim, its two claimants and its two denials")
    func claims() throws {
        let claims = try store.claims(about: "PRK", limit: 10)
        let aid = try #require(claims.first { $0.event.type == .aid })
        #expect(aid.event.sources.count == 2)
        #expect(Set(aid.claimants.map(\.name)) == ["Casa Branca", "John Kirby"])
        #expect(aid.denials.count == 2)
        #expect(Set(aid.denials.flatMap(\.deniers).map(\.name)) == ["Coreia do Norte", "Rússia", "Dmitry Peskov"])
        #expect(aid.denials.contains { $0.evidence == "uma afirmação que Pyongyang e Moscovo negaram" })
        let accusation = try #require(claims.first { $0.event.type == .accuse })
        #expect(accusation.claimants.map(\.name) == ["Casa Branca"])
        #expect(accusation.denials.map(\.date) == ["2024-01"])
        #expect(try store.claims(about: "CHN", limit: 10).isEmpty)
        #expect(try store.claims(about: nil, limit: 10).count == claims.count)
    }

    @Test("search: every word, accents optional, with the passage")
    func search() throws {
        let hits = try store.search("mísseis balísticos", limit: 10)
        #expect(hits.map(\.document) == [Support.documentID("000")])
        #expect(hits.first?.snippet.contains("[mísseis] [balísticos]") == true)
        #expect(try store.search("misseis BALISTICOS", limit: 10).count == 1)
        #expect(try store.search("mísseis Lavrov", limit: 10).isEmpty)
        #expect(try store.search("\"(*", limit: 10).isEmpty)
    }

    @Test("export: PLOVER records reduce planned cooperation to AGREE; CSV has GDELT-style columns")
    func export() throws {
        var stories: [StoryEvent] = []
        try store.forEachStory { stories.append($0) }
        let storyCount = try store.counts().stories
        #expect(stories.count == storyCount)
        let planned = try #require(stories.first { $0.status == .planned })
        let record = try #require(PLOVERRecord(planned, lexicon: Support.analyzer.resources.eventExtractor.lexicon))
        #expect(record.eventType == "AGREE")
        #expect(record.eventMode == nil)
        #expect(record.eventIntensity == 2.5)
        #expect(record.contexts == ["planned-consult"])
        #expect(record.actorName == ["Vladimir Putin"])
        let summit = try #require(stories.first { $0.date == "2023-09" })
        #expect(PLOVERRecord(summit, lexicon: Support.analyzer.resources.eventExtractor.lexicon)?.eventType == "CONSULT")
        #expect(PLOVERRecord(summit, lexicon: Support.analyzer.resources.eventExtractor.lexicon)?.source.count == 3)
        #expect(EventCSV.headerLine.hasPrefix("date,actor_codes,actor_names,recipient_codes,recipient_names,type,mode,score"))
        let line = EventCSV.line(summit)
        #expect(line.hasPrefix("2023-09,"))
        #expect(line.contains(",CONSULT,visit,4,factual,Extremo-Oriente russo,"))
        let aid = try #require(stories.first { $0.type == .aid })
        #expect(EventCSV.line(aid).hasPrefix(",PRK,Coreia do Norte,RUS,Rússia,AID,military,10,"))
    }
}
