import Cronista
import CronistaStore
import Foundation
import Testing

/// Shared helpers: temporary stores, the real seed articles, hand-built analyses.
enum Support {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Copies of the shared seed articles (`../shared/seeds`), kept in the repository.
    static let seeds = repositoryRoot.appendingPathComponent("Tests/CronistaStoreTests/Fixtures/seeds")

    static let analyzer: Analyzer = try! Analyzer.portuguese()

    /// The analyses of the seed articles, in file order.
    static func seedAnalyses() throws -> [Analysis] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let reader = ArticleReader()
        return try files.map { name in
            let url = seeds.appendingPathComponent(name)
            let bytes = [UInt8](try Data(contentsOf: url))
            let article = try #require(try reader.read(bytes, source: url.path, format: .text).first?.get())
            return analyzer.analyze(article)
        }
    }

    /// The SHA-256 of a string's UTF-8 bytes, as a document id would be.
    static func documentID(_ name: String) -> String {
        String(repeating: "0", count: 64 - min(64, name.utf8.count)) + name
    }
}

/// A fresh folder removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func store() throws -> SQLiteStore { try SQLiteStore(path: path("test.sqlite")) }
}

/// Builds an analysis by hand from an article's own sentences: entities
/// and events are located in the text by their exact words.
struct AnalysisBuilder {
    var analysis: Analysis

    init(_ name: String, source: String? = nil, published: String?, text: String) {
        analysis = Analysis(
            document: AnalyzedDocument(
                id: Support.documentID(name), source: source ?? "https://news.example/\(name)", title: nil,
                published: published, publishedFrom: published == nil ? nil : .input, variant: .european, text: text,
                boilerplate: []),
            sentences: Self.sentences(text))
    }

    /// Sentences ending at ". ".
    static func sentences(_ text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        for index in scalars.indices where scalars[index] == "." && index + 1 < scalars.count && scalars[index + 1] == " " {
            spans.append(TextSpan(start: start, end: index + 1))
            start = index + 2
        }
        spans.append(TextSpan(start: start, end: scalars.count))
        return spans
    }

    func span(_ words: String) -> QuotedSpan {
        let scalars = Array(analysis.document.text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return QuotedSpan(start: start, end: start + needle.count, text: words)
        }
        Issue.record("'\(words)' is not in the text of \(analysis.document.id)")
        return QuotedSpan(start: 0, end: 0, text: words)
    }

    @discardableResult
    mutating func entity(
        _ id: String, _ type: EntityType, _ name: String, _ affiliation: String?, sector: Sector? = nil,
        role: String? = nil, mentions: [String]
    ) -> String {
        analysis.entities.append(
            Entity(id: id, type: type, name: name, affiliation: affiliation, sector: sector, role: role,
                   mentions: mentions.map(span)))
        return id
    }

    mutating func event(
        _ type: EventType, _ mode: String? = nil, actors: [String], recipients: [String] = [], date: String? = nil,
        location: EventLocation? = nil, status: EventStatus = .factual, source: String? = nil, score: Double,
        trigger: String, evidence: String
    ) {
        analysis.events.append(
            Event(
                id: "v\(analysis.events.count + 1)", type: type, mode: mode, actors: actors, recipients: recipients,
                date: date, datePrecision: date.map { $0.count == 4 ? .year : $0.count == 7 ? .month : .day },
                location: location, status: status, source: source, score: score, cameo: nil, trigger: span(trigger),
                evidence: span(evidence)))
    }
}
