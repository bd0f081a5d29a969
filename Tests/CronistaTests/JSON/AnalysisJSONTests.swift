import Foundation
import Testing

@testable import Cronista

/// The direct writer against Foundation's `JSONEncoder`, the encoder
/// `analyze` used before it: the same bytes for every real article.
@Suite struct AnalysisJSONTests {
    /// The encoder `analyze` and the store used: sorted keys, slashes unescaped.
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encoded<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    static func written(_ body: (inout JSONWriter) -> Void, pretty: Bool = false) -> String {
        var writer = JSONWriter(pretty: pretty)
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Every article among the fixtures and the repository's Examples/, read as `analyze` reads them.
    static func realArticles() throws -> [Article] {
        let examples = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
        var files: [URL] = []
        for folder in [try Fixtures.root, examples] {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker
            where ["txt", "html", "jsonl"].contains(url.pathExtension) && url.lastPathComponent != "README.md" {
                files.append(url)
            }
        }
        let reader = ArticleReader()
        var articles: [Article] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let bytes = [UInt8](try Data(contentsOf: file))
            let format = ArticleReader.Format(fileExtension: file.pathExtension) ?? .text
            for case .success(let article) in reader.read(bytes, source: file.lastPathComponent, format: format) {
                articles.append(article)
            }
        }
        return articles
    }

    @Test func realArticlesGiveTheEncodersBytes() throws {
        let analyzer = try Analyzer.portuguese(stages: Analyzer.Stages.all.union(.syntax))
        let articles = try Self.realArticles()
        #expect(articles.count >= 15)
        var withEvents = 0
        var writer = JSONWriter()
        for article in articles {
            let analysis = analyzer.analyze(article, fallbackPublished: nil)
            if !analysis.events.isEmpty { withEvents += 1 }
            #expect(analysis.words != nil)
            writer.reset()
            writer.write(analysis)
            let direct = String(decoding: writer.bytes, as: UTF8.self)
            #expect(direct == (try Self.encoded(analysis)), "\(article.source)")
            #expect(String(decoding: analysis.json(pretty: true), as: UTF8.self) == (try Self.encoded(analysis, pretty: true)), "\(article.source)")
        }
        #expect(withEvents >= 5)
    }

    /// Every optional set and unset, the escapes, numbers of each form.
    @Test func everyFieldAndEscapeGivesTheEncodersBytes() throws {
        let awkward = "aspas \" barra \\ / tab\t nl\n cr\r ff\u{0C} bs\u{08} nul\u{00} us\u{1F} del\u{7F} é 😀 \u{2028}"
        let span = QuotedSpan(start: 0, end: 3, text: awkward)
        var document = AnalyzedDocument(
            id: "abc", source: "https://exemplo.pt/a/b", title: nil, published: nil, publishedFrom: nil, variant: nil,
            text: awkward, boilerplate: [BoilerplateLine(line: 1, text: awkward, reason: .siteTemplate)])
        var analysis = Analysis(
            document: document, sentences: [TextSpan(start: 0, end: 12), TextSpan(start: -1, end: Int.max)],
            entities: [
                Entity(id: "e1", type: .person, name: "Lula"),
                Entity(id: "e2", type: .geopolitical, name: awkward, affiliation: "BRA", sector: .government, role: "president", mentions: [span, span]),
            ],
            events: [
                Event(
                    id: "v1", type: .consult, mode: nil, actors: [], recipients: [], date: nil, datePrecision: nil, location: nil,
                    status: .factual, source: nil, score: 1, cameo: nil, trigger: span, evidence: span),
                Event(
                    id: "v2", type: .assault, mode: "aerial", actors: ["e1", "e2"], recipients: ["e2"], date: "2024-01", datePrecision: .month,
                    location: EventLocation(name: "Pequim", affiliation: "CHN", lat: 39.9042, lon: -116.4074),
                    status: .claimed, source: "e1", score: -9.5, cameo: "195", trigger: span, evidence: span),
                Event(
                    id: "v3", type: .aid, mode: nil, actors: ["e1"], recipients: [], date: "2024", datePrecision: .year,
                    location: EventLocation(name: "Lisboa"), status: .planned, source: nil, score: -0.0, cameo: nil, trigger: span, evidence: span),
            ],
            timexes: [Timex(start: 1, end: 2, text: "ontem", value: nil), Timex(start: 3, end: 4, text: "2024", value: "2024")],
            quotes: [Quote(start: 0, end: 1, text: awkward, speaker: nil, cue: nil), Quote(start: 0, end: 1, text: "x", speaker: "e1", cue: "disse")],
            quantities: [
                Quantity(start: 0, end: 1, text: "3", value: 3, unit: nil, approx: nil),
                Quantity(start: 0, end: 1, text: "mil milhões", value: 1e16, unit: "EUR", approx: "about"),
                Quantity(start: 0, end: 1, text: "0,1", value: 0.1, unit: "%", approx: "more-than"),
                Quantity(start: 0, end: 1, text: "x", value: 1e-7, unit: nil, approx: nil),
                Quantity(start: 0, end: 1, text: "x", value: 123456789.25, unit: nil, approx: nil),
            ])
        for pretty in [false, true] {
            #expect(String(decoding: analysis.json(pretty: pretty), as: UTF8.self) == (try Self.encoded(analysis, pretty: pretty)))
        }
        document.title = "Título"
        document.published = "2024-01-18"
        document.publishedFrom = .dateline
        document.variant = .brazilian
        document.credit = "Lusa"
        document.boilerplate = []
        analysis = Analysis(document: document)
        analysis.words = [
            AnalyzedWord(sentence: 0, id: 1, form: "do", lemma: "de", upos: "ADP", feats: "_", head: 0, deprel: "root", start: 0, end: 2)
        ]
        for pretty in [false, true] {
            #expect(String(decoding: analysis.json(pretty: pretty), as: UTF8.self) == (try Self.encoded(analysis, pretty: pretty)))
        }
        analysis.words = []
        #expect(String(decoding: analysis.json(pretty: true), as: UTF8.self) == (try Self.encoded(analysis, pretty: true)))
    }

    /// The pieces the store keeps as JSON columns, alone.
    @Test func storedPiecesGiveTheEncodersBytes() throws {
        let spans = [TextSpan(start: 0, end: 5), TextSpan(start: 6, end: 10)]
        #expect(Self.written { $0.write(spans) } == (try Self.encoded(spans)))
        #expect(Self.written { $0.write([TextSpan]()) } == (try Self.encoded([TextSpan]())))
        let lines = [BoilerplateLine(line: 3, text: "Partilhe \"isto\"", reason: .relatedLink)]
        #expect(Self.written { $0.write(lines) } == (try Self.encoded(lines)))
        let mentions = [QuotedSpan(start: 1, end: 2, text: "Costa"), QuotedSpan(start: 5, end: 9, text: "António\tCosta")]
        #expect(Self.written { $0.write(mentions) } == (try Self.encoded(mentions)))
    }

    /// One writer reused: each document alone, none of the last one left.
    @Test func aResetWriterStartsAfresh() throws {
        var writer = JSONWriter()
        writer.write([TextSpan(start: 0, end: 1)])
        writer.reset()
        writer.write([QuotedSpan(start: 2, end: 3, text: "x")])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"[{"end":3,"start":2,"text":"x"}]"#)
    }
}
