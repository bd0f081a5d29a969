/// Finds direct quotations (« », “ ”, straight quotes; across sentences)
/// and attributes each to a speaker: the entity after a cue verb that
/// follows the quote (“…”, disse Lavrov), the subject before a cue that
/// introduces it (Lavrov disse: “…”; segundo X, “…”), else the nearest
/// entity before it in its sentence, else the speaker of the previous
/// quotation in the paragraph.
public struct QuoteExtractor: Sendable {
    /// Vocabulary ids of the cue verbs' forms ("disse", "afirmou", "referiu") and phrases' first words.
    let cues: WordSet
    let cueWords: [WordID: String]
    let citing: WordSet
    let prepositions: WordSet

    public init(cueForms: [String], outletNouns: [String], documentNouns: [String], vocabulary: inout Vocabulary) {
        self.outletNouns = WordSet(outletNouns.map { vocabulary.intern($0) })
        self.documentNouns = WordSet(documentNouns.map { vocabulary.intern($0) })
        var cues = WordSet()
        var words: [WordID: String] = [:]
        for form in cueForms {
            let id = vocabulary.intern(form)
            cues.insert(id)
            words[id] = form
        }
        self.cues = cues
        self.cueWords = words
        self.citing = WordSet(["segundo", "citado", "citada", "conforme"].map { vocabulary.intern($0) })
        self.prepositions = WordSet(
            ["de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "a", "à", "ao", "aos", "com", "contra", "para", "por", "pelo", "pela", "sobre", "entre"]
                .map { vocabulary.intern($0) })
    }

    /// Nouns that stand for a news outlet speaking after a cue ("afirmou a agência estatal").
    let outletNouns: WordSet
    /// Nouns that stand for a written statement speaking after a cue ("referiu o comunicado").
    let documentNouns: WordSet

    /// Minimum words in a quotation.
    static let minimumWords = 3

    /// The space-separated runs of `text` that hold a letter.
    static func wordCount(_ text: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        var counted = false
        for s in text {
            if s == " " || s == "\n" {
                inWord = false
                continue
            }
            if !inWord { inWord = true; counted = false }
            if !counted && s.isLetter { count += 1; counted = true }
        }
        return count
    }

    public func extract(
        _ scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan], entities: EntityRecognizer.Result
    ) -> [Quote] {
        var quotes: [Quote] = []
        let spans = Self.quotationSpans(scalars)
        var previousSpeaker: String?
        var previousEnd = -1
        var previousLastToken = 0
        for (open, close) in spans {
            let inner = (open + 1, close)
            guard Self.wordCount(scalars[inner.0..<inner.1]) >= Self.minimumWords else { continue }
            let text = String(scalars: scalars[inner.0..<inner.1])
            // Token range of the quote and of its sentence(s).
            guard let firstToken = tokens.firstIndex(where: { $0.start > open }),
                let lastToken = tokens.lastIndex(where: { $0.end <= close })
            else { continue }
            let sentenceStart = sentences.last { $0.start <= open }?.start ?? 0
            let sentenceEnd = sentences.first { $0.end >= close }?.end ?? scalars.count
            var speaker: Int32?
            var cue: String?
            // 1. A cue right after the quote: “…”, disse X / afirmou ainda a agência.
            var k = lastToken + 1
            while k < tokens.count, tokens[k].start < sentenceEnd, k <= lastToken + 4 {
                if cues.contains(tokens[k].word) || citing.contains(tokens[k].word) {
                    cue = tokens[k].text(in: scalars)
                    var j = k + 1
                    while j < tokens.count, tokens[j].start < sentenceEnd, j <= k + 12 {
                        let e = entities.entityOfToken[j]
                        if e >= 0, !entities.isRoleToken[j] || entities.entities[Int(e)].type == .person {
                            speaker = e
                            break
                        }
                        j += 1
                    }
                    // "…”, afirmou ainda a agência estatal": the outlet the article named last.
                    // Half-open, so a cue that is the text's last token gives an empty range, not a trap.
                    let afterCue = k + 1..<min(k + 4, tokens.count)
                    if speaker == nil, afterCue.contains(where: { outletNouns.contains(tokens[$0].word) }) {
                        speaker = lastEntity(before: firstToken, entities) { $0.sector == .media }
                    }
                    // "…”, referiu o comunicado": the body named last, if any, and no one else.
                    if speaker == nil, afterCue.contains(where: { documentNouns.contains(tokens[$0].word) }) {
                        speaker = lastEntity(before: firstToken, entities) { $0.type == .organization && $0.sector == .government }
                        break
                    }
                    // "…”, escreveu nas redes sociais": the subject of the sentence before, else the last one named.
                    if speaker == nil {
                        let previous = sentences.last { $0.end <= open }
                        speaker = previous.flatMap { sentence in
                            tokens.lastIndex(where: { $0.end <= sentence.end }).flatMap {
                                subject(before: $0 + 1, from: sentence.start, tokens, entities)
                            }
                        } ?? lastActor(before: firstToken, tokens, entities)
                    }
                    break
                }
                k += 1
            }
            // 2. A cue before it in the sentence: its subject; after an earlier quotation of the
            //    same sentence ("“…”, escreveu, sublinhando: “…”"), that quotation's speaker.
            if cue == nil, previousEnd >= sentenceStart, let previous = previousSpeaker,
                let j = (previousLastToken + 1..<firstToken).first(where: { cues.contains(tokens[$0].word) })
            {
                cue = tokens[j].text(in: scalars)
                speaker = entities.entities.firstIndex { $0.id == previous }.map(Int32.init)
            }
            if cue == nil {
                var j = firstToken - 1
                while j >= 0, tokens[j].start >= sentenceStart {
                    if cues.contains(tokens[j].word) || citing.contains(tokens[j].word) {
                        cue = tokens[j].text(in: scalars)
                        if citing.contains(tokens[j].word) {
                            speaker = firstEntity(after: j, before: firstToken, tokens, entities)
                        } else {
                            // "Acrescenta que…": a cue without a subject continues the previous speaker.
                            let opensSentence = j == 0 || tokens[j - 1].end <= sentenceStart
                            speaker = subject(before: j, from: sentenceStart, tokens, entities)
                                ?? (previousSpeaker != nil && opensSentence ? nil : lastActor(before: j, tokens, entities))
                        }
                        break
                    }
                    j -= 1
                }
            }
            // 3. A quotation continuing the previous one in its paragraph, with no
            //    one else named between, is the same speaker's; else the subject
            //    of its sentence.
            var speakerID = speaker.map { entities.entities[Int($0)].id }
            if speakerID == nil, cue != nil, previousSpeaker != nil {
                speakerID = previousSpeaker
            }
            if speakerID == nil, cue == nil, previousEnd >= 0, !scalars[previousEnd..<open].contains("\n"),
                !(previousLastToken + 1..<firstToken).contains(where: { entities.entityOfToken[$0] >= 0 })
            {
                speakerID = previousSpeaker
            }
            if speakerID == nil {
                speakerID = (subject(before: firstToken, from: sentenceStart, tokens, entities)
                    ?? nearestEntity(before: firstToken, from: sentenceStart, tokens, entities)).map { entities.entities[Int($0)].id }
            }
            quotes.append(Quote(start: inner.0, end: inner.1, text: text, speaker: speakerID, cue: cue))
            previousSpeaker = speakerID
            previousEnd = close
            previousLastToken = lastToken
        }
        return quotes
    }

    /// The subject of a sentence: its first acting entity that is not a
    /// prepositional complement or inside a role phrase.
    /// A news outlet is the subject only when no one else is: "Em declarações
    /// à agência Lusa, o coordenador do STOP, André Pestana, disse".
    private func subject(before index: Int, from start: Int, _ tokens: [Token], _ entities: EntityRecognizer.Result) -> Int32? {
        guard var j = tokens.firstIndex(where: { $0.start >= start }) else { return nil }
        var outlet: Int32?
        while j < index {
            let e = entities.entityOfToken[j]
            if e >= 0, !entities.isRoleToken[j], entities.entities[Int(e)].type != .location {
                let previous = j > 0 ? tokens[j - 1].word : -1
                if !prepositions.contains(previous) {
                    guard entities.entities[Int(e)].sector == .media else { return e }
                    if outlet == nil { outlet = e }
                }
                while j < index && entities.entityOfToken[j] == e { j += 1 }
                continue
            }
            j += 1
        }
        return outlet
    }

    /// The last person or body named before token `index`, within the three
    /// sentences before it.
    private func lastActor(before index: Int, _ tokens: [Token], _ entities: EntityRecognizer.Result) -> Int32? {
        var j = index - 1
        var fallback: Int32?
        while j >= 0 && j >= index - 120 {
            let e = entities.entityOfToken[j]
            if e >= 0 {
                let type = entities.entities[Int(e)].type
                if type == .person { return e }
                if fallback == nil && type == .organization { fallback = e }
            }
            j -= 1
        }
        return fallback
    }

    /// The entity named last before token `index` that `fits`.
    private func lastEntity(
        before index: Int, _ entities: EntityRecognizer.Result, where fits: (Entity) -> Bool
    ) -> Int32? {
        var j = index - 1
        while j >= 0 {
            let e = entities.entityOfToken[j]
            if e >= 0, fits(entities.entities[Int(e)]) { return e }
            j -= 1
        }
        return nil
    }

    private func nearestEntity(before index: Int, from start: Int, _ tokens: [Token], _ entities: EntityRecognizer.Result) -> Int32? {
        var j = index - 1
        var fallback: Int32?
        while j >= 0, tokens[j].start >= start {
            let e = entities.entityOfToken[j]
            if e >= 0 {
                let entity = entities.entities[Int(e)]
                if entity.type != .location && !entities.isRoleToken[j] { return e }
                if fallback == nil && entity.type != .location { fallback = e }
            }
            j -= 1
        }
        return fallback
    }

    private func firstEntity(after index: Int, before end: Int, _ tokens: [Token], _ entities: EntityRecognizer.Result) -> Int32? {
        var j = index + 1
        while j < end {
            let e = entities.entityOfToken[j]
            if e >= 0, entities.entities[Int(e)].type != .location { return e }
            j += 1
        }
        return nil
    }

    /// Pairs of scalar offsets (opening mark, closing mark) of quotations:
    /// « », “ ”, „ ” and straight double quotes paired in order. A quotation
    /// may run across sentences and lines (a paragraph in quotes).
    static func quotationSpans(_ scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let closer: Unicode.Scalar?
            switch s {
            case "«": closer = "»"
            case "“", "„": closer = "”"
            case "\"": closer = "\""
            default: closer = nil
            }
            guard let closer else {
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count, scalars[j] != closer {
                // A straight quote never spans a paragraph; curly ones may.
                if closer == "\"" && scalars[j] == "\n" { break }
                j += 1
            }
            if j < scalars.count, scalars[j] == closer {
                spans.append((i, j))
                i = j + 1
            } else {
                i += 1
            }
        }
        return spans
    }
}
