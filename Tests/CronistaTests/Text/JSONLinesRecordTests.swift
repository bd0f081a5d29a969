import Foundation
import Testing

@testable import Cronista

/// The byte-level reading of a JSON Lines record gives what decoding the
/// line first gave: the same article (id included) or the same failure.
@Suite struct JSONLinesRecordTests {
    static let record = #"{"id": "r1", "url": "https://exemplo.pt/1", "published": "2024-05-10", "text": "O ministro disse \"sim\" em Luanda."}"#
    static let accented = #"{"id": "r2", "text": "A comissão europeia reúne-se em Bruxelas — diz a ministra."}"#

    static func describe(_ result: Result<Article, ArticleReader.Failure>?) -> String {
        switch result {
        case nil: return "blank"
        case .success(let article): return "\(article)"
        case .failure(let failure): return "failure \(failure.description)"
        }
    }

    @Test func everyKindOfLineReadsAsWhenDecodedFirst() {
        let reader = ArticleReader()
        let lines: [[UInt8]] = [
            Array(Self.record.utf8),
            Array(Self.accented.utf8),
            Array(("  \t" + Self.record + " \r").utf8),
            Array(("\u{FEFF}" + Self.record).utf8),
            Array((Self.record + "\u{A0}").utf8),
            Array(("\u{A0}" + Self.record).utf8),
            Array("   \r".utf8),
            Array("\u{0C}".utf8),
            Array("\u{0B} \u{0B}".utf8),
            [],
            Array(#"{"id": "x", "text": "sem fecho"#.utf8),
            Array(#"{"id": "vazio"}"#.utf8),
            Array(#"{"id": "l", "text": "Informa"#.utf8) + [0xE7, 0xE3] + Array(#"o de Lisboa e da comiss\#u{E3}o."}"#.utf8),
            Array(#"{"id": "n", "text": "a"#.utf8) + [0x00] + Array(#"b"}"#.utf8),
            Array(#"{"id": "h", "html": "<article><p>O Kremlin declarou esta terça-feira que vai endurecer a posição.</p></article>"}"#.utf8),
        ]
        for (index, line) in lines.enumerated() {
            let plain = ArticleReader.plainRecordBytes(line[...])
            let fast = reader.record(line[...], source: "f.jsonl", line: index + 1)
            let slow = reader.decodedRecord(line[...], location: "f.jsonl:\(index + 1)", source: "f.jsonl")
            #expect(Self.describe(fast) == Self.describe(slow), "line \(index + 1), plain: \(plain != nil)")
        }
        // The plain lines do take the byte path.
        #expect(ArticleReader.plainRecordBytes(Array(Self.accented.utf8)[...]) != nil)
        #expect(ArticleReader.plainRecordBytes(Array(("\u{FEFF}" + Self.record).utf8)[...]) == nil)
    }

    /// The document id is the SHA-256 of the record as trimmed.
    @Test func theIdIsTheHashOfTheTrimmedRecord() throws {
        let line = Array(("  " + Self.record + "\r").utf8)
        let article = try #require(try ArticleReader().record(line[...], source: "f.jsonl", line: 1)?.get())
        #expect(article.id == SHA256.hex(Array(Self.record.utf8)))
        #expect(article.name == "r1")
        #expect(article.published == "2024-05-10")
    }
}
