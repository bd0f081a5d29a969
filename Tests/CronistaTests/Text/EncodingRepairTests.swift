import Foundation
import Testing

@testable import Cronista

/// Real articles in the encodings other sites and tools produce
/// (`Fixtures/mixed`, see its README): a UTF-8 file with one stray Latin-1
/// byte is repaired where it is bad and nowhere else, with a warning;
/// UTF-16 with or without a byte-order mark is decoded.
@Suite struct EncodingRepairTests {
    @Test func strayLatin1ByteInUTF8IsRepairedWithAWarning() throws {
        let original = try Fixtures.text("unseen/12_irao-ataque-drones-israel.txt")
        let bytes = try Fixtures.bytes("mixed/12_irao-ataque-drones-israel.stray-latin1.txt")
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try InputDecoding.decodeReporting(bytes)
        // Every other character is read as UTF-8: no mojibake ("Ã§").
        #expect(decoded.text == original)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.repairs == 1)
        #expect(decoded.warning == "1 byte not valid UTF-8, read as Windows-1252")

        let article = try #require(try ArticleReader().read(bytes, source: "x.txt", format: .text).first?.get())
        #expect(article.warnings == ["1 byte not valid UTF-8, read as Windows-1252"])
        #expect(article.id == SHA256.hex(bytes))
        let repaired = try Shared.analyzer().analyze(article)
        let clean = try Shared.analyzer().analyze(try Fixtures.article("unseen/12_irao-ataque-drones-israel.txt"))
        #expect(repaired.document.text == clean.document.text)
        #expect(repaired.events.map(\.type) == clean.events.map(\.type))
        #expect(repaired.document.published == "2024-04-14")
    }

    @Test func latin1WithoutUTF8StaysWindows1252() throws {
        let bytes = "Moscovo é a capital da Rússia, disse o ministro.".unicodeScalars.map { UInt8($0.value) }
        let decoded = try InputDecoding.decodeReporting(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.repairs == 0 && decoded.warning == nil)
    }

    @Test(arguments: [
        ("mixed/22_trump-xi-busan-tregua-tarifas.utf16le.txt", InputDecoding.Encoding.utf16LittleEndian),
        ("mixed/22_trump-xi-busan-tregua-tarifas.utf16be-bom.txt", InputDecoding.Encoding.utf16BigEndian),
    ])
    func utf16IsDecodedNotCalledBinary(path: String, encoding: InputDecoding.Encoding) throws {
        let original = try Fixtures.text("unseen/22_trump-xi-busan-tregua-tarifas.txt")
        let decoded = try InputDecoding.decodeReporting(try Fixtures.bytes(path))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == original)
        let article = try #require(try ArticleReader().read(try Fixtures.bytes(path), source: path, format: .text).first?.get())
        let analysis = try Shared.analyzer().analyze(article)
        #expect(analysis.document.published == "2025-10-30")
        #expect(analysis.document.credit == "AFP")
    }

    @Test func oddUTF16AndBinaryStillRefused() {
        #expect(throws: InputDecoding.Failure.undecodable) { try InputDecoding.decode([0xFF, 0xFE, 0x41]) }
        #expect(throws: InputDecoding.Failure.binary) { try InputDecoding.decode(Array("texto\u{0}com NUL".utf8)) }
    }
}
