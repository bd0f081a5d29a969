/// Events that follow from others (GOLD.md conventions): an attributed
/// claim is also an ACCUSE by its source; an assertion that denies is a
/// REJECT; a denial answers the accusation before it; two sides arriving at
/// a third country on one date meet there; a host who receives several
/// parties meets each.
extension EventList {
    /// The ACCUSE by `accuser` of everyone the claimed event involves
    /// (never of the accuser's own side).
    mutating func addAllegation(by accuser: String, of claim: Event, lexicon: EventLexicon) {
        var seen: Set<String> = [accuser]
        let side = affiliation(accuser)
        let accused = (claim.actors + claim.recipients).filter { seen.insert($0).inserted && (side == nil || affiliation($0) != side) }
        guard !accused.isEmpty else { return }
        let coding = lexicon.coding(.accuse, mode: nil)
        add(Event(
            id: "", type: .accuse, mode: nil, actors: [accuser], recipients: accused, date: claim.date,
            datePrecision: claim.datePrecision, location: nil, status: .factual, source: nil, score: coding.score,
            cameo: coding.cameo, trigger: claim.trigger, evidence: claim.evidence))
    }

    /// "afirmou que não há provas de que…": the asserting party denies the
    /// event, a REJECT whose addressee ``linkDenials(lexicon:)`` finds.
    mutating func addDenial(by denier: String, of claim: Event, lexicon: EventLexicon) {
        let coding = lexicon.coding(.reject, mode: nil)
        add(Event(
            id: "", type: .reject, mode: nil, actors: [denier], recipients: [], date: claim.date,
            datePrecision: claim.datePrecision, location: nil, status: .factual, source: nil, score: coding.score,
            cameo: "120", trigger: claim.trigger, evidence: claim.evidence))
    }

    /// A denial (or a demand for proof) without a named addressee answers
    /// the latest accusation made before it against one of the deniers.
    mutating func linkDenials(lexicon: EventLexicon) {
        for d in events.indices where events[d].recipients.isEmpty
            && (events[d].type == .reject || (triggers[d] >= 0 && lexicon.triggers[triggers[d]].arguments == .denial))
        {
            let deniers = Set(events[d].actors)
            let sides = Set(events[d].actors.compactMap(affiliation))
            let accusation = events.last {
                $0.type == .accuse && $0.trigger.start <= events[d].trigger.start
                    && !sides.isDisjoint(with: $0.recipients.compactMap(affiliation))
            }
            if let accusation { update(d) { $0.recipients = accusation.actors.filter { !deniers.contains($0) } } }
        }
    }

    /// "O ministro iraniano chegou a Omã… Witkoff chegou hoje a Omã": one
    /// CONSULT of mode third-party in place of the two visits.
    mutating func meetAtThirdPlaces(lexicon: EventLexicon, location: (Int32) -> EventLocation) {
        var i = 0
        while i < events.count {
            let a = events[i]
            guard a.type == .consult, a.mode == "visit", a.actors.count == 1, a.recipients.count == 1,
                let j = events.indices.first(where: { j in
                    let b = events[j]
                    return j > i && b.type == .consult && b.mode == "visit" && b.actors.count == 1 && b.recipients == a.recipients
                        && [a.status, b.status].allSatisfy { $0 == .factual || $0 == .planned } && datesAgree(a.date, b.date)
                        && Set([affiliation(a.actors[0]), affiliation(b.actors[0]), affiliation(a.recipients[0])]).count == 3
                })
            else {
                i += 1
                continue
            }
            let b = events[j]
            let coding = lexicon.coding(.consult, mode: "third-party")
            let host = entities.firstIndex { $0.id == a.recipients[0] }
            update(i) { e in
                e.actors = a.actors + b.actors
                e.recipients = []
                e.mode = "third-party"
                if b.status == .factual { e.status = .factual }
                e.score = coding.score
                e.cameo = coding.cameo
                if e.location == nil, let host { e.location = location(Int32(host)) }
                if (b.date?.count ?? 0) > (e.date?.count ?? 0) {
                    e.date = b.date
                    e.datePrecision = b.datePrecision
                }
            }
            remove(at: j)
            i += 1
        }
    }

    /// "Lula receberá Modi, Macron e Starmer", "o Presidente ouviu o PSD, o Chega e o PS": a host who
    /// receives or hears several parties holds one meeting with each.
    mutating func splitHostedMeetings() {
        var index = 0
        while index < events.count {
            let event = events[index]
            guard event.type == .consult, event.recipients.count == 1, event.actors.count > 1,
                let host = entity(event.recipients[0]), host.type == .person || host.type == .organization,
                Set(event.actors.compactMap(affiliation)).count == event.actors.count
                    || event.actors.allSatisfy({ entity($0)?.type == .organization })
            else {
                index += 1
                continue
            }
            let trigger = triggers[index]
            remove(at: index)
            for (k, actor) in event.actors.enumerated() {
                var one = event
                one.actors = [actor]
                insert(one, trigger: trigger, at: index + k)
            }
            index += event.actors.count
        }
    }
}
