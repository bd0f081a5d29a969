import Foundation
import Testing

@testable import Cronista

/// Long articles are analysed in bounded segments and long sentences cut,
/// so that time grows linearly (issue 14); the analysis stays consistent.
@Suite struct DocumentSegmentsTests {
    /// Every span's text is the document's text at its offsets.
    static func checkOffsets(_ analysis: Analysis) {
        let scalars = Array(analysis.document.text.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String? {
            guard 0 <= start, start <= end, end <= scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        for entity in analysis.entities {
            for mention in entity.mentions { #expect(text(mention.start, mention.end) == mention.text, "\(entity.id)") }
        }
        let ids = Set(analysis.entities.map(\.id))
        #expect(ids.count == analysis.entities.count)
        for event in analysis.events {
            #expect(text(event.trigger.start, event.trigger.end) == event.trigger.text, "\(event.id)")
            #expect(text(event.evidence.start, event.evidence.end) == event.evidence.text, "\(event.id)")
            #expect(Set(event.actors + event.recipients + [event.source].compactMap { $0 }).isSubset(of: ids), "\(event.id)")
        }
        #expect(Set(analysis.events.map(\.id)).count == analysis.events.count)
        for quote in analysis.quotes {
            #expect(text(quote.start, quote.end) == quote.text)
            if let speaker = quote.speaker { #expect(ids.contains(speaker)) }
        }
        for timex in analysis.timexes { #expect(text(timex.start, timex.end) == timex.text) }
        for quantity in analysis.quantities { #expect(text(quantity.start, quantity.end) == quantity.text) }
        for (a, b) in zip(analysis.sentences, analysis.sentences.dropFirst()) { #expect(a.end <= b.start) }
    }

    /// A real article repeated past the segment limit: analysed in segments,
    /// it finds what one copy finds, with one entity per name across segments.
    @Test func aLongArticleIsAnalysedInSegmentsWithTheSameFindings() throws {
        let article = try Fixtures.article("dev/05_kremlin-residencia-putin.txt")
        let one = try Shared.analyzer().analyze(article)
        let copies = DocumentSegments.maximumSegmentScalars / max(1, one.document.text.unicodeScalars.count) + 3
        var long = article
        // Each copy's lines made distinct, or the cleaner would drop them as repeated boilerplate.
        long.text = (1...copies).map { copy in
            one.document.text.split(separator: "\n").map { "Parte \(copy). " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
        long.mayHaveHeader = false
        long.published = one.document.published
        let many = try Shared.analyzer().analyze(long)
        #expect(many.document.text.unicodeScalars.count > DocumentSegments.maximumSegmentScalars)
        Self.checkOffsets(many)
        #expect(Set(many.entities.map(\.name)) == Set(one.entities.map(\.name)))
        #expect(many.entities.count == one.entities.count)
        // The events stage merges repeated reports of one event within a document, so each
        // segment reports them once: every kind the one copy finds, at least once per segment.
        #expect(Set(many.events.map(\.type)) == Set(one.events.map(\.type)))
        // (The "Parte N." prefixes change some sentences' parse, so not every copy finds exactly as many.)
        #expect(many.events.count > one.events.count)
        #expect(many.quotes.count >= one.quotes.count * (copies - 1))
    }

    /// One paragraph without stops is cut into sentences of at most the
    /// limit, at commas when there are any.
    @Test func aSentenceWithoutStopsIsCut() throws {
        let analysis = try Shared.analyze(String(repeating: "Putin, ", count: 2_000) + "e Kim Jong-un assinaram o acordo.")
        #expect(analysis.sentences.count >= 2_000 * 2 / DocumentSegments.maximumSentenceTokens)
        for sentence in analysis.sentenceTexts {
            #expect(sentence.split(separator: " ").count <= DocumentSegments.maximumSentenceTokens)
        }
        #expect(analysis.sentenceTexts.dropLast().allSatisfy { $0.hasSuffix(",") })
        Self.checkOffsets(analysis)
        let words = try Shared.analyze(String(repeating: "a ", count: 5_000) + " chinês concordou")
        #expect(words.sentences.count >= 5_000 / DocumentSegments.maximumSentenceTokens)
        Self.checkOffsets(words)
    }

    /// Segments are whole sentences, within the limit, ending at paragraphs when they can.
    @Test func segmentsAreBoundedRunsOfSentences() {
        var scalars: [Unicode.Scalar] = []
        var sentences: [TextSpan] = []
        for i in 0..<400 {
            let start = scalars.count
            scalars += Array(String(repeating: "x", count: 150).unicodeScalars)
            sentences.append(TextSpan(start: start, end: scalars.count))
            scalars.append(i % 10 == 9 ? "\n" : " ")
        }
        let segments = DocumentSegments.segments(sentences, in: scalars, limit: 4_000)
        #expect(segments.first?.lowerBound == 0 && segments.last?.upperBound == sentences.count)
        for (a, b) in zip(segments, segments.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for segment in segments.dropLast() {
            #expect(sentences[segment.upperBound - 1].end - sentences[segment.lowerBound].start <= 4_000)
            // Ends at a paragraph: its last sentence is followed by a line break.
            #expect(scalars[sentences[segment.upperBound - 1].end] == "\n")
        }
    }
}
