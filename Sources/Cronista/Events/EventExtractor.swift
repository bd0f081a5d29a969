/// Codes who did what to whom in PLOVER, on the dependency parse.
///
/// For each sentence, ``TriggerMatcher`` finds the triggers of
/// ``EventLexicon``; ``ArgumentReader`` reads their actors and recipients
/// from the tree by the argument frames of `events/frames.tsv`, with
/// ``ActorFinder`` turning each argument into entities (named, described by
/// an agent or role noun, or the article's main country); ``StatusReader``
/// gives the status and the source of a claim; ``EventSetting`` the date and
/// place. ``EventList`` merges repeated mentions and adds the derived events
/// (accusations beside claims, denials, meetings at a third place).
///
/// The stage needs the syntax layer: a document without words has no events.
public struct EventExtractor: Sendable {
    /// The event vocabulary: triggers, PLOVER scores and CAMEO codes, status cues.
    public let lexicon: EventLexicon
    /// Which dependents give each trigger's actor and recipient.
    public let frames: ArgumentFrames
    /// Nouns naming a party able to act.
    public let agents: AgentNouns
    let gazetteer: Gazetteer
    /// The roles (``Entity/role``) of a country's head of state or government.
    let headOffices: Set<String>
    let matcher: TriggerMatcher
    /// The token-window reading the parse reading adds to.
    let window: WindowEventReader

    public init(
        lexicon: EventLexicon, frames: ArgumentFrames, agents: AgentNouns, gazetteer: Gazetteer, headOffices: Set<String>,
        functionWords: Set<String>, window: WindowEventReader
    ) {
        self.window = window
        self.lexicon = lexicon
        self.frames = frames
        self.agents = agents
        self.gazetteer = gazetteer
        self.headOffices = headOffices
        self.matcher = TriggerMatcher(lexicon: lexicon, functionWords: functionWords)
    }

    /// What the stage finds in one document.
    public struct Result: Sendable {
        public var events: [Event]
        /// The document's quotations with the speakers the parse gives them.
        public var quotes: [Quote]
    }

    /// The events of a document with its syntax, entity, time and quotation
    /// layers, and its quotations' speakers read on the parse.
    public func extract(_ document: Document) -> Result {
        guard let recognition = document.recognition else { return Result(events: [], quotes: document.quotes) }
        let windowed = window.extract(
            document.scalars, tokens: document.tokens, sentences: document.sentences, entities: recognition,
            timexes: document.timexes, documentDate: document.metadata.published)
        guard !document.words.isEmpty else { return Result(events: windowed, quotes: document.quotes) }
        var coder = ArticleCoder(extractor: self, document: document, recognition: recognition)
        let events = coder.run(after: windowed)
        let speakers = QuoteSpeakerReader(reader: coder.reader, cues: coder.cues)
        let quotes = speakers.refine(
            document.quotes, graphs: coder.graphs, subjectsBefore: coder.subjectsBefore, sentences: document.sentences, recognition: recognition,
            scalars: document.scalars)
        return Result(events: events, quotes: quotes)
    }
}

/// The coding of one article: the components over its layers, and the events found so far.
struct ArticleCoder {
    let extractor: EventExtractor
    let document: Document
    let recognition: EntityRecognizer.Result
    let cues: CueMarks
    let reader: ArgumentReader
    let status: StatusReader
    let setting: EventSetting
    var list: EventList
    /// The parse of each sentence, by sentence index (empty for a sentence without words).
    var graphs: [SentenceGraph] = []
    /// The last subject before each sentence, by sentence index.
    var subjectsBefore: [[Int32]] = []
    /// The sentences (by start) and types of the window reading's events.
    var windowTypes: Set<WindowKey> = []
    struct WindowKey: Hashable {
        var sentenceStart: Int
        var type: EventType
    }
    var lexicon: EventLexicon { extractor.lexicon }
    var entities: [Entity] { recognition.entities }

    init(extractor: EventExtractor, document: Document, recognition: EntityRecognizer.Result) {
        self.extractor = extractor
        self.document = document
        self.recognition = recognition
        let cues = CueMarks(tokens: document.tokens, lexicon: extractor.lexicon, entityOfToken: recognition.entityOfToken)
        self.cues = cues
        let finder = ActorFinder(
            agents: extractor.agents, recognition: recognition, tokens: document.tokens, cues: cues,
            headOffices: extractor.headOffices)
        var entityIndex: [String: Int32] = [:]
        for (index, entity) in recognition.entities.enumerated() { entityIndex[entity.id] = Int32(index) }
        let quotes = document.quotes.compactMap { quote in
            quote.speaker.flatMap { entityIndex[$0] }.map { (span: TextSpan(start: quote.start, end: quote.end), speaker: $0) }
        }
        self.reader = ArgumentReader(frames: extractor.frames, finder: finder, quotes: quotes)
        self.status = StatusReader(cues: cues)
        self.setting = EventSetting(
            timexes: document.timexes, published: document.metadata.published, recognition: recognition, gazetteer: extractor.gazetteer)
        self.list = EventList(entities: recognition.entities, headOffices: extractor.headOffices)
    }

    /// The events of the article: `windowed` (the token-window reading), then
    /// what the parse finds in sentences where that reading has no event of the type.
    mutating func run(after windowed: [Event]) -> [Event] {
        for event in windowed { list.append(event, trigger: -1) }
        windowTypes = Set(windowed.map { WindowKey(sentenceStart: $0.evidence.start, type: $0.type) })
        var previousSubject: [Int32] = []
        var firstToken = 0
        for (s, range) in document.sentenceWordRanges.enumerated() {
            let sentence = document.sentences[s]
            while firstToken < document.tokens.count && document.tokens[firstToken].end <= sentence.start { firstToken += 1 }
            let graph = SentenceGraph(
                words: document.words[range], tokens: document.tokens, firstToken: firstToken,
                entityOfToken: recognition.entityOfToken)
            graphs.append(graph)
            subjectsBefore.append(previousSubject)
            guard !range.isEmpty else { continue }
            code(graph, sentence: sentence, previousSubject: previousSubject)
            if let subject = mainSubject(of: graph) { previousSubject = subject }
        }
        // "…”, sentenciou.": the verb that attributes a quotation is speech, not the material act it can also name.
        let quoteEnds = document.quotes.map(\.end)
        list.removeAll { event in
            !EventType.verbal.contains(event.type) && !event.trigger.text.contains(" ")
                && quoteEnds.contains { event.trigger.start >= $0 && event.trigger.start - $0 <= 4 }
        }
        list.removeAll(where: namesState)
        list.linkDenials(lexicon: lexicon)
        list.meetAtThirdPlaces(lexicon: lexicon, location: setting.location)
        // An act of one side toward no one named, of a type with a target (plover.tsv): toward the story's
        // other side, or, when the story has none and the type needs one, a reading that lost its target.
        let targeted = lexicon.targetRequired
        // "o presidente chinês concordou…": a person or body does not act on its own country.
        for index in list.events.indices {
            let event = list.events[index]
            guard event.actors.count == 1, let actor = entities.first(where: { $0.id == event.actors[0] }),
                actor.type != .geopolitical, let side = actor.affiliation
            else { continue }
            let own = event.recipients.filter { id in entities.contains { $0.id == id && $0.type == .geopolitical && $0.affiliation == side } }
            if !own.isEmpty { list.update(index) { $0.recipients.removeAll(where: own.contains) } }
        }
        let counterparts = ImplicitCounterpart(entities: entities, events: list.events)
        for index in list.events.indices {
            let event = list.events[index]
            guard event.actors.count == 1, event.recipients.isEmpty,
                targeted.contains(event.type) || lexicon.targetImplied.contains(event.type),
                let actor = entities.firstIndex(where: { $0.id == event.actors[0] }),
                let other = counterparts.counterpart(of: actor)
            else { continue }
            let otherID = entities[other].id
            list.update(index) { $0.recipients = [otherID] }
        }
        list.removeAll { event in event.actors.count < 2 && event.recipients.isEmpty && targeted.contains(event.type) }
        list.splitHostedMeetings()
        return list.events.enumerated().map { index, event in
            var e = event
            e.id = "v\(index + 1)"
            return e
        }
    }

    /// Whether an attack or arrest names a state rather than an act: a
    /// participle (or the noun or adjective it is tagged as) describing a
    /// noun, with no agent and no auxiliary ("os
    /// corpos de militares mortos", "prisioneiros feridos").
    func namesState(_ event: Event) -> Bool {
        guard event.type == .assault || event.type == .coerce, !event.trigger.text.contains(" "),
            let (s, w) = word(at: event.trigger.start)
        else { return false }
        let graph = graphs[s]
        guard !graph.has(w, "VerbForm=Fin"), ["amod", "acl"].contains(graph.relation(w)) else { return false }
        return !graph.children[w].contains { graph.words[$0].deprel == "obl:agent" || graph.words[$0].deprel.hasPrefix("aux") }
    }

    /// The sentence and the parse word that start at scalar offset `position`.
    func word(at position: Int) -> (sentence: Int, word: Int)? {
        var low = 0, high = document.sentences.count
        while low < high {
            let mid = (low + high) / 2
            if document.sentences[mid].end <= position { low = mid + 1 } else { high = mid }
        }
        guard low < graphs.count, document.sentences[low].start <= position else { return nil }
        guard let w = graphs[low].words.firstIndex(where: { $0.start == position }) else { return nil }
        return (low, w)
    }

    /// The entities the root verb's subject names, if any.
    func mainSubject(of graph: SentenceGraph) -> [Int32]? {
        guard let root = graph.head.firstIndex(of: -1), graph.isVerb(root) else { return nil }
        let subject = reader.fill([.init(deprel: "nsubj")], at: root, in: graph, collectingAll: false)
        return subject.isEmpty ? nil : subject
    }

    /// Codes the triggers of one sentence.
    mutating func code(_ graph: SentenceGraph, sentence: TextSpan, previousSubject: [Int32]) {
        let matches = extractor.matcher.matches(in: graph, tokens: document.tokens, entityOfToken: recognition.entityOfToken)
        let accusations = Set(matches.filter { lexicon.triggers[$0.trigger].type == .accuse }.map(\.word))
        let sentenceTimexes = setting.timexes(in: sentence)
        for match in matches {
            let trigger = lexicon.triggers[match.trigger]
            if windowTypes.contains(WindowKey(sentenceStart: sentence.start, type: trigger.type)) { continue }
            guard isEvent(match, trigger, in: graph) else { continue }
            var arguments = reader.arguments(
                at: match.word, trigger: trigger, phrase: match.words, in: graph, previousSubject: previousSubject)
            // "acusou Kiev de atacar": the accused acts in the act alleged.
            if trigger.type != .accuse, let accused = accusedActors(of: match.word, accusations: accusations, in: graph) {
                arguments.actors = accused
                arguments.recipients.removeAll { accused.contains($0) }
            }
            var actors = arguments.actors
            var recipients = arguments.recipients
            let ok = shape(trigger, at: match.word, in: graph, actors: &actors, recipients: &recipients)
            guard ok else { continue }
            var assessment = status.assess(at: match.word, trigger: trigger, tense: match.tense, in: graph, accusations: accusations)
            var source: Int32?
            if let asserting = assessment.assertedBy {
                source = reader.clauseSubject(of: asserting, in: graph, previousSubject: previousSubject, depth: 0).first
            }
            // "O Kremlin declarou que vai endurecer a posição": what one says of one's own acts is no claim.
            if assessment.status == .claimed, let source, actors.contains(source) {
                assessment = StatusReader.Assessment(status: .factual)
            }
            let dates = setting.dates(of: match.word, in: graph, sentenceTimexes: sentenceTimexes, alone: matches.count == 1)
            let coding = lexicon.coding(trigger.type, mode: trigger.mode)
            let place = setting.place(of: match.word, in: graph)
            let event = Event(
                id: "", type: trigger.type, mode: trigger.mode, actors: actors.map(id), recipients: recipients.map(id),
                date: dates.first?.value, datePrecision: dates.first?.precision, location: place.map(setting.location),
                status: assessment.status, source: source.map(id), score: coding.score,
                cameo: trigger.cameo ?? coding.cameo, trigger: quoted(graph.span(of: match.words)),
                evidence: quoted(sentence))
            if dates.count > 1 {
                for date in dates {
                    var dated = event
                    dated.date = date.value
                    dated.datePrecision = date.precision
                    list.append(dated, trigger: match.trigger)
                }
            } else {
                list.add(event, trigger: match.trigger)
            }
            if let source = source.map(id), assessment.accuses { list.addAllegation(by: source, of: event, lexicon: lexicon) }
            if let source = source.map(id), assessment.denies { list.addDenial(by: source, of: event, lexicon: lexicon) }
        }
    }

    /// Whether a trigger names an event here: "concordaram que as tensões
    /// decorrem…" is an opinion; "negou qualquer ataque" names the claim
    /// denied, not an event of its own.
    func isEvent(_ match: TriggerMatcher.Match, _ trigger: EventLexicon.Trigger, in graph: SentenceGraph) -> Bool {
        let i = match.word
        if trigger.type == .agree && !trigger.isNoun && graph.children[i].contains(where: { graph.relation($0) == "ccomp" }) {
            return false
        }
        // "concordaram em cooperar", "recusou condenar": the agreement or refusal is the event (GOLD.md), not the act it governs.
        if !trigger.isNoun, graph.head[i] >= 0, graph.relation(i) == "xcomp",
            let governing = extractor.matcher.verbs[graph.lemma[graph.head[i]]],
            [EventType.agree, .reject].contains(lexicon.triggers[governing].type)
        {
            return false
        }
        if trigger.isNoun, graph.head[i] >= 0, graph.relation(i) == "obj" {
            let h = graph.head[i]
            if let denial = extractor.matcher.verbs[graph.lemma[h]], lexicon.triggers[denial].arguments == .denial { return false }
        }
        return true
    }

    /// The accused of an accusation that governs the trigger ("acusou Kiev de atacar").
    func accusedActors(of i: Int, accusations: Set<Int>, in graph: SentenceGraph) -> [Int32]? {
        let h = graph.head[i]
        guard h >= 0, accusations.contains(h), ["xcomp", "obl", "advcl", "ccomp"].contains(graph.relation(i)) else { return nil }
        let accused = reader.fill(
            [.init(deprel: "obj"), .init(deprel: "iobj"), .init(deprel: "nsubj:pass")], at: h, in: graph, collectingAll: false)
        return accused.isEmpty ? nil : accused
    }

    /// Checks and adjusts the sides of an event; false when the reading is no event.
    func shape(
        _ trigger: EventLexicon.Trigger, at i: Int, in graph: SentenceGraph, actors: inout [Int32], recipients: inout [Int32]
    ) -> Bool {
        // A country does not act on its own leader ("os Estados Unidos, durante a presidência de Trump").
        if actors.count == 1, entities[Int(actors[0])].type == .geopolitical {
            let side = entities[Int(actors[0])].affiliation
            recipients.removeAll { entities[Int($0)].type == .person && entities[Int($0)].affiliation == side }
        }
        // A visit goes to the country of the place it names.
        if trigger.mode == "visit" { recipients = recipients.map(country(of:)) }
        // One side acting on a relation is directed; meetings, agreements and joint acts are mutual.
        let directed = !trigger.isNoun && actors.count == 1 && !recipients.isEmpty
            && ![EventType.consult, .agree, .cooperate].contains(trigger.type)
        if trigger.arguments == .mutual && !directed {
            for r in recipients where !actors.contains(r) { actors.append(r) }
            recipients = []
        }
        if !recipients.isEmpty && recipients.allSatisfy({ actors.contains($0) }) { return false }
        recipients.removeAll { actors.contains($0) }
        guard !actors.isEmpty else { return false }
        if trigger.type == .consult {
            // A meeting of a country with its own leader or body is a misreading.
            let sides = Set((actors + recipients).map { entities[Int($0)].affiliation ?? "" })
            if sides.count == 1, actors.count + recipients.count > 1,
                (actors + recipients).contains(where: { entities[Int($0)].type == .geopolitical })
            {
                return false
            }
            if actors.count + recipients.count == 1 {
                // A meeting has two sides; a visit with one named is hosted by the place visited.
                guard trigger.mode == "visit", let host = setting.place(of: i, in: graph).map(country(of:)),
                    entities[Int(host)].affiliation != entities[Int(actors[0])].affiliation
                else { return false }
                recipients = [host]
            }
        }
        return true
    }

    /// The country entity of a place (Pyongyang → Coreia do Norte) when the article names it, else the place.
    func country(of e: Int32) -> Int32 {
        let place = entities[Int(e)]
        guard place.type == .location, let affiliation = place.affiliation,
            let country = entities.firstIndex(where: { $0.type == .geopolitical && $0.affiliation == affiliation })
        else { return e }
        return Int32(country)
    }

    func id(_ e: Int32) -> String { entities[Int(e)].id }

    func quoted(_ span: TextSpan) -> QuotedSpan {
        QuotedSpan(start: span.start, end: span.end, text: String(scalars: document.scalars[span.start..<span.end]))
    }
}
