/// Bounds the work of every stage by construction, so that analysis time
/// grows linearly with the length of an article whatever its shape.
///
/// Two limits, applied after the text stage and before any other:
/// - a sentence longer than ``maximumSentenceTokens`` tokens (a paragraph
///   without stops, a list run together) is cut into pieces, at the last
///   comma, semicolon or colon of each window when there is one;
/// - an article longer than ``maximumSegmentScalars`` is analysed in
///   segments of whole sentences, cut at paragraph breaks when they allow,
///   each segment run through the stages as a document of its own; the
///   segments' layers are then put back at their offsets, the entities
///   of the segments merged by type, name and affiliation.
///
/// A stage may therefore scan a sentence or its document in any way it
/// likes: neither is ever longer than these limits. News articles are
/// far shorter (the longest of the shared corpus is under 15 KB), so their
/// analysis is unchanged.
public enum DocumentSegments {
    /// The most tokens a sentence is analysed with.
    public static let maximumSentenceTokens = 200
    /// The most scalars of text analysed as one document.
    public static let maximumSegmentScalars = 24_000

    /// `sentences` with every sentence longer than `limit` tokens cut into
    /// pieces of at most `limit` tokens.
    public static func capped(_ sentences: [TextSpan], tokens: [Token], in scalars: [Unicode.Scalar], limit: Int = maximumSentenceTokens)
        -> [TextSpan]
    {
        var result: [TextSpan] = []
        result.reserveCapacity(sentences.count)
        var t = 0
        for sentence in sentences {
            while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
            var first = t
            while t < tokens.count && tokens[t].end <= sentence.end { t += 1 }
            guard t - first > limit else {
                result.append(sentence)
                continue
            }
            while t - first > limit {
                // The last clause break in the second half of the window, else the window's end.
                var cut = first + limit
                for k in stride(from: first + limit - 1, through: first + limit / 2, by: -1) where tokens[k].kind == .punctuation {
                    let s = scalars[tokens[k].start]
                    if s == "," || s == ";" || s == ":" {
                        cut = k + 1
                        break
                    }
                }
                result.append(TextSpan(start: tokens[first].start, end: tokens[cut - 1].end))
                first = cut
            }
            if first < t { result.append(TextSpan(start: tokens[first].start, end: tokens[t - 1].end)) }
        }
        return result
    }

    /// The segments of `sentences`, as ranges of sentence indices: each spans
    /// at most `limit` scalars unless one sentence alone is longer, and ends
    /// at a paragraph break when one falls in its second half.
    public static func segments(_ sentences: [TextSpan], in scalars: [Unicode.Scalar], limit: Int = maximumSegmentScalars) -> [Range<Int>] {
        guard let last = sentences.last, last.end - (sentences.first?.start ?? 0) > limit else {
            return sentences.isEmpty ? [] : [0..<sentences.count]
        }
        var segments: [Range<Int>] = []
        var first = 0
        while first < sentences.count {
            let start = sentences[first].start
            var end = first + 1
            var paragraphEnd: Int?
            while end < sentences.count, sentences[end].end - start <= limit {
                if sentences[end - 1].end - start >= limit / 2,
                    scalars[sentences[end - 1].end..<sentences[end].start].contains("\n")
                {
                    paragraphEnd = end
                }
                end += 1
            }
            if end < sentences.count, let paragraphEnd { end = paragraphEnd }
            segments.append(first..<end)
            first = end
        }
        return segments
    }

    /// The part of `document` made of the sentences `range`, as a document of
    /// its own whose offsets count from the first sentence's start; `tokens`
    /// is the range of the document's tokens it holds.
    static func part(of document: Document, sentences range: Range<Int>, tokens: Range<Int>) -> Document {
        let start = document.sentences[range.lowerBound].start
        let end = document.sentences[range.upperBound - 1].end
        let tokens = document.tokens[tokens].map { token in
            var token = token
            token.start -= start
            token.end -= start
            return token
        }
        let sentences = document.sentences[range].map { TextSpan(start: $0.start - start, end: $0.end - start) }
        return Document(
            article: document.article, metadata: document.metadata, scalars: Array(document.scalars[start..<end]), tokens: tokens,
            sentences: sentences)
    }

    /// Runs `stages` over `document` segment by segment and puts the layers
    /// they add back together at the document's offsets.
    static func process(_ document: inout Document, stages: [any Stage]) {
        let ranges = segments(document.sentences, in: document.scalars)
        guard ranges.count > 1 else {
            for stage in stages { stage.process(&document) }
            return
        }
        // The token range of each segment: sentences partition the tokens.
        var merger = SegmentMerger()
        var t = 0
        for range in ranges {
            let first = t
            let end = document.sentences[range.upperBound - 1].end
            while t < document.tokens.count && document.tokens[t].end <= end { t += 1 }
            var part = part(of: document, sentences: range, tokens: first..<t)
            for stage in stages { stage.process(&part) }
            merger.add(part, offset: document.sentences[range.lowerBound].start, firstSentence: range.lowerBound)
        }
        merger.finish(into: &document)
    }
}

/// Puts the layers of a document's segments back together: offsets shifted
/// back, entities of the same type, name and affiliation merged, entity and
/// event ids numbered again in order.
struct SegmentMerger {
    struct EntityKey: Hashable {
        var type: EntityType
        var name: String
        var affiliation: String?
    }

    var words: [AnalyzedWord] = []
    var timexes: [Timex] = []
    var entities: [Entity] = []
    var entityOfKey: [EntityKey: Int] = [:]
    var entityOfToken: [Int32] = []
    var isRoleToken: [Bool] = []
    var recognized = false
    var events: [Event] = []
    var quotes: [Quote] = []
    var quantities: [Quantity] = []

    static func shifted(_ span: QuotedSpan, _ offset: Int) -> QuotedSpan {
        QuotedSpan(start: span.start + offset, end: span.end + offset, text: span.text)
    }

    mutating func add(_ part: Document, offset: Int, firstSentence: Int) {
        for var word in part.words {
            word.sentence += firstSentence
            word.start += offset
            word.end += offset
            words.append(word)
        }
        for var timex in part.timexes {
            timex.start += offset
            timex.end += offset
            timexes.append(timex)
        }
        for var quantity in part.quantities {
            quantity.start += offset
            quantity.end += offset
            quantities.append(quantity)
        }
        // Entities: the part's index → the merged index, and its id → the merged id.
        var index: [Int32] = []
        var newID: [String: String] = [:]
        if let recognition = part.recognition {
            recognized = true
            for entity in recognition.entities {
                let key = EntityKey(type: entity.type, name: entity.name, affiliation: entity.affiliation)
                let mentions = entity.mentions.map { Self.shifted($0, offset) }
                let merged: Int
                if let e = entityOfKey[key] {
                    merged = e
                    entities[e].mentions += mentions
                    if entities[e].role == nil { entities[e].role = entity.role }
                    if entities[e].sector == nil { entities[e].sector = entity.sector }
                } else {
                    merged = entities.count
                    var copy = entity
                    copy.id = "e\(merged + 1)"
                    copy.mentions = mentions
                    entities.append(copy)
                    entityOfKey[key] = merged
                }
                index.append(Int32(merged))
                newID[entity.id] = entities[merged].id
            }
            entityOfToken += recognition.entityOfToken.map { $0 >= 0 && Int($0) < index.count ? index[Int($0)] : -1 }
            isRoleToken += recognition.isRoleToken
        } else {
            entityOfToken += Array(repeating: -1, count: part.tokens.count)
            isRoleToken += Array(repeating: false, count: part.tokens.count)
        }
        func id(_ old: String) -> String { newID[old] ?? old }
        for var event in part.events {
            event.id = "v\(events.count + 1)"
            event.actors = event.actors.map(id)
            event.recipients = event.recipients.map(id)
            event.source = event.source.map(id)
            event.trigger = Self.shifted(event.trigger, offset)
            event.evidence = Self.shifted(event.evidence, offset)
            events.append(event)
        }
        for var quote in part.quotes {
            quote.start += offset
            quote.end += offset
            quote.speaker = quote.speaker.map(id)
            quotes.append(quote)
        }
    }

    func finish(into document: inout Document) {
        document.words = words
        document.timexes = timexes
        if recognized {
            document.recognition = EntityRecognizer.Result(entities: entities, entityOfToken: entityOfToken, isRoleToken: isRoleToken)
        }
        document.events = events
        document.quotes = quotes
        document.quantities = quantities
    }
}
