import Cronista

/// Event matching: same type and agreeing affiliation sets, one to one per
/// document; CONSULT, AGREE, COOPERATE and reciprocal gold events compare
/// the union of both sides.
struct EventScoring {
    let analysis: Analysis
    let gold: GoldDocument
    let entities: EntityAlignment

    static let symmetricTypes: Set<String> = ["CONSULT", "AGREE", "COOPERATE"]

    /// Affiliations of system entity ids, through the entity match to gold
    /// entities where there is one, else the system entity's own.
    func systemAffiliations(_ ids: [String]) -> Set<String> {
        Set(ids.compactMap { id in
            if let gid = entities.goldID(ofSystem: id), let g = entities.goldEntity(id: gid) { return g.affiliation }
            return analysis.entities.first { $0.id == id }?.affiliation
        })
    }

    func goldAffiliations(_ ids: [String]) -> Set<String> {
        Set(ids.compactMap { entities.goldEntity(id: $0)?.affiliation })
    }

    func matches(_ s: Event, _ g: GoldEvent) -> Bool {
        guard s.type.rawValue == g.type else { return false }
        let reciprocal = g.actors.count > 1 && g.recipients.isEmpty
        if Self.symmetricTypes.contains(g.type) || reciprocal {
            return systemAffiliations(s.actors + s.recipients) == goldAffiliations(g.actors + g.recipients)
        }
        return systemAffiliations(s.actors) == goldAffiliations(g.actors)
            && systemAffiliations(s.recipients) == goldAffiliations(g.recipients)
    }

    func score(into score: inout DocumentScore) {
        let text = FoldedText(analysis.document.text)
        let goldEvidence: [TextSpan?] = gold.events.map { $0.evidence.flatMap { text.occurrences(of: $0).first } }
        // Candidate pairs, preferring those whose evidence overlaps.
        var candidates: [(s: Int, g: Int, overlap: Int)] = []
        for (si, s) in analysis.events.enumerated() {
            for (gi, g) in gold.events.enumerated() where matches(s, g) {
                let overlap = goldEvidence[gi].map { span in
                    max(0, min(span.end, s.evidence.end) - max(span.start, s.evidence.start))
                } ?? 0
                candidates.append((si, gi, overlap))
            }
        }
        candidates.sort { $0.overlap != $1.overlap ? $0.overlap > $1.overlap : ($0.s, $0.g) < ($1.s, $1.g) }
        var systemToGold: [Int: Int] = [:]
        var usedGold = Set<Int>()
        for c in candidates where systemToGold[c.s] == nil && !usedGold.contains(c.g) {
            systemToGold[c.s] = c.g
            usedGold.insert(c.g)
        }

        var detection = Detection()
        for (si, s) in analysis.events.enumerated() {
            guard let gi = systemToGold[si] else {
                detection.system += 1
                score.notes.append("event false alarm: \(describe(s))")
                continue
            }
            let g = gold.events[gi]
            if g.status == "negated" { continue }
            detection.system += 1
            detection.matched += 1
            if let date = g.date {
                let right = s.date.map { Scorer.valueMatches(system: $0, gold: date) } ?? false
                score.eventDate.count(right)
                if !right { score.notes.append("event date: \(g.type) \(s.trigger.text) system \(s.date ?? "null"), gold \(date)") }
            }
            score.eventStatus.count(s.status.rawValue == g.status)
            if s.status.rawValue != g.status {
                score.notes.append("event status: \(g.type) \(s.trigger.text) system \(s.status.rawValue), gold \(g.status)")
            }
            let actorIDs = Set(s.actors.compactMap { entities.goldID(ofSystem: $0) })
            score.eventActors.count(actorIDs == Set(g.actors))
        }
        for (gi, g) in gold.events.enumerated() where g.status != "negated" {
            detection.gold += 1
            if !usedGold.contains(gi) {
                score.notes.append("event missed: \(g.type) \(g.actors) → \(g.recipients) «\(g.evidence ?? "")»")
            }
        }
        score.events = detection
    }

    func describe(_ e: Event) -> String {
        let names = { (ids: [String]) in ids.map { id in analysis.entities.first { $0.id == id }?.name ?? id } }
        return "\(e.type.rawValue) \(names(e.actors)) → \(names(e.recipients)) «\(e.trigger.text)»"
    }
}
