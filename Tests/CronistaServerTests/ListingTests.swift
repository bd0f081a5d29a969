import Cronista
@testable import CronistaServer
import CronistaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The event list as the store pages it (filters and keyset cursors in SQL),
/// the dyad listing, and the aggregates of the actor and dyad routes.
@Suite struct ListingTests {
    /// Every page of `uri` (which has no cursor yet), by following `next_cursor`.
    func allPages(_ client: any TestClientProtocol, _ uri: String) async throws -> (ids: [Int64], pages: Int) {
        var ids: [Int64] = []
        var pages = 0
        var next = uri
        while true {
            let page = try await client.get(next).object()
            ids += try #require(page["items"] as? [[String: Any]]).compactMap { $0["id"] as? Int64 }
            pages += 1
            guard let cursor = page["next_cursor"] as? String, pages < 200 else { break }
            next = uri + "&cursor=" + cursor
        }
        return (ids, pages)
    }

    @Test func keysetCursorsPageThroughFilteredEvents() async throws {
        let store = Fixture.shared.store
        let factual = try store.events(matching: EventQuery(limit: 5_000)).filter { $0.status == .factual }.map(\.id)
        #expect(factual.count > 5)
        try await Fixture.withClient { client in
            let (ids, pages) = try await allPages(client, "/api/events?status=factual&limit=4")
            #expect(ids == factual)
            #expect(pages == (factual.count + 3) / 4)
            // An offset cursor of another listing is refused here, and a story cursor elsewhere.
            try expectProblem(try await client.get("/api/events?cursor=\(Paging.encode(.offset(10)))"), .badRequest)
            let story = Paging.encode(.after(StoryKey(date: "2024-01", id: 3)))
            try expectProblem(try await client.get("/api/actors?cursor=\(story)"), .badRequest)
            try expectProblem(try await client.get("/api/events?cursor=\(Paging.encode(.offset(0)) + "x")"), .badRequest)
        }
    }

    @Test func cursorsResumeAfterUndatedStories() {
        for key in [StoryKey(date: nil, id: 7), StoryKey(date: "2023-09-13", id: 42), StoryKey(date: "2024-SU", id: 1)] {
            #expect(Paging.decode(Paging.encode(.after(key))) == .after(key))
        }
        #expect(Paging.decode(Paging.encode(.offset(50))) == .offset(50))
        #expect(Paging.decode("djI6eDo") == nil)  // "v2:x:"
    }

    @Test func textFilterReadsEvidenceIgnoringCaseAndAccents() async throws {
        try await Fixture.withClient { client in
            let plain = try #require(try await client.get("/api/events?text=misseis&limit=500").object()["items"] as? [[String: Any]])
            let accented = try #require(try await client.get("/api/events?text=M%C3%8DSSEIS&limit=500").object()["items"] as? [[String: Any]])
            #expect(!plain.isEmpty)
            #expect(plain.compactMap { $0["id"] as? Int64 } == accented.compactMap { $0["id"] as? Int64 })
            for item in plain {
                let sources = try #require(item["sources"] as? [[String: Any]])
                #expect(sources.contains { EventFilter.fold($0["evidence"] as? String ?? "").contains("misseis") })
            }
            // Every word must be in one source's evidence.
            let none = try #require(try await client.get("/api/events?text=misseis%20xylofone&limit=500").object()["items"] as? [[String: Any]])
            #expect(none.isEmpty)
            // Only letters and digits make words: LIKE's wildcards are no filter at all.
            let wildcard = try #require(try await client.get("/api/events?text=%25_&limit=500").object()["items"] as? [[String: Any]])
            let all = try #require(try await client.get("/api/events?limit=500").object()["items"] as? [[String: Any]])
            #expect(wildcard.count == all.count)
        }
    }

    @Test func filtersCombineInTheStore() async throws {
        let store = Fixture.shared.store
        let expected = try store.events(matching: EventQuery(actor: "RUS", with: "PRK", type: .consult, from: "2023", to: "2024", limit: 500))
            .filter { $0.status == .factual }.map(\.id)
        #expect(!expected.isEmpty)
        try await Fixture.withClient { client in
            let page = try await client.get("/api/events?actor=RUS&with=PRK&type=CONSULT&from=2023&to=2024&status=factual&limit=500")
            let items = try #require(try page.object()["items"] as? [[String: Any]])
            #expect(items.compactMap { $0["id"] as? Int64 } == expected)
        }
    }

    @Test func dyadsAreListedMostActiveFirst() async throws {
        try await Fixture.withClient { client in
            let page = try await client.get("/api/dyads?limit=3").object()
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(items.count == 3)
            let counts = items.compactMap { $0["events"] as? Int }
            #expect(counts == counts.sorted(by: >))
            #expect(items.contains { ($0["first"] as? String) == "PRK" && ($0["second"] as? String) == "RUS" })
            let cursor = try #require(page["next_cursor"] as? String)
            let next = try #require(try await client.get("/api/dyads?limit=3&cursor=\(cursor)").object()["items"] as? [[String: Any]])
            #expect((next.first?["events"] as? Int ?? .max) <= counts.last ?? 0)
            try expectProblem(try await client.get("/api/dyads?limit=-1"), .badRequest)
        }
    }

    @Test func dyadMonthsListTheirStories() async throws {
        let store = Fixture.shared.store
        try await Fixture.withClient { client in
            let detail = try await client.get("/api/dyads/RUS-PRK").object()
            let months = try #require(detail["months"] as? [[String: Any]])
            let september = try #require(months.first { $0["month"] as? String == "2023-09" })
            let ids = try #require(september["stories"] as? [Int64])
            #expect(ids.count == september["events"] as? Int)
            for id in ids {
                let story = try #require(try store.story(id: id))
                let countries = Set((story.actors + story.recipients).compactMap(\.affiliation))
                #expect(countries.isSuperset(of: ["RUS", "PRK"]))
                #expect(story.date?.hasPrefix("2023-09") == true)
            }
            // Names work as sides too.
            let names = try #require(try await client.get("/api/dyads/Putin:Kim").object()["months"] as? [[String: Any]])
            #expect(!names.isEmpty)
        }
    }

    @Test func searchRanksTheNewestMatches() async throws {
        let store = Fixture.shared.store
        // Fewer matches than candidates: the same ranking as the store's full search.
        for words in ["Lavrov", "Coreia do Norte", "mísseis"] {
            let full = try store.search(words, limit: 20).map(\.document)
            #expect(!full.isEmpty)
            #expect(try store.search(words, limit: 20, candidates: 1_000).map(\.document) == full)
            // Fewer candidates: the best of the newest ones only.
            let newest = try store.search(words, limit: 1, candidates: 1).map(\.document)
            #expect(newest.count == 1)
        }
        let hits = try store.search("Lavrov", limit: 5, candidates: 1_000)
        #expect(hits.allSatisfy { $0.snippet.contains("[Lavrov]") })
        #expect(try store.search("\"*()", limit: 5, candidates: 10).isEmpty)
    }

    @Test func actorCounterpartsAreCountedOverEveryStory() async throws {
        let store = Fixture.shared.store
        let lavrov = try #require(try store.actors(named: "Lavrov", limit: 1).first).actor.id
        let stories = try store.stories(involving: lavrov, limit: 10_000)
        let expected = Analytics.counterparts(of: lavrov, in: stories)
        let counted = try store.counterparts(of: lavrov, limit: 30)
        #expect(counted.map(\.actor.id).sorted() == expected.map(\.actor.id).sorted())
        for counterpart in counted {
            let other = try #require(expected.first { $0.actor.id == counterpart.actor.id })
            #expect(counterpart.events == other.events)
            #expect(counterpart.cooperative == other.cooperative)
            #expect(counterpart.conflictual == other.conflictual)
        }
        #expect(try store.months(of: lavrov).map(\.month) == Analytics.months(stories).map(\.month))
    }
}
