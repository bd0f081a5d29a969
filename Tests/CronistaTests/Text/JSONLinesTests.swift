import Testing

@testable import Cronista

/// JSON Lines input: one article per line; each bad record reported with
/// `file:line`, the others still read.
@Suite struct JSONLinesTests {
    static let lines = [
        #"{"id": "a1", "url": "https://exemplo.pt/a1", "title": "Lula chega a Pequim", "published": "2025-05-10T23:38:00-03:00", "text": "O presidente Lula chegou a Pequim na noite deste sábado (10).\nLeia também: Outra notícia"}"#,
        #"{"id": "a2", "html": "<html><head><meta property=\"article:published_time\" content=\"2024-06-19\"></head><body><nav>Menu</nav><article><h1>Putin em Pyongyang</h1><p>O Presidente russo chegou a Pyongyang para uma visita de Estado de dois dias, a primeira em 24 anos.</p></article></body></html>"}"#,
        "",
        #"{"id": "a4", "text": "Texto sem fecho"#,
        #"{"id": "a5", "title": "Sem corpo", "published": "2024-01-01"}"#,
        #"{"id": "a6", "text": "Moscovo anunciou novas sanções. O Kremlin não comentou."}"#,
        #"[1, 2, 3]"#,
    ]

    func read(_ lines: [String], source: String = "feed.jsonl") -> [Result<Article, ArticleReader.Failure>] {
        ArticleReader().read(Array(lines.joined(separator: "\n").utf8), source: source, format: .jsonLines)
    }

    @Test func goodRecordsReadBadOnesReported() throws {
        let results = read(Self.lines)
        #expect(results.count == 6)
        let articles = results.compactMap { try? $0.get() }
        let failures = results.compactMap { result -> ArticleReader.Failure? in
            if case .failure(let f) = result { return f }
            return nil
        }
        #expect(articles.map(\.name) == ["a1", "a2", "a6"])
        #expect(failures.map(\.input) == ["feed.jsonl:4", "feed.jsonl:5", "feed.jsonl:7"])
        #expect(failures[0].reason.contains("malformed JSON"))
        #expect(failures[1].reason.contains("neither \"text\" nor \"html\""))
        #expect(failures[2].reason.contains("malformed JSON"))
        #expect(failures[0].description.hasPrefix("feed.jsonl:4: "))
    }

    @Test func recordWithTextAndPublished() throws {
        let article = try #require(try read(Self.lines).first?.get())
        #expect(article.name == "a1")
        #expect(article.source == "https://exemplo.pt/a1")
        #expect(article.title == "Lula chega a Pequim")
        #expect(article.published == "2025-05-10")
        #expect(article.publishedFrom == .input)
        #expect(article.mayHaveHeader == false)
        #expect(article.id == SHA256.hex(Array(Self.lines[0].utf8)))

        let analysis = try Shared.analyzer().analyze(article, fallbackPublished: "2030-01-01")
        #expect(analysis.document.title == "Lula chega a Pequim")
        #expect(analysis.document.published == "2025-05-10")
        #expect(analysis.document.publishedFrom == .input)
        #expect(analysis.document.text == "O presidente Lula chegou a Pequim na noite deste sábado (10).")
        #expect(analysis.document.boilerplate.map(\.reason) == [.relatedLink])
    }

    @Test func recordWithHTML() throws {
        let results = read(Self.lines)
        let article = try results[1].get()
        #expect(article.name == "a2")
        #expect(article.source == "feed.jsonl#a2")
        #expect(article.title == "Putin em Pyongyang")
        #expect(article.published == "2024-06-19")
        #expect(!article.text.contains("Menu"))
        #expect(article.text.contains("O Presidente russo chegou a Pyongyang"))
    }

    @Test func recordWithoutDateUsesTheFallback() throws {
        let article = try #require(try read(Self.lines).last { (try? $0.get()) != nil }?.get())
        #expect(article.name == "a6")
        #expect(article.published == nil)
        let analysis = try Shared.analyzer().analyze(article, fallbackPublished: "2024-05-01")
        #expect(analysis.document.published == "2024-05-01")
        #expect(analysis.document.publishedFrom == .input)
    }

    @Test func recordWithoutIdIsNamedByItsLine() throws {
        let results = read([#"{"text": "O ministro chegou a Luanda."}"#, #"{"url": "https://x.ao/n", "text": "Outra notícia de Luanda."}"#])
        let first = try #require(try results.first?.get())
        #expect(first.name == nil)
        #expect(first.source == "feed.jsonl:1")
        #expect(try results[1].get().source == "https://x.ao/n")
    }

    @Test func windowsLineEndingsAndBlankLines() throws {
        let bytes = Array("{\"id\": \"x\", \"text\": \"Primeira.\"}\r\n\r\n{\"id\": \"y\", \"text\": \"Segunda.\"}\r\n".utf8)
        let results = ArticleReader().read(bytes, source: "crlf.jsonl", format: .jsonLines)
        #expect(results.compactMap { try? $0.get().name } == ["x", "y"])
    }

    @Test func onlyBlankLinesIsEmptyInput() {
        let results = ArticleReader().read(Array("\n \n".utf8), source: "blank.jsonl", format: .jsonLines)
        #expect(results.count == 1)
        guard case .failure(let f)? = results.first else {
            Issue.record("blank JSON Lines read as an article")
            return
        }
        #expect(f.input == "blank.jsonl")
    }

    /// The per-article limit applies per record, not to the whole file.
    @Test func byteLimitAppliesPerRecord() throws {
        let small = #"{"id": "s", "text": "Curto."}"#
        let big = #"{"id": "b", "text": ""# + String(repeating: "palavra ", count: 20) + #""}"#
        let reader = ArticleReader(byteLimit: 100)
        let results = reader.read(Array([small, big, small].joined(separator: "\n").utf8), source: "f.jsonl", format: .jsonLines)
        #expect(results.count == 3)
        #expect((try? results[0].get()) != nil)
        guard case .failure(let f) = results[1] else {
            Issue.record("oversized record was read")
            return
        }
        #expect(f.input == "f.jsonl:2")
        #expect(f.reason.contains("too large"))
        #expect((try? results[2].get()) != nil)
    }
}
