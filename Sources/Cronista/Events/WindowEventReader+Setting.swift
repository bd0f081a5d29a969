/// The window reading's status, date and place of an event: the cues
/// around its trigger, the clause's timex, "em X".
extension WindowEventReader.Context {
    // MARK: status, date, place

    /// How the text presents an event: its status, who asserts it, and
    /// whether that assertion accuses the event's participants or denies
    /// the event ("afirmou que não há provas de que…").
    struct Assessment {
        var status: EventStatus
        var source: Int32? = nil
        var accuses = false
        var denies = false
    }

    /// The assessment of the event at trigger i, from the cues before it.
    func status(trigger: EventLexicon.Trigger, tense: Conjugator.Tense?, at i: Int, end: Int, range: Range<Int>) -> Assessment {
        // Negation right before the trigger.
        var k = i - 1
        while k >= range.lowerBound && k >= i - 3 {
            if cueAt[k].contains(.negation) { return Assessment(status: .negated) }
            if tokens[k].kind == .punctuation { break }
            k -= 1
        }
        // Future, intention, expectation; a threat is made now whatever its tense ("vai endurecer a posição").
        let mayBePlanned = trigger.type != .threaten
        if mayBePlanned && (tense == .future || tense == .conditional) { return Assessment(status: .planned) }
        // A noun's light verb in the future, or after a future cue: "adotará retaliação", "vai impor sanções".
        if mayBePlanned && trigger.isNoun, let light = (max(range.lowerBound, i - 4)..<i).last(where: { cueAt[$0].contains(.lightVerb) }) {
            let verb = tokens[light].folded(in: scalars)
            if words.futureEndings.contains(where: { verb.hasSuffix($0) })
                || (max(range.lowerBound, light - 3)..<light).contains(where: { cueAt[$0].contains(.future) })
            {
                return Assessment(status: .planned)
            }
        }
        // After a noun, a participle of plan: "os diálogos bilaterais previstos para este mês".
        if mayBePlanned && trigger.isNoun,
            (end..<min(end + 3, range.upperBound)).contains(where: { cueAt[$0].contains(.future) && tokens[$0].kind == .word && !tokens[$0].isCapitalized && isParticiple($0) })
        {
            return Assessment(status: .planned)
        }
        // The trigger itself may be one ("convidou": an invitation is a planned visit).
        // A noun takes only the words right before it ("a próxima reunião"); a verb its auxiliaries.
        k = i
        while mayBePlanned && k >= range.lowerBound && k >= i - (trigger.isNoun ? 2 : 5) {
            if cueAt[k].contains(.future) { return Assessment(status: .planned) }
            if k < i && cueAt[k].contains(.clauseBreak) { break }
            k -= 1
        }
        // Allegation: "acusou X de ter fornecido", "supostamente", a report verb + "que" for material acts.
        // A verb coordinated with "e" ("acusou Moscovo de… e fez um apelo") stands outside them.
        if i - 1 > range.lowerBound, tokens[i - 1].word == words.and, !trigger.isNoun { return Assessment(status: .factual) }
        let claimable: Set<EventType> = [.aid, .assault, .mobilize, .coerce, .threaten]
        k = i - 1
        // "afirmou que tinha provas de que…": a hedge makes the claim; a report verb before it names who makes it.
        var hedged = false
        while k >= range.lowerBound {
            if cueAt[k].contains(.clauseBreak) { break }
            if cueAt[k].contains(.hedge), claimable.contains(trigger.type) { hedged = true }
            // "acusou X de Y" reaches Y, not a clause after a comma ("…, somando-se aos ataques de…").
            if words.accuse.contains(tokens[k].word), trigger.type != .accuse, !(k + 1..<i).contains(where: { tokens[$0].word == words.comma }) {
                return Assessment(status: .claimed, source: subject(before: k, range: range).first)
            }
            let introducesClause = (k + 1..<i).contains(where: { tokens[$0].word == words.relative })
            if cueAt[k].contains(.estimate), introducesClause, !trigger.isNoun {
                return Assessment(status: .claimed, source: subject(before: k, range: range).first)
            }
            if cueAt[k].contains(.report), claimable.contains(trigger.type), introducesClause, !trigger.isNoun {
                let denied = (k + 1..<i).contains { cueAt[$0].contains(.negation) }
                return Assessment(
                    status: .claimed, source: subject(before: k, range: range).first, accuses: !denied, denies: denied)
            }
            k -= 1
        }
        return Assessment(status: hedged ? .claimed : .factual)
    }

    /// The date of the trigger's clause (``ClauseDating``): the clause
    /// runs between the punctuation marks around the trigger.
    func date(near i: Int, range: Range<Int>, isNoun: Bool) -> ClauseDating.Dated? {
        var first = i
        while first > range.lowerBound && tokens[first - 1].kind != .punctuation { first -= 1 }
        var end = i + 1
        while end < range.upperBound && tokens[end].kind != .punctuation { end += 1 }
        let clause = TextSpan(start: tokens[first].start, end: tokens[end - 1].end)
        // A relative clause after it ("…, que começou em fevereiro de 2022") dates its own event.
        let relative = isNoun ? range.upperBound : (end..<range.upperBound).first { tokens[$0].word == words.relative } ?? range.upperBound
        let sentence = TextSpan(start: tokens[range.lowerBound].start, end: tokens[max(relative, end) - 1].end)
        return dating.date(clause: clause, sentence: sentence, at: tokens[i].start)
    }

    /// A place named with "em/no/na" in the sentence, nearest the trigger.
    func place(in range: Range<Int>, near i: Int) -> Int32? {
        var best: (distance: Int, entity: Int32)?
        for k in range where k > range.lowerBound && words.locative.contains(tokens[k - 1].word) {
            let e = entities.entityOfToken[k]
            guard e >= 0 else { continue }
            let type = entities.entities[Int(e)].type
            guard type == .location || type == .geopolitical else { continue }
            let distance = abs(k - i)
            if best == nil || distance < best!.distance { best = (distance, e) }
        }
        return best?.entity
    }

    /// The place a movement goes to: "a/à/ao/para X" in the clause after
    /// the trigger, past names and dates ("chegou nesta quarta-feira (18)
    /// à Coreia do Norte", "a visita de Choe a Moscou"), as its country
    /// when the article names the country.
    func destination(after end: Int, range: Range<Int>) -> Int32? {
        var k = end
        while k < range.upperBound && k < end + 10 {
            let e = entities.entityOfToken[k]
            if e >= 0 {
                let entity = entities.entities[Int(e)]
                if entity.type == .location || entity.type == .geopolitical, words.destination.contains(tokens[k - 1].word) {
                    return country(of: e)
                }
                while k < range.upperBound && entities.entityOfToken[k] == e { k += 1 }
                continue
            }
            if tokens[k].word == words.comma || tokens[k].word == words.relative { return nil }
            k += 1
        }
        return nil
    }

    /// The country entity of a place (Pyongyang → Coreia do Norte) when the article names it, else the place.
    func country(of e: Int32) -> Int32 {
        let place = entities.entities[Int(e)]
        guard place.type == .location, let affiliation = place.affiliation,
            let country = entities.entities.firstIndex(where: { $0.type == .geopolitical && $0.affiliation == affiliation })
        else { return e }
        return Int32(country)
    }

    /// The location of an event at the place entity `e`, with its coordinates when the gazetteer knows them.
    func location(_ e: Int32) -> EventLocation {
        let entity = entities.entities[Int(e)]
        let name = entity.mentions.first?.text ?? entity.name
        let place = extractor.gazetteer.placeByName[TextFolding.fold(name)].map { extractor.gazetteer.places[$0] }
        return EventLocation(name: name, affiliation: entity.affiliation, lat: place?.lat, lon: place?.lon)
    }

    func span(_ first: Int, _ end: Int) -> QuotedSpan {
        QuotedSpan(start: tokens[first].start, end: tokens[end - 1].end, text: text(tokens[first].start, tokens[end - 1].end))
    }

    func text(_ start: Int, _ end: Int) -> String { String(scalars: scalars[start..<end]) }
}
