import Foundation
import Testing

@testable import Cronista

/// Access to the real articles copied byte for byte into `Fixtures/`
/// (from `../shared/seeds` and `../shared/corpus/dev`) and to their gold.
enum Fixtures {
    /// The fixture folder inside the test bundle.
    static var root: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures missing from the test bundle")
        }
    }

    /// The bytes of `Fixtures/<path>`.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try root.appendingPathComponent(path)))
    }

    /// The text of a fixture, decoded as UTF-8.
    static func text(_ path: String) throws -> String {
        try #require(String(validating: try bytes(path), as: UTF8.self))
    }

    /// The gold annotation beside `NAME.txt`: the parts the text stage is judged on.
    struct Gold: Decodable {
        var published: String?
        var variant: String?
        var boilerplate: [String]
    }

    static func gold(_ path: String) throws -> Gold {
        let goldPath = String(path.dropLast(".txt".count)) + ".gold.json"
        return try JSONDecoder().decode(Gold.self, from: Data(try bytes(goldPath)))
    }

    /// The annotated real articles the text-stage tests run on.
    static let annotated = [
        "seeds/000_7a8fabd987615f2e.txt",
        "seeds/003_3b7088970f3e0a81.txt",
        "seeds/004_631678cb1dca9b05.txt",
        "dev/01_lula-chega-pequim.txt",
        "dev/05_kremlin-residencia-putin.txt",
        "dev/08_china-retaliacao-tarifas-eua.txt",
    ]

    /// An article read from a corpus `.txt` fixture the way `cronista analyze` reads it.
    static func article(_ path: String) throws -> Article {
        let bytes = try bytes(path)
        return Article(
            id: SHA256.hex(bytes), source: path, text: try #require(String(validating: bytes, as: UTF8.self)),
            mayHaveHeader: true)
    }
}

/// The Portuguese analyzer (its resources are loaded once per process and cached).
enum Shared {
    static func analyzer() throws -> Analyzer { try Analyzer.portuguese() }

    /// Analyses plain text (no metadata header unless `header` is set).
    static func analyze(_ text: String, header: Bool = false, fallback: String? = nil) throws -> Analysis {
        try analyzer().analyze(Article(id: "test", source: "test", text: text, mayHaveHeader: header), fallbackPublished: fallback)
    }
}

extension Analysis {
    /// The exact text of each sentence, cut from the document text by its scalar offsets.
    var sentenceTexts: [String] {
        let scalars = Array(document.text.unicodeScalars)
        return sentences.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }
}
