import Cronista
@testable import CronistaServer
import CronistaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APITests {
    @Test func statsCountTheStore() async throws {
        let expected = try Fixture.shared.store.counts()
        try await Fixture.withClient { client in
            let response = try await client.get("/api/stats")
            #expect(response.status == .ok)
            let counts = try response.object()
            #expect(counts["stories"] as? Int == expected.stories)
            #expect(expected.articles >= 9)
        }
    }

    @Test func eventsTakeTheCLIFilters() async throws {
        let store = Fixture.shared.store
        let expected = try store.events(matching: EventQuery(actor: "RUS", with: "PRK", limit: 500)).map(\.id)
        #expect(!expected.isEmpty)
        try await Fixture.withClient { client in
            let response = try await client.get("/api/events?actor=RUS&with=PRK&limit=500")
            #expect(response.status == .ok)
            #expect(response.contentType.hasPrefix("application/json"))
            let items = try #require(try response.object()["items"] as? [[String: Any]])
            #expect(items.compactMap { $0["id"] as? Int64 } == expected)

            let consult = try await client.get("/api/events?type=consult&limit=500")
            let types = Set(try #require(try consult.object()["items"] as? [[String: Any]]).compactMap { $0["type"] as? String })
            #expect(types == ["CONSULT"])

            let dated = try await client.get("/api/events?from=2023-09&to=2023-09&limit=500")
            for item in try #require(try dated.object()["items"] as? [[String: Any]]) {
                let date = try #require(item["date"] as? String)
                #expect(date.hasPrefix("2023-09") || "2023-09".hasPrefix(date))
            }

            let claimed = try await client.get("/api/events?status=claimed&limit=500")
            let statuses = Set(try #require(try claimed.object()["items"] as? [[String: Any]]).compactMap { $0["status"] as? String })
            #expect(statuses.isSubset(of: ["claimed"]))

            let text = try await client.get("/api/events?text=Pyongyang&limit=500")
            let found = try #require(try text.object()["items"] as? [[String: Any]])
            #expect(!found.isEmpty)
            for item in found {
                let sources = try #require(item["sources"] as? [[String: Any]])
                #expect(sources.contains { ($0["evidence"] as? String ?? "").localizedCaseInsensitiveContains("pyongyang") })
            }

            try expectProblem(try await client.get("/api/events?type=PARTY"), .badRequest)
            try expectProblem(try await client.get("/api/events?from=ontem"), .badRequest)
            try expectProblem(try await client.get("/api/events?status=rumour"), .badRequest)
            try expectProblem(try await client.get("/api/events?limit=0"), .badRequest)
            try expectProblem(try await client.get("/api/events?limit=100000"), .badRequest)
        }
    }

    @Test func cursorsPageThroughEveryEvent() async throws {
        try await Fixture.withClient { client in
            let all = try #require(try await client.get("/api/events?limit=500").object()["items"] as? [[String: Any]])
                .compactMap { $0["id"] as? Int64 }
            #expect(all.count > 7)
            var paged: [Int64] = []
            var uri = "/api/events?limit=7"
            var pages = 0
            while true {
                let page = try await client.get(uri).object()
                paged += try #require(page["items"] as? [[String: Any]]).compactMap { $0["id"] as? Int64 }
                pages += 1
                guard let cursor = page["next_cursor"] as? String else { break }
                uri = "/api/events?limit=7&cursor=\(cursor)"
                #expect(pages < 100)
            }
            #expect(paged == all)
            #expect(pages == (all.count + 6) / 7)
            try expectProblem(try await client.get("/api/events?cursor=bm9wZQ"), .badRequest)
        }
    }

    @Test func storyDetailHasEverySourceAndEvidence() async throws {
        let stories = try Fixture.shared.store.events(matching: EventQuery(limit: 500))
        let story = try #require(stories.max { $0.sourceCount < $1.sourceCount })
        try await Fixture.withClient { client in
            let response = try await client.get("/api/stories/\(story.id)")
            #expect(response.status == .ok)
            let detail = try response.object()
            let sources = try #require(detail["sources"] as? [[String: Any]])
            #expect(sources.count == story.sourceCount)
            for source in sources {
                #expect(!((source["evidence"] as? String) ?? "").isEmpty)
                #expect(source["url"] is String)
            }
            try expectProblem(try await client.get("/api/stories/999999"), .notFound)
            try expectProblem(try await client.get("/api/stories/abc"), .badRequest)
        }
    }

    @Test func actorsWithRolesCounterpartsAndTimeline() async throws {
        try await Fixture.withClient { client in
            let page = try await client.get("/api/actors?name=Lavrov").object()
            let items = try #require(page["items"] as? [[String: Any]])
            let lavrov = try #require(items.first)
            let actor = try #require(lavrov["actor"] as? [String: Any])
            #expect((actor["name"] as? String)?.contains("Lavrov") == true)
            #expect(!(try #require(lavrov["roles"] as? [[String: Any]])).isEmpty)
            let id = try #require(actor["id"] as? Int64)

            let detail = try await client.get("/api/actors/\(id)").object()
            let counterparts = try #require(detail["counterparts"] as? [[String: Any]])
            #expect(!counterparts.isEmpty)
            #expect(!(try #require(detail["timeline"] as? [[String: Any]])).isEmpty)
            #expect((try #require(detail["summary"] as? [String: Any]))["aliases"] is [String])

            let most = try #require(try await client.get("/api/actors?limit=3").object()["items"] as? [[String: Any]])
            #expect(most.count == 3)
            try expectProblem(try await client.get("/api/actors/424242"), .notFound)
        }
    }

    @Test func dyadTimelineSplitsCooperationAndConflict() async throws {
        let buckets = try Fixture.shared.store.timeline(Dyad("RUS", "PRK"))
        #expect(!buckets.isEmpty)
        try await Fixture.withClient { client in
            for uri in ["/api/dyads/RUS-PRK", "/api/dyads/PRK:RUS"] {
                let detail = try await client.get(uri).object()
                let months = try #require(detail["months"] as? [[String: Any]])
                #expect(months.compactMap { $0["month"] as? String } == buckets.map(\.month))
                #expect(months.compactMap { $0["events"] as? Int } == buckets.map(\.events))
                for month in months {
                    let events = month["events"] as? Int ?? 0
                    #expect((month["cooperative"] as? Int ?? 0) + (month["conflictual"] as? Int ?? 0) <= events)
                }
            }
            try expectProblem(try await client.get("/api/dyads/RUS"), .badRequest)
        }
    }

    @Test func claimsSearchAndArticles() async throws {
        try await Fixture.withClient { client in
            let claims = try #require(try await client.get("/api/claims").object()["items"] as? [[String: Any]])
            #expect(!claims.isEmpty)
            for claim in claims {
                #expect(claim["event"] is [String: Any])
                #expect(claim["denials"] is [Any])
            }

            let hits = try #require(try await client.get("/api/search?q=Lavrov").object()["items"] as? [[String: Any]])
            #expect(!hits.isEmpty)
            let snippet = try #require(hits.first?["snippet"] as? String)
            #expect(snippet.contains("[Lavrov]"))
            try expectProblem(try await client.get("/api/search"), .badRequest)

            let document = try #require(hits.first?["document"] as? String)
            let analysis = try await client.get("/api/articles/\(document)")
            #expect(analysis.status == .ok)
            #expect(try analysis.object()["schema"] as? String == "analysis/1")
            try expectProblem(try await client.get("/api/articles/0000"), .notFound)
        }
    }

    @Test func exportsStreamEveryStory() async throws {
        let stories = try Fixture.shared.store.counts().stories
        try await Fixture.withClient { client in
            let jsonl = try await client.get("/api/export?format=jsonl")
            #expect(jsonl.status == .ok)
            let lines = jsonl.text.split(separator: "\n")
            #expect(lines.count == stories)
            for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }

            let csv = try await client.get("/api/export?format=csv")
            #expect(csv.contentType.hasPrefix("text/csv"))
            #expect(csv.text.hasPrefix(EventCSV.headerLine))

            let plover = try await client.get("/api/export?format=plover")
            #expect(plover.status == .ok)
            #expect(!plover.text.isEmpty)
            try expectProblem(try await client.get("/api/export?format=xml"), .badRequest)
        }
    }

    @Test func unknownRoutesAreProblems() async throws {
        try await Fixture.withClient { client in
            try expectProblem(try await client.get("/api/nothing"), .notFound)
            let page = try await client.get("/nothing")
            #expect(page.status == .notFound)
            #expect(page.contentType.hasPrefix("text/html"))
        }
    }
}

@Suite struct OpenAPITests {
    @Test func everyRouteIsDocumented() async throws {
        let router = try CronistaServer.router(store: Fixture.shared.store)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPI.document)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(!router.routes.isEmpty)
        var routed = Set<String>()
        for route in router.routes {
            let path = route.path.description
            let method = route.method.rawValue.lowercased()
            routed.insert("\(method) \(path)")
            let operation = paths[path]?[method] as? [String: Any]
            #expect(operation != nil, "\(method.uppercased()) \(path) is not in openapi.json")
            #expect(operation?["responses"] is [String: Any])
        }
        // And nothing documented that the router does not serve.
        for (path, item) in paths {
            for method in item.keys { #expect(routed.contains("\(method) \(path)"), "\(method) \(path) is not routed") }
        }
        // Every reference resolves.
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let text = String(decoding: OpenAPI.document, as: UTF8.self)
        let references = text.components(separatedBy: "\"#/components/schemas/").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(!references.isEmpty)
        for name in Set(references) { #expect(schemas[name] != nil, "\(name) is referenced but not defined") }
    }

    @Test func servedAtOpenAPIJSON() async throws {
        try await Fixture.withClient { client in
            let response = try await client.get("/openapi.json")
            #expect(response.status == .ok)
            #expect(try response.object()["openapi"] as? String == "3.1.0")
        }
    }
}
