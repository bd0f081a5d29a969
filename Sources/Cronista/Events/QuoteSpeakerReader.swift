/// Gives quotations their speaker from the parse: the subject of the speech
/// verb the quotation attaches to, in its sentence or the one around it —
/// before the verb ("Rutte afirmou: …") or after it, inverted ("…, disse o
/// porta-voz", "afirmou Putin") — read as any event argument is (a name, a
/// role with its holder, a described party). A person found so replaces a
/// country or nobody; a quotation with no speech verb near it continues the
/// previous one's speaker in the same paragraph.
struct QuoteSpeakerReader {
    let reader: ArgumentReader
    let cues: CueMarks

    /// The quotations of `document` with the speakers the parse gives.
    func refine(
        _ quotes: [Quote], graphs: [SentenceGraph], subjectsBefore: [[Int32]], sentences: [TextSpan], recognition: EntityRecognizer.Result, scalars: [Unicode.Scalar]
    ) -> [Quote] {
        var refined = quotes
        var previous: (end: Int, speaker: String?)?
        for q in refined.indices {
            let quote = refined[q]
            guard let s = sentences.firstIndex(where: { $0.end > quote.start }) else { continue }
            var found: [Int32] = []
            // The quotation's sentence, then the one after it and the one before.
            for candidate in [s, s + 1, s - 1] where candidate >= 0 && candidate < graphs.count && found.isEmpty {
                found = speaker(of: quote, in: graphs[candidate], previousSubject: subjectsBefore[candidate])
            }
            let entities = recognition.entities
            if let e = found.first {
                let entity = entities[Int(e)]
                let current = quote.speaker.flatMap { id in entities.first { $0.id == id } }
                if current == nil || (entity.type == .person && current?.type != .person) { refined[q].speaker = entity.id }
            } else if quote.speaker == nil, let previous, previous.speaker != nil,
                !scalars[previous.end..<quote.start].contains(where: { $0 == "\n" }) || quote.start - previous.end < 400
            {
                refined[q].speaker = previous.speaker
            }
            previous = (quote.end, refined[q].speaker)
        }
        return refined
    }

    /// The subject of the nearest speech verb of `graph` outside the quotation.
    /// `previousSubject` is the last subject before the sentence ("…", declarou: the one who spoke last).
    func speaker(of quote: Quote, in graph: SentenceGraph, previousSubject: [Int32]) -> [Int32] {
        var best: (distance: Int, word: Int)?
        for i in 0..<graph.count where graph.isVerb(i) {
            let w = graph.words[i]
            guard w.end <= quote.start || w.start >= quote.end else { continue }
            let kinds = cues[graph.token[i]]
            guard kinds.contains(.quoteCue) || kinds.contains(.report) else { continue }
            let distance = w.end <= quote.start ? quote.start - w.end : w.start - quote.end
            if best == nil || distance < best!.distance { best = (distance, i) }
        }
        guard let verb = best?.word else { return [] }
        return reader.clauseSubject(of: verb, in: graph, previousSubject: previousSubject, depth: 0)
    }
}
