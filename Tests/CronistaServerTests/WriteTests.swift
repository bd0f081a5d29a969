import Cronista
@testable import CronistaServer
import CronistaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct WriteTests {
    static let token = "s3cret-token"

    /// A record shaped like a JSON Lines input, from real sentences.
    static func record(_ id: String, date: String = "2024-06-19") -> String {
        let text = "O Presidente russo, Vladimir Putin, chegou a Pyongyang para uma visita de Estado à Coreia do Norte, onde foi recebido por Kim Jong-un. Os dois líderes assinaram um acordo de parceria estratégica, segundo a agência KCNA."
        let object: [String: Any] = ["id": id, "url": "https://example.org/\(id)", "published": date, "title": "Putin em Pyongyang", "text": text]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func writesNeedTheToken() async throws {
        let (store, folder) = try Fixture.ingestedStore()
        let before = try store.counts()
        try await Fixture.withClient(store: store, token: Self.token) { client in
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: nil, body: Self.record("a")), .unauthorized)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: "wrong", body: Self.record("a")), .unauthorized)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token + "x", body: Self.record("a")), .unauthorized)
            // The token is checked first: an oversized, malformed or mistyped body without it is a 401 too.
            let big = String(repeating: Self.record("big") + "\n", count: 3_000)
            try expectProblem(try await client.post("/api/articles", type: "application/jsonl", token: nil, body: big), .unauthorized)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: "wrong", body: "{"), .unauthorized)
            try expectProblem(try await client.post("/api/articles", type: "text/plain", token: nil, body: "x"), .unauthorized)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: "", body: Self.record("a")), .unauthorized)
            let bare = try await client.post("/api/articles", type: "application/json", token: nil, body: Self.record("a"))
            #expect(bare.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
        }
        // Without a configured token the server refuses every write.
        try await Fixture.withClient(store: store, token: nil) { client in
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token, body: Self.record("a")), .forbidden)
        }
        #expect(try store.counts() == before)
        _ = folder
    }

    @Test func badRequestsStoreNothing() async throws {
        let (store, folder) = try Fixture.ingestedStore()
        let before = try store.counts()
        try await Fixture.withClient(store: store, token: Self.token, maxBody: 2_000) { client in
            try expectProblem(try await client.post("/api/articles", type: "text/plain", token: Self.token, body: Self.record("a")), .unsupportedMediaType)
            try expectProblem(try await client.post("/api/articles", type: nil, token: Self.token, body: Self.record("a")), .unsupportedMediaType)
            let big = Self.record("big").replacingOccurrences(of: "KCNA.", with: String(repeating: "Texto longo. ", count: 400))
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token, body: big), .contentTooLarge)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token, body: "{\"text\": "), .badRequest)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token, body: "[1, 2]"), .badRequest)
            try expectProblem(try await client.post("/api/articles", type: "application/json", token: Self.token, body: "{\"id\": \"x\"}"), .badRequest)
            try expectProblem(try await client.post("/api/articles", type: "application/jsonl", token: Self.token, body: ""), .badRequest)
            // One good record and one broken: neither is stored.
            let mixed = Self.record("good") + "\n{\"text\": \"sem fim\n"
            try expectProblem(try await client.post("/api/articles", type: "application/jsonl", token: Self.token, body: mixed), .badRequest)
        }
        #expect(try store.counts() == before)
        _ = folder
    }

    @Test func writesAreStoredOnceAndQueryable() async throws {
        let (store, folder) = try Fixture.ingestedStore()
        let before = try store.counts()
        let lines = Self.record("one") + "\n" + Self.record("two", date: "2024-06-20") + "\n"
        try await Fixture.withClient(store: store, token: Self.token) { client in
            let first = try await client.post("/api/articles", type: "application/x-ndjson; charset=utf-8", token: Self.token, body: lines)
            #expect(first.status == .created, "\(first.text)")
            let receipt = try first.object()
            #expect(receipt["stored"] as? Int == 2)
            let documents = try #require(receipt["documents"] as? [String])
            #expect(documents.count == 2)

            // The same bytes again: nothing new.
            let again = try await client.post("/api/articles", type: "application/jsonl", token: Self.token, body: lines)
            #expect(again.status == .ok)
            #expect(try again.object()["skipped"] as? Int == 2)

            // One JSON object, as a record line, is the same document as that line.
            let single = try await client.post("/api/articles", type: "application/json", token: Self.token, body: Self.record("one"))
            #expect(try single.object()["skipped"] as? Int == 1)
            #expect(try single.object()["documents"] as? [String] == [documents[0]])

            let analysis = try await client.get("/api/articles/\(documents[0])")
            #expect(analysis.status == .ok)
            let hits = try #require(try await client.get("/api/search?q=parceria%20estrat%C3%A9gica").object()["items"] as? [[String: Any]])
            #expect(hits.contains { $0["document"] as? String == documents[0] })
        }
        let after = try store.counts()
        #expect(after.articles == before.articles + 2)
        _ = folder
    }

    @Test func cachedAnswersFollowWrites() async throws {
        let (store, folder) = try Fixture.ingestedStore()
        try await Fixture.withClient(store: store, token: Self.token, cacheBytes: 1 << 20) { client in
            let uri = "/api/search?q=Kaesong"
            let before = try await client.get(uri)
            #expect(before.status == .ok)
            #expect(try await client.get(uri).text == before.text)
            #expect(try #require(try before.object()["items"] as? [[String: Any]]).isEmpty)
            let record = Self.record("kaesong").replacingOccurrences(of: "Pyongyang", with: "Kaesong")
            let stored = try await client.post("/api/articles", type: "application/json", token: Self.token, body: record)
            #expect(stored.status == .created)
            let after = try #require(try await client.get(uri).object()["items"] as? [[String: Any]])
            #expect(after.count == 1)
            // Errors are not kept.
            try expectProblem(try await client.get("/api/stories/999999"), .notFound)
            try expectProblem(try await client.get("/api/stories/999999"), .notFound)
        }
        _ = folder
    }

    @Test func tokensCompareInConstantTime() {
        #expect(ArticleWrites.constantTimeEquals(Array("abc".utf8), Array("abc".utf8)))
        #expect(!ArticleWrites.constantTimeEquals(Array("abc".utf8), Array("abd".utf8)))
        #expect(!ArticleWrites.constantTimeEquals(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!ArticleWrites.constantTimeEquals([], Array("a".utf8)))
        #expect(ArticleWrites.constantTimeEquals([], []))
    }
}
