import Foundation
import Testing

@testable import Cronista

/// Inputs that used to trap or to lose good work (issue 14), each on real
/// article text from the fixtures.
@Suite struct CrashCaseTests {
    /// A real article that ends in a quotation followed by its speech verb
    /// and nothing else: the cue is the text's last token. This trapped in
    /// ``QuoteExtractor`` (Range requires lowerBound <= upperBound).
    @Test func aQuotationEndingTheTextWithItsCueDoesNotTrap() throws {
        // As plain text (no cleaning): the text stage would drop a last line that is no sentence.
        let article = try Fixtures.article("dev/05_kremlin-residencia-putin.txt")
        let document = try Shared.analyzer().document(
            ofPlainText: article.text + "\n\"Nós vamos continuar a trabalhar juntos pela paz\", disse")
        let quote = try #require(document.quotes.last)
        #expect(quote.text == "Nós vamos continuar a trabalhar juntos pela paz")
        #expect(quote.cue == "disse")
        // Also when the cue is followed by only one or two tokens.
        for ending in [", disse.", ", disse o", ", afirmou a agência"] {
            var shorter = try Fixtures.article("dev/05_kremlin-residencia-putin.txt")
            shorter.text += "\n\"Nós vamos continuar a trabalhar juntos pela paz\"" + ending
            #expect(try Shared.analyzer().analyze(shorter).quotes.contains { $0.text.hasPrefix("Nós vamos") })
        }
    }

    /// The sentences of a real article, as JSON Lines records.
    static func records() throws -> [String] {
        let analysis = try Shared.analyzer().analyze(try Fixtures.article("dev/01_lula-chega-pequim.txt"))
        let sentences = analysis.sentenceTexts.filter { $0.unicodeScalars.count > 40 }
        try #require(sentences.count >= 10)
        return (0..<25).map { i in
            let text = sentences[i % sentences.count].replacingOccurrences(of: "\"", with: "\\\"")
            return #"{"id": "r\#(i + 1)", "text": "\#(text)"}"#
        }
    }

    /// A NUL byte in one JSON Lines record used to reject the whole file as
    /// binary; now that record alone is reported, with its line.
    @Test func aNULByteInOneRecordLosesOnlyThatRecord() throws {
        var bytes: [UInt8] = []
        for (i, line) in try Self.records().enumerated() {
            var record = Array(line.utf8)
            if i == 12 { record.insert(0, at: record.count / 2) }
            bytes += record + [0x0A]
        }
        let results = ArticleReader().read(bytes, source: "feed.jsonl", format: .jsonLines)
        let articles = results.compactMap { try? $0.get() }
        let failures = results.compactMap { result -> ArticleReader.Failure? in
            if case .failure(let f) = result { return f }
            return nil
        }
        #expect(articles.count == 24)
        #expect(!articles.contains { $0.name == "r13" })
        #expect(failures.map(\.input) == ["feed.jsonl:13"])
        #expect(failures.first?.reason.contains("binary") == true)
    }

    /// Windows-1252 in one record, UTF-8 in the others: each decoded on its own.
    @Test func recordsAreDecodedOneByOne() throws {
        var bytes: [UInt8] = Array(#"{"id": "a", "text": "Moscovo anunciou novas sanções."}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "b", "text": "Lisboa e Luanda assinaram um acordo de cooperac"#.utf8) + [0xE3] + Array(#"o."}"#.utf8)
        let articles = ArticleReader().read(bytes, source: "mixed.jsonl", format: .jsonLines).compactMap { try? $0.get() }
        #expect(articles.map(\.text) == ["Moscovo anunciou novas sanções.", "Lisboa e Luanda assinaram um acordo de cooperacão."])
    }

    /// An ACCUSE without a mode is conflict, as every ACCUSE mode is in
    /// PLOVER (Table 2.2 prints +3 for the bare type, a sign slip).
    @Test func anAccusationWithoutAModeScoresNegative() throws {
        let lexicon = try LanguageResources.portuguese().eventExtractor.lexicon
        #expect(lexicon.coding(.accuse, mode: nil).score < 0)
        for mode in ["disapprove", "investigate", "allege"] {
            #expect(lexicon.coding(.accuse, mode: mode).score < 0, "\(mode)")
        }
    }

    /// Only days the month has: no February 30th, February 29th in leap years only.
    @Test func publishedDatesAreRealDays() {
        #expect(!MetadataHeader.isPartialISODate("2023-02-30"))
        #expect(!MetadataHeader.isPartialISODate("2023-02-29"))
        #expect(MetadataHeader.isPartialISODate("2024-02-29"))
        #expect(!MetadataHeader.isPartialISODate("2024-04-31"))
        #expect(MetadataHeader.isPartialISODate("2024-12-31"))
        #expect(MetadataHeader.isPartialISODate("2024-02"))
        #expect(!MetadataHeader.isPartialISODate("2024-SU"))
    }
}
