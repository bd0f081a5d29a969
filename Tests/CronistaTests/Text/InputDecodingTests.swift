import Testing

@testable import Cronista

/// Reading input bytes: UTF-8, Windows-1252 and ISO-8859-1 decoded;
/// empty, binary, oversized and undecodable input refused.
@Suite struct InputDecodingTests {
    /// Encodes `text` as Windows-1252 (every scalar must exist in that code page).
    static func windows1252(_ text: String) throws -> [UInt8] {
        let high: [UInt32: UInt8] = [
            0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
            0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
            0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
            0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
        ]
        return try text.unicodeScalars.map { s in
            if s.value < 0x80 || (s.value >= 0xA0 && s.value <= 0xFF) { return UInt8(s.value) }
            return try #require(high[s.value], "\(s) is not in Windows-1252")
        }
    }

    func failure(_ bytes: [UInt8], byteLimit: Int = InputDecoding.defaultByteLimit) -> InputDecoding.Failure? {
        do {
            _ = try InputDecoding.decode(bytes, byteLimit: byteLimit)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainUTF8() throws {
        let text = "A Rússia e a Coreia do Norte — “parceiros” — assinaram o acordo. 🇷🇺"
        let decoded = try InputDecoding.decode(Array(text.utf8))
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf8WithByteOrderMark() throws {
        let decoded = try InputDecoding.decode([0xEF, 0xBB, 0xBF] + Array("São Tomé e Príncipe".utf8))
        #expect(decoded.text == "São Tomé e Príncipe")
        #expect(decoded.text.unicodeScalars.first == "S")
        #expect(decoded.encoding == .utf8)
    }

    @Test func windows1252WithCurlyQuotesAndEuro() throws {
        let text = "“Moscovo é a capital da Rússia”, disse o ministro. O acordo custou 5 € – 10 € por habitante…"
        let bytes = try Self.windows1252(text)
        #expect(bytes.contains(0x93) && bytes.contains(0x94) && bytes.contains(0x80) && bytes.contains(0xE9))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try InputDecoding.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.encoding == .windows1252)
    }

    @Test func iso88591() throws {
        // ISO-8859-1 agrees with Windows-1252 outside 0x80–0x9F.
        let text = "Moscovo é a capital da Rússia, disse o ministro. Ação, coração, São Paulo, «já», 3º lugar, 50%."
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let decoded = try InputDecoding.decode(bytes)
        #expect(decoded.text == text)
    }

    @Test func windows1252ArticleGoesThroughThePipeline() throws {
        let text = " date 2024-01\n“Moscovo é a capital da Rússia”, disse o ministro.\nLeia também: Outra notícia"
        let results = ArticleReader().read(try Self.windows1252(text), source: "cp1252.txt", format: .text)
        let article = try #require(try results.first?.get())
        let analysis = try Shared.analyzer().analyze(article)
        #expect(analysis.document.text == "“Moscovo é a capital da Rússia”, disse o ministro.")
        #expect(analysis.document.published == "2024-01")
        #expect(analysis.document.variant == .european)
        #expect(article.id == SHA256.hex(try Self.windows1252(text)))
    }

    @Test func binaryRefused() {
        #expect(failure(Array("texto\u{0}com NUL".utf8)) == .binary)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                            0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8]
        #expect(failure(png) == .binary)
        // Control characters without NUL, well above 2% of the bytes.
        #expect(failure(Array("abc\u{1}\u{2}\u{3}\u{4}def\u{1B}ghi\u{7}".utf8)) == .binary)
    }

    @Test func emptyAndBlankRefused() {
        #expect(failure([]) == .empty)
        #expect(failure(Array("  \n\t\r\n  ".utf8)) == .empty)
        #expect(failure([0xEF, 0xBB, 0xBF]) == .empty)
        #expect(failure([0xEF, 0xBB, 0xBF, 0x0A, 0x20]) == .empty)
    }

    @Test func oversizedRefused() throws {
        let bytes = Array("O ministro chegou a Luanda.".utf8)
        #expect(failure(bytes, byteLimit: 10) == .tooLarge(bytes: bytes.count, limit: 10))
        #expect(try InputDecoding.decode(bytes, byteLimit: bytes.count).text == "O ministro chegou a Luanda.")
        #expect(InputDecoding.defaultByteLimit == 8 * 1024 * 1024)
        let reader = ArticleReader(byteLimit: 10)
        let results = reader.read(bytes, source: "big.txt", format: .text)
        #expect(results.count == 1)
        if case .failure(let f) = results.first {
            #expect(f.input == "big.txt")
            #expect(f.reason.contains("too large"))
        } else {
            Issue.record("oversized input was read")
        }
    }

    @Test func undecodableRefused() {
        // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252 and invalid as UTF-8.
        #expect(failure([0x4F, 0x6C, 0xE1, 0x81, 0x8D, 0x8F, 0x90, 0x9D]) == .undecodable)
        #expect(failure(Array("Não".utf8) + [0x81]) == .undecodable)
    }

    @Test func failuresDescribeThemselves() {
        #expect(InputDecoding.Failure.empty.description == "empty input")
        #expect(InputDecoding.Failure.binary.description.contains("binary"))
        #expect(InputDecoding.Failure.undecodable.description.contains("UTF-8"))
        #expect(InputDecoding.Failure.tooLarge(bytes: 20, limit: 10).description.contains("20 bytes"))
    }

    @Test func readerReportsDecodingFailuresWithTheSource() {
        for (bytes, reason) in [([UInt8](), "empty"), ([0x00, 0x01, 0x02], "binary"), ([0x81, 0x8D], "neither UTF-8")] {
            for format in ArticleReader.Format.allCases {
                let results = ArticleReader().read(bytes, source: "in.\(format)", format: format)
                #expect(results.count == 1)
                guard case .failure(let f)? = results.first else {
                    Issue.record("\(format): \(bytes) was read")
                    continue
                }
                #expect(f.input == "in.\(format)")
                #expect(f.reason.contains(reason), "\(f.reason)")
                #expect(f.description == "in.\(format): \(f.reason)")
            }
        }
    }
}

/// The real articles as other sites and systems would serve them: Windows
/// line endings, a byte-order mark, Windows-1252 bytes. The analysis of the
/// text must not change.
@Suite struct RealArticleEncodingTests {
    func analyze(_ bytes: [UInt8], source: String = "x.txt") throws -> Analysis {
        let article = try ArticleReader().read(bytes, source: source, format: .text)[0].get()
        return try Shared.analyzer().analyze(article)
    }

    @Test(arguments: Fixtures.annotated)
    func sameAnalysisWhateverTheBytes(path: String) throws {
        let original = try Fixtures.bytes(path)
        let reference = try analyze(original).document
        let text = try Fixtures.text(path)

        var crlf: [UInt8] = []
        for byte in original {
            if byte == 0x0A { crlf.append(0x0D) }
            crlf.append(byte)
        }
        let bom = [0xEF, 0xBB, 0xBF] + original
        let cp1252 = try InputDecodingTests.windows1252(text)

        for (label, bytes) in [("CRLF", crlf), ("BOM", bom), ("Windows-1252", cp1252)] {
            let document = try analyze(bytes).document
            #expect(document.text == reference.text, "\(path) \(label)")
            #expect(document.boilerplate == reference.boilerplate, "\(path) \(label)")
            #expect(document.published == reference.published, "\(path) \(label)")
            #expect(document.variant == reference.variant, "\(path) \(label)")
            #expect(document.id == SHA256.hex(bytes), "\(path) \(label)")
        }
    }
}
