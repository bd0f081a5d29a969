import Cronista

/// Sentence and word segmentation of raw text against a treebank: the
/// sentences' `# text` of each document joined by one space, segmented by
/// the pipeline, compared by code-point spans (words also by form).
public struct UDSegmentationScore: Sendable, Equatable {
    public var goldSentences = 0, systemSentences = 0, matchedSentences = 0
    public var goldWords = 0, systemWords = 0, matchedWords = 0

    public init() {}

    static func f1(_ matched: Int, _ gold: Int, _ system: Int) -> Double {
        gold + system == 0 ? 0 : 2 * Double(matched) / Double(gold + system)
    }
    public var sentenceF1: Double { Self.f1(matchedSentences, goldSentences, systemSentences) }
    public var wordF1: Double { Self.f1(matchedWords, goldWords, systemWords) }

    /// Documents of a treebank: `# newdoc` groups, else runs of ten sentences.
    public static func documents(_ sentences: [UDSentence]) -> [[UDSentence]] {
        var documents: [[UDSentence]] = []
        for sentence in sentences {
            let opens = sentence.comments.contains { $0.hasPrefix("newdoc") }
            let hasMarkers = sentences.first?.comments.contains { $0.hasPrefix("newdoc") } ?? false
            if documents.isEmpty || (hasMarkers ? opens : documents[documents.count - 1].count >= 10) {
                documents.append([])
            }
            documents[documents.count - 1].append(sentence)
        }
        return documents
    }

    /// Scores one document; `segment` analyses its text.
    public mutating func add(_ document: [UDSentence], segment: (String) -> Document) {
        var text: [Unicode.Scalar] = []
        var goldSpans = Set<TextSpan>()
        var goldTokens = Set<String>()
        for sentence in document {
            guard let sentenceText = sentence.text else { continue }
            if !text.isEmpty { text.append(" ") }
            let start = text.count
            text += sentenceText.unicodeScalars
            goldSpans.insert(TextSpan(start: start, end: text.count))
            // Tokens located in order in the sentence text; a multiword
            // token's words share its span.
            var cursor = start
            var tokens = sentence.multiwordTokens.makeIterator()
            var nextToken = tokens.next()
            var id = 1
            while id <= sentence.words.count {
                var surface = sentence.words[id - 1].form
                var forms = [surface]
                if let token = nextToken, token.first == id {
                    surface = token.form
                    forms = sentence.words[(token.first - 1)..<token.last].map(\.form)
                    id = token.last + 1
                    nextToken = tokens.next()
                } else {
                    id += 1
                }
                let pattern = Array(surface.unicodeScalars)
                guard let at = Self.find(pattern, in: text, from: cursor) else { continue }
                cursor = at + pattern.count
                for form in forms { goldTokens.insert("\(at)-\(cursor)-\(form.lowercased())") }
            }
        }
        let analysed = segment(String(String.UnicodeScalarView(text)))
        goldSentences += goldSpans.count
        systemSentences += analysed.sentences.count
        matchedSentences += analysed.sentences.filter { goldSpans.contains($0) }.count
        let systemTokens = Set(analysed.words.map { "\($0.start)-\($0.end)-\($0.form.lowercased())" })
        goldWords += goldTokens.count
        systemWords += systemTokens.count
        matchedWords += systemTokens.intersection(goldTokens).count
    }

    /// The first position at or after `from` where `pattern` occurs, within a short window.
    static func find(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int? {
        guard !pattern.isEmpty else { return nil }
        var i = from
        let limit = min(text.count - pattern.count, from + 64)
        while i <= limit {
            if text[i] == pattern[0] && Array(text[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    /// One line of figures.
    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "sentences F1 \(f(sentenceF1)) (\(matchedSentences) of \(goldSentences) gold, \(systemSentences) found)  words F1 \(f(wordF1)) (\(matchedWords) of \(goldWords) gold, \(systemWords) found)"
    }
}
