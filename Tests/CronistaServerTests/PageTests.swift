import Cronista
@testable import CronistaServer
import CronistaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PageTests {
    func lavrovID() throws -> Int64 {
        try #require(try Fixture.shared.store.actors(named: "Lavrov", limit: 1).first).actor.id
    }

    @Test func dashboard() async throws {
        try await Fixture.withClient { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("text/html"))
            let html = page.text
            #expect(html.contains("<h1>Dashboard</h1>"))
            #expect(html.contains("Latest stories"))
            #expect(html.contains("href=\"/dyads/"))
            #expect(html.contains("href=\"/stories/"))
            #expect(!html.contains("<script"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func eventListKeepsItsFilters() async throws {
        try await Fixture.withClient { client in
            let html = try await client.get("/events?actor=RUS&with=PRK&type=CONSULT").text
            #expect(html.contains("value=\"RUS\""))
            #expect(html.contains("<option selected>CONSULT</option>"))
            #expect(html.contains("href=\"/stories/"))
            let paged = try await client.get("/events?limit=2").text
            #expect(paged.contains("rel=\"next\""))
            let bad = try await client.get("/events?type=PARTY")
            #expect(bad.status == .badRequest)
            #expect(bad.contentType.hasPrefix("text/html"))
        }
    }

    @Test func storyPageHighlightsTheEvidenceSentence() async throws {
        let story = try #require(try Fixture.shared.store.events(matching: EventQuery(actor: "RUS", with: "PRK", limit: 50)).first)
        try await Fixture.withClient { client in
            let html = try await client.get("/stories/\(story.id)").text
            #expect(html.contains("<mark>"))
            #expect(html.contains(SVG.escape(story.sources[0].evidence)))
            #expect(html.contains("class=\"evidence\""))
            let missing = try await client.get("/stories/999999")
            #expect(missing.status == .notFound)
        }
    }

    @Test func actorPageDrawsNetworkAndTimeline() async throws {
        let id = try lavrovID()
        try await Fixture.withClient { client in
            let html = try await client.get("/actors/\(id)").text
            #expect(html.contains("Lavrov"))
            #expect(html.contains("Roles over time"))
            #expect(html.contains("<svg class=\"chart network\""))
            #expect(html.contains("<svg class=\"chart timeline\""))
            #expect(html.contains("<line "))
            #expect(html.contains("href=\"/actors/"))
        }
    }

    @Test func dyadAndSearchPages() async throws {
        try await Fixture.withClient { client in
            let dyad = try await client.get("/dyads/RUS-PRK").text
            #expect(dyad.contains("<svg class=\"chart timeline\""))
            #expect(dyad.contains("<rect "))
            #expect(dyad.contains("href=\"/stories/"))
            let search = try await client.get("/search?q=Lavrov").text
            #expect(search.contains("<mark>Lavrov</mark>"))
            let css = try await client.get("/style.css")
            #expect(css.contentType.hasPrefix("text/css"))
        }
    }

    @Test func textIsEscaped() {
        #expect(SVG.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(Router<BasicRequestContext>.marked("<b>[Lavrov]</b>") == "&lt;b&gt;<mark>Lavrov</mark>&lt;/b&gt;")
    }
}

@Suite struct ArticlePageTests {
    @Test func articleTextIsMarkedUp() async throws {
        let hit = try #require(try Fixture.shared.store.search("Lavrov Pyongyang", limit: 1).first)
        let analysis = try #require(try Fixture.shared.store.analysis(documentID: hit.document))
        try await Fixture.withClient { client in
            let page = try await client.get("/articles/\(hit.document)")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("class=\"ent ent-per\""))
            #expect(html.contains("trg"))
            #expect(html.contains("Removed as boilerplate"))
            #expect(!html.contains("<script"))
            // Every word of the text is there, escaped.
            #expect(html.contains(SVG.escape(String(analysis.document.text.prefix(20)))) || html.contains("<span"))
            let missing = try await client.get("/articles/nope")
            #expect(missing.status == .notFound)
        }
    }

    @Test func overlappingMarksNest() {
        var analysis = Analysis(
            document: AnalyzedDocument(
                id: "x", source: "s", title: nil, published: nil, publishedFrom: nil, variant: nil,
                text: "Lavrov disse <não>.", boilerplate: []),
            sentences: [TextSpan(start: 0, end: 19)])
        analysis.entities = [Entity(id: "e1", type: .person, name: "Lavrov", affiliation: "RUS", sector: nil, role: nil,
                                    mentions: [QuotedSpan(start: 0, end: 6, text: "Lavrov")])]
        analysis.quotes = [Quote(start: 0, end: 18, text: "Lavrov disse <não>", speaker: "Lavrov", cue: nil)]
        let html = ArticleView.html(analysis)
        #expect(html.hasPrefix("<span class=\"ent ent-per quo\""))
        #expect(html.contains("&lt;não&gt;"))
        #expect(html.hasSuffix("."))
    }
}

@Suite struct TemplateContextTests {
    @Test func emptyValuesLeaveTheirSectionsOut() {
        let pruned = PageRenderer.prune(["a": "", "b": "x", "c": [["d": "", "e": 1]], "f": Optional<String>.none as Any]) as? [String: Any]
        #expect(pruned?["a"] == nil)
        #expect(pruned?["b"] as? String == "x")
        #expect(pruned?["f"] == nil)
        let list = pruned?["c"] as? [[String: Any]]
        #expect(list?.first?["d"] == nil)
        #expect(list?.first?["e"] as? Int == 1)
    }
}

@Suite struct StorySourceTests {
    @Test func aSourceWithoutTitleShowsItsURL() async throws {
        let stories = try Fixture.shared.store.events(matching: EventQuery(limit: 500))
        try await Fixture.withClient { client in
            for story in stories.prefix(40) {
                let html = try await client.get("/stories/\(story.id)").text
                for source in story.sources {
                    #expect(html.contains("href=\"\(SVG.escape(source.url))\""))
                }
                // The page's own title never stands in for a source's.
                #expect(!html.contains("\">\(story.type.rawValue) \(story.date ?? "undated")</a>"))
            }
        }
    }
}
