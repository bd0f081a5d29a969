/// Codes who did what to whom in PLOVER, clause by clause.
///
/// For each trigger (a verb form, noun or phrase of ``EventLexicon``) it
/// finds the actor — the subject entity of the clause, across appositions
/// and role phrases, with coordinated subjects as compound actors — and the
/// recipient — the object or prepositional complement; the passive with
/// agent ("foi recebido por") swaps them. Nominal triggers take their
/// arguments from "de", "a", "com", "contra" and "entre" complements. The
/// status comes from the cues around the trigger: future and intention
/// (planned), negation (negated), allegation and attribution (claimed, with
/// its source). Dates come from the clause's timex, places from "em X".
/// Repeated mentions of one event are merged.
public struct WindowEventReader: Sendable {
    /// The event vocabulary: triggers, PLOVER scores and CAMEO codes, status cues.
    public let lexicon: EventLexicon
    let gazetteer: Gazetteer
    let words: Words

    /// Function words the argument rules look at, as vocabulary ids.
    struct Words: Sendable {
        let coordinators: WordSet
        let complementPrepositions: WordSet
        let agentPrepositions: WordSet
        let passiveAuxiliaries: WordSet
        let locative: WordSet
        let between: WordID
        let of: WordSet
        let to: WordSet
        let relative: WordID
        /// Relative pronouns after a preposition: "a Maduro, a quem acusou" (the antecedent is no subject).
        let objectRelatives: WordSet
        let articles: WordSet
        let perfectAuxiliaries: WordSet
        let with: WordID
        let against: WordID
        let during: WordID
        let reflexive: WordID
        let side: WordID
        let toThe: WordID
        let times: WordID
        let and: WordID
        let destination: WordSet
        let comma: WordID
        let purpose: WordID
        let infinitiveLinks: WordSet
        let accuse: WordSet
        /// Endings (`endings.tsv`), folded.
        let participleEndings: [String]
        let firstParticipleEndings: [String]
        let futureEndings: [String]
        let adverbEnding: String

        /// The classes of `events/argument-words.tsv`, by property.
        static let classes: Set<String> = [
            "coordinators", "complement-prepositions", "agent-prepositions", "passive-auxiliaries", "locative", "between",
            "of", "to", "relative", "object-relatives", "articles", "perfect-auxiliaries", "with", "against", "during", "reflexive", "side",
            "to-the", "times", "and", "destination", "comma", "purpose", "infinitive-links", "accuse",
        ]

        init(classes c: WordClasses, endings: WordClasses, vocabulary v: inout Vocabulary) {
            participleEndings = endings["participle-inflected"]
            firstParticipleEndings = endings["participle-first"]
            futureEndings = endings["future"]
            adverbEnding = endings["adverb"][0]
            coordinators = c.ids("coordinators", &v)
            complementPrepositions = c.ids("complement-prepositions", &v)
            agentPrepositions = c.ids("agent-prepositions", &v)
            passiveAuxiliaries = c.ids("passive-auxiliaries", &v)
            locative = c.ids("locative", &v)
            between = c.id("between", &v)
            of = c.ids("of", &v)
            to = c.ids("to", &v)
            relative = c.id("relative", &v)
            objectRelatives = c.ids("object-relatives", &v)
            articles = c.ids("articles", &v)
            perfectAuxiliaries = c.ids("perfect-auxiliaries", &v)
            with = c.id("with", &v)
            against = c.id("against", &v)
            during = c.id("during", &v)
            reflexive = c.id("reflexive", &v)
            side = c.id("side", &v)
            toThe = c.id("to-the", &v)
            times = c.id("times", &v)
            and = c.id("and", &v)
            destination = c.ids("destination", &v)
            comma = c.id("comma", &v)
            purpose = c.id("purpose", &v)
            infinitiveLinks = c.ids("infinitive-links", &v)
            accuse = c.ids("accuse", &v)
        }
    }

    /// The status cue set of each of the lexicon's cue kinds.
    let cueSetOfKind: [CueSet]

    /// The roles (``Entity/role``) of a country's head of state or government (``RoleLexicon/headOffices``).
    let headOffices: Set<String>

    public init(lexicon: EventLexicon, gazetteer: Gazetteer, headOffices: Set<String>, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        self.headOffices = headOffices
        self.cueSetOfKind = lexicon.cueKinds.map(CueSet.init(kind:))
        self.gazetteer = gazetteer
        self.words = Words(classes: lexicon.argumentWords, endings: lexicon.endings, vocabulary: &vocabulary)
    }

    /// The events of a text.
    public func extract(
        _ scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan], entities: EntityRecognizer.Result,
        timexes: [Timex], documentDate: String?
    ) -> [Event] {
        var context = Context(
            extractor: self, scalars: scalars, tokens: tokens, sentences: sentences, entities: entities,
            dating: ClauseDating(timexes: timexes, documentDate: documentDate))
        return context.run()
    }

    /// The kinds of status cue a token opens (those of the parse reading).
    typealias CueSet = CueMarks.Kinds

    struct Context {
        let extractor: WindowEventReader
        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        let sentences: [TextSpan]
        let entities: EntityRecognizer.Result
        let dating: ClauseDating
        /// The events found so far, merged as they come (``EventList``).
        var list: EventList
        var events: [Event] { list.events }
        /// Token range of each sentence.
        var sentenceTokens: [Range<Int>] = []
        /// The status cues starting at each token, found in one pass.
        var cueAt: [CueSet]
        var lexicon: EventLexicon { extractor.lexicon }
        var words: Words { extractor.words }

        init(
            extractor: WindowEventReader, scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan],
            entities: EntityRecognizer.Result, dating: ClauseDating
        ) {
            self.extractor = extractor
            self.scalars = scalars
            self.tokens = tokens
            self.sentences = sentences
            self.entities = entities
            self.dating = dating
            self.list = EventList(entities: entities.entities, headOffices: extractor.headOffices)
            var cueAt = [CueSet](repeating: [], count: tokens.count)
            let kinds = extractor.cueSetOfKind
            // A name is no cue: "Irão" (Iran) is not "irão" (will).
            for k in tokens.indices where entities.entityOfToken[k] < 0 {
                extractor.lexicon.forEachCueKind(at: k, in: tokens) { cueAt[k].formUnion(kinds[$0]) }
            }
            self.cueAt = cueAt
            var t = 0
            for s in sentences {
                while t < tokens.count && tokens[t].start < s.start { t += 1 }
                let first = t
                while t < tokens.count && tokens[t].end <= s.end { t += 1 }
                sentenceTokens.append(first..<t)
            }
        }

        mutating func run() -> [Event] {
            for (s, range) in sentenceTokens.enumerated() {
                var i = range.lowerBound
                while i < range.upperBound {
                    guard tokens[i].isKnown, entities.entityOfToken[i] < 0, lexicon.trie.start(tokens[i].word) != nil,
                        let match = matchAcrossAdverb(at: i, range: range) ?? lexicon.trie.longestMatch(in: tokens, from: i)
                    else {
                        i += 1
                        continue
                    }
                    let form = lexicon.forms[Int(match.values[0])]
                    let trigger = lexicon.triggers[form.trigger]
                    // A capitalised noun inside a name is not a trigger ("Conselho", "Cimeira das Américas").
                    if trigger.isNoun && tokens[i].isCapitalized && i > range.lowerBound { i += 1; continue }
                    if let (event, assessment) = makeEvent(trigger: trigger, tense: form.tense, at: i, end: match.end, sentence: s, range: range) {
                        // "os ataques de 30 de dezembro e 02 de janeiro": one event per date the noun names.
                        let dates = trigger.isNoun
                            ? dating.dates(following: TextSpan(start: tokens[match.end - 1].end, end: tokens[min(match.end + 12, range.upperBound) - 1].end))
                            : []
                        if dates.count > 1 {
                            for date in dates {
                                var dated = event
                                dated.date = date.value
                                dated.datePrecision = date.precision
                                list.append(dated, trigger: form.trigger)
                            }
                        } else {
                            add(event, trigger: form.trigger)
                        }
                        // "encontraram-se duas vezes": that many meetings (GOLD.md).
                        for _ in 1..<repetitions(around: i, end: match.end, range: range) {
                            list.append(event, trigger: form.trigger)
                        }
                        if let source = event.source, assessment.accuses { list.addAllegation(by: source, of: event, lexicon: lexicon) }
                        if let source = event.source, assessment.denies { list.addDenial(by: source, of: event, lexicon: lexicon) }
                    }
                    i = match.end
                }
            }
            addRepeatedAccusations()
            list.meetAtThirdPlaces(lexicon: lexicon, location: location)
            list.linkDenials(lexicon: lexicon)
            return events.enumerated().map { index, event in
                var e = event
                e.id = "v\(index + 1)"
                return e
            }
        }

        // MARK: building one event

        /// The event at trigger i, and who accuses its actors of it when it is an attributed claim.
        mutating func makeEvent(
            trigger: EventLexicon.Trigger, tense: Conjugator.Tense?, at i: Int, end: Int, sentence s: Int, range: Range<Int>
        ) -> (Event, Assessment)? {
            var actors: [Int32] = []
            var recipients: [Int32] = []
            if tense == .infinitive && governed(at: i, range: range) { return nil }
            // "concordaram que as tensões decorrem…": agreeing that something is so is an opinion, not an agreement.
            if trigger.type == .agree && !trigger.isNoun && end < range.upperBound && tokens[end].word == words.relative { return nil }
            // "negou qualquer ataque": the noun is the claim denied, not an event of its own.
            if trigger.isNoun && deniedBy(at: i, range: range) { return nil }
            let agentPhrase = tense == .participle ? agent(after: end, range: range) : nil
            let passive = tense == .participle && (isPassive(at: i, range: range) || agentPhrase != nil)
            var exchangedFor: Event?
            if trigger.isNoun {
                // A noun names an event only with its own arguments ("a visita de Lavrov a Pyongyang").
                (actors, recipients) = nominalArguments(at: i, end: end, range: range, trigger)
                // "Moscou e Pyongyang trabalham numa aproximação", "anunciou nova tarifa": the light verb's subject acts.
                if actors.isEmpty, let light = (max(range.lowerBound, i - 4)..<i).last(where: { cueAt[$0].contains(.lightVerb) }) {
                    actors = subject(before: light, range: range)
                }
                // "X forneceu munições à Rússia em troca de assistência (da Rússia)": the exchange goes back to
                // the actor of the act before it (else the sentence's subject), from the noun's own agent or else
                // from whoever that act reached.
                if let exchange = (max(range.lowerBound, i - 4)..<i).last(where: { cueAt[$0].contains(.inExchange) }) {
                    let before = events.last { $0.trigger.end <= tokens[exchange].start && $0.evidence.start == tokens[range.lowerBound].start }
                    func indices(_ ids: [String]) -> [Int32] { ids.compactMap { id in entities.entities.firstIndex { $0.id == id }.map(Int32.init) } }
                    let taker = before.map { indices($0.actors) } ?? subject(before: exchange, range: range)
                    let reached = indices(before?.recipients ?? [])
                    if actors.isEmpty { actors = reached.filter { !taker.contains($0) } }
                    if !actors.isEmpty && !taker.isEmpty {
                        recipients = taker.filter { !actors.contains($0) }
                        exchangedFor = before
                    }
                }
                // "Putin pediu a Choe, durante negociações no Kremlin, …": the people of the clause met.
                if actors.isEmpty && recipients.isEmpty && trigger.type == .consult,
                    (max(range.lowerBound, i - 2)..<i).contains(where: { tokens[$0].word == words.during })
                {
                    let people = unique((range.lowerBound..<i).compactMap { k in
                        actorEntity(k).flatMap { entities.entities[Int($0)].type == .person ? $0 : nil }
                    })
                    if people.count >= 2 { actors = people }
                }
                // "a próxima reunião": the next of the meetings the text is about, between the same sides.
                if actors.isEmpty && recipients.isEmpty && trigger.type == .consult && i > range.lowerBound && cueAt[i - 1].contains(.future),
                    let series = events.last(where: { $0.type == .consult || $0.type == .agree })
                {
                    actors = (series.actors + series.recipients).compactMap { id in entities.entities.firstIndex { $0.id == id }.map(Int32.init) }
                }
                // "… contra a Ucrânia, somando-se aos já utilizados nos ataques de 30 de dezembro": a bare noun
                // takes the sides of the act of its type named before it in the sentence.
                if actors.isEmpty && recipients.isEmpty,
                    let before = events.last(where: { $0.type == trigger.type && $0.evidence.start == tokens[range.lowerBound].start })
                {
                    func indices(_ ids: [String]) -> [Int32] { ids.compactMap { id in entities.entities.firstIndex { $0.id == id }.map(Int32.init) } }
                    actors = indices(before.actors)
                    recipients = indices(before.recipients)
                }
                if actors.isEmpty && recipients.isEmpty { return nil }
                // Else the nearest actor before the noun: "as possibilidades de Moscovo para continuar a guerra".
                if actors.isEmpty { actors = nearestActor(before: i, range: range) }
            } else if trigger.type == .accuse, tense == .participle, !passive, i > range.lowerBound, tokens[i - 1].word == words.comma {
                // "três empresas da China, acusadas de fornecerem…": the accused is what the participle describes.
                recipients = nearestActor(before: i - 1, range: range)
                actors = subject(before: i, range: range).filter { !recipients.contains($0) }
            } else if passive, let agent = agentPhrase {
                // "X foi recebido por Y"; "contentores transferidos pela Coreia do Norte para a Rússia".
                actors = agent.entities
                let complement = object(after: agent.end, range: range)
                recipients = complement.isEmpty ? subject(before: i, range: range) : complement
                // "X foi recebido por Y": X the visitor acts.
                if trigger.arguments == .objectToSubject { swap(&actors, &recipients) }
            } else {
                // "Os professores aderiram à greve convocada pelo STOP": without a named subject, the agent of the participle.
                actors = subject(before: i, range: range)
                let byAgent = actors.isEmpty ? participleAgent(after: end, range: range) : nil
                if let byAgent { actors = byAgent }
                // "recusou condenar a Rússia": the infinitive's object is not the refusal's.
                let governsInfinitive = trigger.type == .reject && infinitiveTrigger(at: end, range: range)
                recipients = governsInfinitive || byAgent != nil || trigger.arguments == .denial ? [] : object(after: end, range: range)
                // "os Estados Unidos se retiraram, durante a presidência de Donald Trump, de…": a country does not act on its own leader.
                if actors.count == 1, entities.entities[Int(actors[0])].type == .geopolitical {
                    let side = entities.entities[Int(actors[0])].affiliation
                    recipients.removeAll { entities.entities[Int($0)].type == .person && entities.entities[Int($0)].affiliation == side }
                }
                // "disparou mísseis norte-coreanos contra a Ucrânia": "contra" marks the target of force.
                if [EventType.assault, .coerce, .threaten, .sanction].contains(trigger.type),
                    let against = (end..<min(end + 12, range.upperBound)).first(where: {
                        tokens[$0].word == words.against && $0 + 1 < range.upperBound
                    }),
                    case let target = object(after: against + 1, range: range), !target.isEmpty
                {
                    recipients = target
                }
                // "chegou a Pequim acompanhado de…": a visit goes to the place it names.
                if trigger.mode == "visit", trigger.arguments == .subjectToObject, let place = destination(after: end, range: range) {
                    recipients = [place]
                } else if trigger.mode == "visit" {
                    recipients = recipients.map(country(of:))
                }
                if trigger.arguments == .mutual, let first = recipients.first, !isPartner(first, after: end, mode: trigger.mode) {
                    // "discutiram a crise ucraniana": the object of a meeting verb is its topic.
                    recipients = []
                }
                if trigger.arguments == .objectToSubject { swap(&actors, &recipients) }
            }
            // "acusou Kiev de atacar", "empresas da China, acusadas de fornecerem": the accused acts in the act alleged.
            if !trigger.isNoun, trigger.type != .accuse, let accused = accused(before: i, range: range), !accused.isEmpty {
                actors = accused
                recipients.removeAll { accused.contains($0) }
            }
            // "a Rússia tem vindo a intensificar a sua relação com a Coreia do Norte": one side acting on a
            // relation is directed; only meetings, agreements and joint acts, or plural subjects, are mutual.
            let directed = !trigger.isNoun && actors.count == 1 && !recipients.isEmpty
                && ![EventType.consult, .agree, .cooperate].contains(trigger.type)
            if trigger.arguments == .mutual && !directed {
                actors = unique(actors + recipients)
                recipients = []
            }
            // An act whose only target is its own actor is a misreading ("sanções contra Moscovo" after "a Rússia").
            if !recipients.isEmpty && recipients.allSatisfy({ actors.contains($0) }) { return nil }
            recipients.removeAll { actors.contains($0) }
            guard !actors.isEmpty else { return nil }
            // A meeting of a country with its own leader or body is a misreading ("a cimeira … da Coreia do Norte, Kim").
            if trigger.type == .consult {
                let sides = Set((actors + recipients).map { entities.entities[Int($0)].affiliation ?? "" })
                if sides.count == 1, (actors + recipients).contains(where: { entities.entities[Int($0)].type == .geopolitical }),
                    actors.count + recipients.count > 1
                {
                    return nil
                }
            }
            let place = self.place(in: range, near: i)
            if trigger.type == .consult && actors.count + recipients.count == 1 {
                // A meeting has two sides; a visit with one named is hosted by the place visited.
                guard trigger.mode == "visit", let host = place ?? destination(after: end, range: range),
                    entities.entities[Int(host)].affiliation != entities.entities[Int(actors[0])].affiliation
                else { return nil }
                recipients = [host]
            }

            var status = self.status(trigger: trigger, tense: tense, at: i, end: end, range: range)
            // What is given in exchange for a claimed act is claimed with it.
            if let main = exchangedFor, main.status != .factual, status.status == .factual { status = Assessment(status: main.status) }
            // "O Kremlin declarou que vai endurecer a posição": what one says of one's own acts is no claim.
            if status.status == .claimed, let source = status.source, actors.contains(source) {
                status = Assessment(status: .factual)
            }
            let date = self.date(near: i, range: range, isNoun: trigger.isNoun)
            let coding = lexicon.coding(trigger.type, mode: trigger.mode)
            let triggerSpan = span(i, end)
            let evidence = TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
            let event = Event(
                id: "", type: trigger.type, mode: trigger.mode, actors: actors.map(id), recipients: recipients.map(id),
                date: date?.value, datePrecision: date?.precision, location: place.map(location),
                status: status.status, source: status.source.map(id), score: coding.score,
                cameo: trigger.cameo ?? coding.cameo, trigger: triggerSpan,
                evidence: QuotedSpan(start: evidence.start, end: evidence.end, text: text(evidence.start, evidence.end)))
            return (event, status)
        }

        func id(_ e: Int32) -> String { entities.entities[Int(e)].id }

        func unique(_ list: [Int32]) -> [Int32] {
            var seen = Set<Int32>()
            return list.filter { seen.insert($0).inserted }
        }

        /// An acting entity at token k: named, not a place, not inside a role
        /// phrase, not a news outlet (which reports events, not takes part).
        func actorEntity(_ k: Int) -> Int32? {
            let e = entities.entityOfToken[k]
            guard e >= 0, !entities.isRoleToken[k] else { return nil }
            let entity = entities.entities[Int(e)]
            return entity.type == .location || entity.sector == .media ? nil : e
        }

        /// The subject: the nearest acting entity before the trigger in its
        /// clause that is not a prepositional complement, with the entities
        /// coordinated with it ("Rússia e Coreia do Norte").
        func subject(before i: Int, range: Range<Int>) -> [Int32] {
            // "Witkoff esteve em Moscovo para se reunir com Putin, e chegou hoje a Omã": a verb after
            // "e" shares the subject of the sentence's first clause.
            // "…com a Coreia do Norte, que aumentou…": a relative pronoun's subject is its antecedent.
            if i - 1 > range.lowerBound, tokens[i - 1].word == words.relative {
                var k = i - 2
                if k > range.lowerBound, tokens[k].word == words.comma { k -= 1 }
                if let e = actorEntity(k) { return [e] }
            }
            // A proclitic may stand between: "… e se comprometeram a reforçar".
            let conjunction = i - 1 > range.lowerBound && tokens[i - 1].word == words.reflexive ? i - 2 : i - 1
            if conjunction > range.lowerBound, tokens[conjunction].word == words.and, entities.entityOfToken[conjunction - 1] < 0 {
                let first = firstSubject(in: range, before: i)
                if !first.isEmpty { return first }
                let previous = subject(before: conjunction, range: range)
                if !previous.isEmpty { return previous }
            }
            var k = i - 1
            // "dirigiu-se a Maduro, a quem acusou": the antecedent of a relative after a preposition is its
            // object; the subject is found before it.
            if i - 2 > range.lowerBound, words.objectRelatives.contains(tokens[i - 1].word),
                words.to.contains(tokens[i - 2].word) || words.of.contains(tokens[i - 2].word)
                    || words.complementPrepositions.contains(tokens[i - 2].word)
            {
                k = i - 3
                if k > range.lowerBound, tokens[k].word == words.comma { k -= 1 }
                if k >= range.lowerBound, actorEntity(k) != nil { k = mentionStart(k) - 1 }
            }
            while k >= range.lowerBound {
                if cueAt[k].contains(.bothCountries) { return lastTwo(before: k, people: false) }
                if cueAt[k].contains(.bothPeople) { return lastTwo(before: k, people: true) }
                if let e = actorEntity(k) {
                    let first = mentionStart(k)
                    // "com o Partido Popular Europeu": the preposition may stand before an article.
                    let before = skippingArticle(first - 1, range: range)
                    let isComplement = first > range.lowerBound && words.complementPrepositions.contains(tokens[before].word)
                        && !words.coordinators.contains(tokens[before].word)
                    if !isComplement || before == range.lowerBound {
                        return coordinated(ending: first, with: e, range: range)
                    }
                    // "O governo da China anunciou": the genitive of a sentence's opening noun phrase names its subject.
                    if words.of.contains(tokens[before].word), before - range.lowerBound <= 2,
                        (range.lowerBound..<before).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized || $0 == range.lowerBound })
                    {
                        return [e]
                    }
                    k = first - 1
                    continue
                }
                k -= 1
            }
            return []
        }

        /// The first acting entity of the sentence that is not a complement, with those coordinated with it.
        func firstSubject(in range: Range<Int>, before i: Int) -> [Int32] {
            var k = range.lowerBound
            while k < i {
                if let e = actorEntity(k) {
                    let first = mentionStart(k)
                    let before = skippingArticle(first - 1, range: range)
                    let isComplement = first > range.lowerBound && words.complementPrepositions.contains(tokens[before].word)
                    if !isComplement {
                        var end = k
                        while end < i && entities.entityOfToken[end] == e { end += 1 }
                        // Take the coordination ending at the last name joined to this one.
                        var last = e
                        var lastStart = first
                        var m = end
                        while m + 1 < i, words.coordinators.contains(tokens[m].word) || words.articles.contains(tokens[m].word),
                            let other = actorEntity(m + 1) ?? (m + 2 < i ? actorEntity(m + 2) : nil)
                        {
                            last = other
                            lastStart = actorEntity(m + 1) != nil ? m + 1 : m + 2
                            m = lastStart
                            while m < i && entities.entityOfToken[m] == last { m += 1 }
                        }
                        return coordinated(ending: lastStart, with: last, range: range)
                    }
                    k = first
                    while k < i && entities.entityOfToken[k] >= 0 { k += 1 }
                    continue
                }
                k += 1
            }
            return []
        }

        /// The acting entity nearest before a noun at token i in its clause,
        /// with those coordinated with it; else the clause's subject. The
        /// clause ends at punctuation or at "e"/"que" not joining two names.
        func nearestActor(before i: Int, range: Range<Int>) -> [Int32] {
            var k = i - 1
            while k >= range.lowerBound {
                if let e = actorEntity(k) { return coordinated(ending: mentionStart(k), with: e, range: range) }
                // ", que incluiu reuniões com…": a relative clause leads back to its antecedent.
                if tokens[k].word == words.relative, k - 1 > range.lowerBound, tokens[k - 1].word == words.comma {
                    k -= 2
                    continue
                }
                let joinsClauses = (words.coordinators.contains(tokens[k].word) || tokens[k].word == words.relative)
                    && entities.entityOfToken[k + 1] < 0
                if tokens[k].kind == .punctuation || joinsClauses { break }
                k -= 1
            }
            return subject(before: i, range: range)
        }

        /// "os dois países", "ambos os ministros": the two sides the text
        /// has named most before token k (ties to the latest), each by the
        /// country — or, for people, the person — of that side it named last.
        func lastTwo(before k: Int, people: Bool) -> [Int32] {
            let limit = tokens[k].start
            var weight: [String: (count: Int, last: Int)] = [:]
            var representative: [String: (last: Int, entity: Int32)] = [:]
            for (index, entity) in entities.entities.enumerated() {
                guard let side = entity.affiliation, entity.type != .location else { continue }
                let fits = people ? entity.type == .person : entity.type == .geopolitical
                for mention in entity.mentions where mention.start < limit {
                    let w = weight[side] ?? (0, -1)
                    weight[side] = (w.count + 1, max(w.last, mention.start))
                    if fits, mention.start > representative[side]?.last ?? -1 {
                        representative[side] = (mention.start, Int32(index))
                    }
                }
            }
            let top = weight.filter { representative[$0.key] != nil }.sorted { ($0.value.count, $0.value.last) > ($1.value.count, $1.value.last) }
                .prefix(2)
            guard top.count == 2 else { return [] }
            return top.map { representative[$0.key]! }.sorted { $0.last < $1.last }.map(\.entity)
        }

        /// First token of the entity mention containing token k.
        func mentionStart(_ k: Int) -> Int {
            var f = k
            let e = entities.entityOfToken[k]
            while f > 0 && entities.entityOfToken[f - 1] == e { f -= 1 }
            return f
        }

        /// "Pyongyang e Moscovo", "Rússia, China e Irão": entities joined by
        /// "e" or commas before the one starting at `first`.
        func coordinated(ending first: Int, with e: Int32, range: Range<Int>) -> [Int32] {
            var list = [e]
            var k = skippingArticle(first - 1, range: range)
            while k > range.lowerBound, words.coordinators.contains(tokens[k].word),
                let other = actorEntity(k - 1) ?? (k - 2 >= range.lowerBound && words.articles.contains(tokens[k - 1].word) ? actorEntity(k - 2) : nil)
            {
                let next = skippingArticle(mentionStart(words.articles.contains(tokens[k - 1].word) ? k - 2 : k - 1) - 1, range: range)
                // "Já pelos Estados Unidos, Steve Witkoff": a complement is not coordinated with the subject.
                if next >= range.lowerBound, words.complementPrepositions.contains(tokens[next].word) { break }
                list.insert(other, at: 0)
                k = next
            }
            return unique(list)
        }

        /// Whether entity e, the first after a meeting verb ending at `end`, is
        /// a partner: "com X" ("reuniu-se com Lavrov", "encontrar-se com"),
        /// or for a multilateral meeting the forum ("participar da cimeira do BRICS").
        func isPartner(_ e: Int32, after end: Int, mode: String?) -> Bool {
            guard let k = (end..<min(tokens.count, end + 14)).first(where: { entities.entityOfToken[$0] == e }) else { return false }
            // "com X", "com o Presidente da Rússia, Vladimir Putin", "com o homólogo russo, Sergey Lavrov":
            // only a description of X between, no clause.
            // "ao lado de X" accompanies like "com X".
            if let with = (max(end - 1, k - 12)..<k).last(where: {
                tokens[$0].word == words.with || (tokens[$0].word == words.side && $0 > 0 && tokens[$0 - 1].word == words.toThe)
            }),
                !(with + 1..<k).contains(where: {
                    tokens[$0].word == words.relative || (tokens[$0].kind == .punctuation && tokens[$0].word != words.comma)
                })
            {
                return true
            }
            let before = tokens[k - 1].word
            return mode == "multilateral" && (words.of.contains(before) || words.locative.contains(before))
        }

        /// Whether token k looks like an infinitive: a lower-case word in -ar, -er, -ir or -or.
        func isInfinitive(_ k: Int) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].end - tokens[k].start > 3 else { return false }
            let last = scalars[tokens[k].end - 1], before = scalars[tokens[k].end - 2]
            return last == "r" && (before == "a" || before == "e" || before == "i" || before == "o" || before == "ô")
        }

        /// k, or the token before it when k is a definite article ("e a Rússia").
        func skippingArticle(_ k: Int, range: Range<Int>) -> Int {
            k > range.lowerBound && words.articles.contains(tokens[k].word) ? k - 1 : k
        }

        /// True when token k opens a trigger in the infinitive ("recusou condenar").
        func infinitiveTrigger(at k: Int, range: Range<Int>) -> Bool {
            guard k < range.upperBound, tokens[k].isKnown, lexicon.trie.start(tokens[k].word) != nil,
                let match = lexicon.trie.longestMatch(in: tokens, from: k)
            else { return false }
            return lexicon.forms[Int(match.values[0])].tense == .infinitive
        }

        /// The object or complement: the first acting entity after the trigger, with coordinated ones.
        func object(after end: Int, range: Range<Int>) -> [Int32] {
            var k = end
            var list: [Int32] = []
            while k < range.upperBound && k < end + 14 {
                if tokens[k].word == words.relative && list.isEmpty && k > end + 1 { break }
                // "instou ações conjuntas para conter…": a purpose clause has objects of its own.
                if tokens[k].word == words.purpose && k > end && isInfinitive(k + 1) { break }
                if var e = actorEntity(k) {
                    var m = k
                    while m < range.upperBound && entities.entityOfToken[m] == e { m += 1 }
                    // "o homólogo russo, Sergey Lavrov": the person the description names, not its demonym.
                    if entities.entities[Int(e)].type != .person, m + 1 < range.upperBound, isApposition(at: m, range: range),
                        let person = actorEntity(m + 1)
                    {
                        e = person
                        m += 1
                        while m < range.upperBound && entities.entityOfToken[m] == e { m += 1 }
                    }
                    list.append(e)
                    if m + 1 < range.upperBound, tokens[m].folded(in: scalars) == "e", let next = actorEntity(m + 1) {
                        list.append(next)
                    }
                    return unique(list)
                }
                k += 1
            }
            return list
        }

        /// True when the infinitive at i is what another trigger refuses,
        /// agrees, threatens or asks to do ("recusou condenar", "concordaram
        /// em cooperar", "ameaçou lançar ataques"): that act has not happened,
        /// and the governing event is the one to code.
        func governed(at i: Int, range: Range<Int>) -> Bool {
            // Between them, a linking preposition or an adverb in -mente ("ameaçado repetidamente lançar").
            let linked = i - 1 > range.lowerBound
                && (words.infinitiveLinks.contains(tokens[i - 1].word) || tokens[i - 1].folded(in: scalars).hasSuffix(words.adverbEnding))
            for k in max(range.lowerBound, i - 3)..<i where tokens[k].isKnown && lexicon.trie.start(tokens[k].word) != nil {
                guard let match = lexicon.trie.longestMatch(in: tokens, from: k),
                    match.end == i || (linked && match.end == i - 1)
                else { continue }
                switch lexicon.triggers[lexicon.forms[Int(match.values[0])].trigger].type {
                case .reject, .agree, .threaten, .request: return true
                default: continue
                }
            }
            return false
        }

        /// How many times an act is said to have happened: "N vezes" inside or right after its trigger, else 1.
        func repetitions(around i: Int, end: Int, range: Range<Int>) -> Int {
            for k in max(i + 1, range.lowerBound)..<min(end + 2, range.upperBound) where tokens[k].word == words.times {
                let count = lexicon.numberWords[tokens[k - 1].folded(in: scalars)] ?? Int(tokens[k - 1].text(in: scalars)) ?? 1
                return max(1, min(count, 10))
            }
            return 1
        }

        /// A trigger phrase with an adverb in -mente after its verb ("ter disparado recentemente
        /// mísseis"): matched without the adverb, its end counted in the text. Nil when no longer
        /// phrase than the verb alone matches that way.
        func matchAcrossAdverb(at i: Int, range: Range<Int>) -> (end: Int, values: [Int32])? {
            guard i + 2 < range.upperBound, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
                tokens[i + 1].folded(in: scalars).hasSuffix(words.adverbEnding)
            else { return nil }
            let spliced = [tokens[i]] + tokens[(i + 2)..<min(range.upperBound, i + 8)]
            guard let match = lexicon.trie.longestMatch(in: spliced, from: 0), match.end > 1 else { return nil }
            return (i + match.end + 1, match.values)
        }

        /// Who is accused of the act at token i: "acusou X de [ter] Y" gives the
        /// object X of the accusation; "X, acusadas de Y" the name the
        /// participle follows. Nil when no accusation governs the act.
        func accused(before i: Int, range: Range<Int>) -> [Int32]? {
            var k = i - 1
            while k >= range.lowerBound && k >= i - 8 {
                if words.accuse.contains(tokens[k].word) {
                    // Only "de" (and "ter") between the accusation's object and the act.
                    guard (k + 1..<i).contains(where: { words.of.contains(tokens[$0].word) }) else { return nil }
                    let text = tokens[k].folded(in: scalars)
                    let compoundTense = k > range.lowerBound && words.perfectAuxiliaries.contains(tokens[k - 1].word)
                    if !compoundTense && words.firstParticipleEndings.contains(where: { text.hasSuffix($0) }) {
                        return nearestActor(before: k > range.lowerBound && tokens[k - 1].word == words.comma ? k - 1 : k, range: range)
                    }
                    let object = object(after: k + 1, range: range)
                    return object.isEmpty ? nil : object.filter { e in
                        (k + 1..<i).contains { entities.entityOfToken[$0] == e }
                    }
                }
                if tokens[k].kind == .punctuation && tokens[k].word != words.comma { return nil }
                k -= 1
            }
            return nil
        }

        /// Whether a denial verb ends within two words before token i ("negou qualquer ataque").
        func deniedBy(at i: Int, range: Range<Int>) -> Bool {
            for k in max(range.lowerBound, i - 4)..<i where tokens[k].isKnown && lexicon.trie.start(tokens[k].word) != nil {
                guard let match = lexicon.trie.longestMatch(in: tokens, from: k), match.end <= i, match.end >= i - 2 else { continue }
                if lexicon.triggers[lexicon.forms[Int(match.values[0])].trigger].arguments == .denial { return true }
            }
            return false
        }

        func isPassive(at i: Int, range: Range<Int>) -> Bool {
            var k = i - 1
            while k >= range.lowerBound && k >= i - 3 {
                if words.passiveAuxiliaries.contains(tokens[k].word) { return true }
                k -= 1
            }
            return false
        }

        /// The agent of a passive: "por/pelo/pela X" within a few words
        /// after the participle, and the token after it.
        func agent(after end: Int, range: Range<Int>) -> (entities: [Int32], end: Int)? {
            var k = end
            while k < range.upperBound && k < end + 4 {
                if tokens[k].kind == .punctuation { return nil }
                if words.agentPrepositions.contains(tokens[k].word) {
                    // "pelo presidente dos Estados Unidos, Donald Trump": a role phrase may stand before the name.
                    var n = k + 1
                    while n < range.upperBound && n < k + 10 && actorEntity(n) == nil
                        && (entities.isRoleToken[n] || words.articles.contains(tokens[n].word) || tokens[n].word == words.comma)
                    {
                        n += 1
                    }
                    guard n < range.upperBound, let e = actorEntity(n) else { return nil }
                    let found = object(after: n, range: range)
                    var m = n
                    while m < range.upperBound && (entities.entityOfToken[m] == e || found.contains(entities.entityOfToken[m])
                        || (words.coordinators.contains(tokens[m].word) && m + 1 < range.upperBound && found.contains(entities.entityOfToken[m + 1])))
                    {
                        m += 1
                    }
                    return (found, m)
                }
                k += 1
            }
            return nil
        }

        /// The agent of a participle right after a noun: "convocada pelo STOP".
        func participleAgent(after end: Int, range: Range<Int>) -> [Int32]? {
            guard end + 1 < range.upperBound, isParticiple(end) || (end + 2 < range.upperBound && isParticiple(end + 1)) else { return nil }
            let participle = isParticiple(end) ? end : end + 1
            guard let (found, _) = agent(after: participle + 1, range: range) else { return nil }
            return found
        }

        /// Whether token k looks like a participle: a lower-case word in -ado, -ido, -to, -so and their inflections.
        func isParticiple(_ k: Int) -> Bool {
            guard tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
            let text = tokens[k].folded(in: scalars)
            for ending in words.participleEndings
            where text.hasSuffix(ending) && text.count > ending.count + 2 {
                return true
            }
            return false
        }

        /// The comma between a description and the name of the person it
        /// describes: "com o homólogo russo, Sergey Lavrov".
        func isApposition(at k: Int, range: Range<Int>) -> Bool {
            guard tokens[k].word == words.comma, k > range.lowerBound, k + 1 < range.upperBound else { return false }
            let e = entities.entityOfToken[k + 1]
            return e >= 0 && entities.entities[Int(e)].type == .person
        }

        /// A comma inside an enumeration of modifiers: "apoio político, diplomático e económico ao país vizinho".
        func isEnumeration(at k: Int, range: Range<Int>) -> Bool {
            guard tokens[k].word == words.comma, k + 2 < range.upperBound else { return false }
            let next = tokens[k + 1]
            return next.kind == .word && !next.isCapitalized && entities.entityOfToken[k + 1] < 0
                && (tokens[k + 2].word == words.and || tokens[k + 2].word == words.comma)
        }

        /// Arguments of a nominal trigger: "visita de X a Y", "cimeira entre X e Y", "invasão russa da Ucrânia".
        func nominalArguments(at i: Int, end: Int, range: Range<Int>, _ trigger: EventLexicon.Trigger) -> ([Int32], [Int32]) {
            let arguments = trigger.arguments
            // A war or attack "na Ucrânia", "em Gaza" is waged against that place.
            let placeIsPatient = trigger.type == .assault || trigger.type == .coerce
            var agent: [Int32] = []
            var patient: [Int32] = []
            var k = end
            while k < range.upperBound && k < end + 8 {
                let w = tokens[k].word
                if tokens[k].kind == .punctuation && !isEnumeration(at: k, range: range) && !isApposition(at: k, range: range) { break }
                if w == words.between {
                    // "entre Kim e Putin", "entre os dois lados".
                    let both = k + 1 < range.upperBound && cueAt[k + 1].contains(.bothCountries)
                        ? lastTwo(before: k + 1, people: false) : object(after: k + 1, range: range)
                    return (both, [])
                }
                if let e = actorEntity(k) {
                    let first = mentionStart(k)
                    var preposition = first > 0 ? tokens[first - 1].word : -1
                    // A demonym after its noun takes the noun's preposition: "à política russa", "ao governo
                    // norte-coreano", "de quatro regiões ucranianas".
                    var p = first - 1
                    while p > end, p > first - 4, tokens[p].kind != .punctuation, !tokens[p].isCapitalized,
                        entities.entityOfToken[p] < 0, !words.complementPrepositions.contains(tokens[p].word),
                        !words.to.contains(tokens[p].word), !words.locative.contains(tokens[p].word)
                    {
                        p -= 1
                    }
                    if p < first - 1, p >= end { preposition = tokens[p].word }
                    // "com o homólogo russo, Sergey Lavrov": a name after its description takes the
                    // description's preposition, and stands for the description's demonym.
                    if first - 1 > end, isApposition(at: first - 1, range: range) {
                        var r = first - 2
                        while r > end && r > first - 6 && !words.to.contains(tokens[r].word) && !words.of.contains(tokens[r].word) { r -= 1 }
                        if r >= end { preposition = tokens[r].word }
                        let side = entities.entities[Int(e)].affiliation
                        let described = Set((r..<first).map { entities.entityOfToken[$0] }.filter { $0 >= 0 && entities.entities[Int($0)].affiliation == side })
                        agent.removeAll { described.contains($0) }
                        patient.removeAll { described.contains($0) }
                    }
                    if words.of.contains(preposition) {
                        if arguments == .ofPatient { patient.append(e) } else if agent.isEmpty { agent.append(e) } else { patient.append(e) }
                    } else if words.to.contains(preposition) || (placeIsPatient && words.locative.contains(preposition)) {
                        patient.append(e)
                    } else if first == end || (first > 0 && first - 1 == end - 1) {
                        // An adjective right after the noun: "invasão russa".
                        agent.append(e)
                    }
                    while k < range.upperBound && entities.entityOfToken[k] == e { k += 1 }
                    continue
                }
                k += 1
            }
            // "a greve convocada pelo STOP", "tarifas impostas pelo presidente dos Estados Unidos, Donald Trump".
            if agent.isEmpty, let byAgent = participleAgent(after: end, range: range) {
                agent = byAgent
                patient.removeAll { agent.contains($0) }
            }
            // A mutual noun's partners ("reunião com X") join its actor in ``makeEvent``.
            return (unique(agent), unique(patient))
        }

        // MARK: repeated accusations

        /// "Os serviços britânicos indicaram isto": a report verb pointing back to
        /// a claim makes its subject an accuser of the same parties. It merges
        /// with an accusation already made by the same side.
        mutating func addRepeatedAccusations() {
            for range in sentenceTokens {
                for k in range where cueAt[k].contains(.report) && k + 1 < range.upperBound && cueAt[k + 1].contains(.claimAnaphor) {
                    let accuser = subject(before: k, range: range)
                    guard accuser.count == 1,
                        let claim = events.last(where: { $0.type == .accuse && $0.trigger.start < tokens[k].start })
                    else { continue }
                    let coding = lexicon.coding(.accuse, mode: nil)
                    let span = TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
                    add(Event(
                        id: "", type: .accuse, mode: nil, actors: [id(accuser[0])], recipients: claim.recipients, date: claim.date,
                        datePrecision: claim.datePrecision, location: nil, status: .factual, source: nil, score: coding.score,
                        cameo: coding.cameo, trigger: self.span(k, k + 2),
                        evidence: QuotedSpan(start: span.start, end: span.end, text: text(span.start, span.end))), trigger: Self.repeatedClaim)
                }
            }
        }

        /// The trigger mark of an accusation repeated by a report verb ("indicaram isto").
        static let repeatedClaim = -2

        /// Adds an event found at lexicon trigger `trigger` (-1 for a derived one), merging repeated mentions (``EventList``).
        mutating func add(_ event: Event, trigger: Int = -1) { list.add(event, trigger: trigger) }

        /// The affiliation of the entity with id `id`.
        func affiliation(_ id: String) -> String? { list.affiliation(id) }
    }
}
