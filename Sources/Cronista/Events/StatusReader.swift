/// The status of an event from the tree around its trigger (GOLD.md):
/// negated when "não", "nunca" or a verb of refusal governs it; planned in
/// the future or conditional, under "ir/dever/poder/pretender/prometer +
/// infinitive", with "próximo" or "previsto", or when the trigger is itself
/// an invitation; claimed inside the complement of an allegation, estimate
/// or report verb ("a Casa Branca afirmou que a Coreia forneceu…"), after
/// "acusar X de", or with a hedge ("alegadamente", "terá fornecido"), with
/// the asserting verb's subject as the source.
struct StatusReader {
    let cues: CueMarks

    /// How the text presents an event.
    struct Assessment {
        var status: EventStatus
        /// The word whose subject asserts the claim, for claimed events.
        var assertedBy: Int? = nil
        /// Whether the assertion accuses the event's participants.
        var accuses = false
        /// Whether the assertion denies the event ("afirmou que não há provas de que…").
        var denies = false
    }

    /// Event types an assertion turns into a claim (material acts and threats).
    static let claimable: Set<EventType> = [.aid, .assault, .mobilize, .coerce, .threaten]

    func kinds(_ i: Int, _ graph: SentenceGraph) -> CueMarks.Kinds { cues[graph.token[i]] }

    /// The assessment of the trigger at word `i`; `accusations` holds the
    /// sentence's ACCUSE trigger words ("acusou X de ter fornecido").
    func assess(
        at i: Int, trigger: EventLexicon.Trigger, tense: Conjugator.Tense?, in graph: SentenceGraph, accusations: Set<Int>
    ) -> Assessment {
        if isNegated(i, in: graph) { return Assessment(status: .negated) }
        if trigger.type != .threaten && isPlanned(i, trigger: trigger, tense: tense, in: graph) {
            return Assessment(status: .planned)
        }
        // Climb through complements to an asserting verb.
        var current = i
        for _ in 0..<4 {
            let h = graph.head[current]
            guard h >= 0 else { break }
            let relation = graph.relation(current)
            guard ["ccomp", "xcomp", "advcl", "obl", "conj", "acl", "nmod", "obj", "csubj"].contains(relation) else { break }
            if accusations.contains(h) && trigger.type != .accuse && relation != "conj" {
                return Assessment(status: .claimed, assertedBy: h)
            }
            if relation == "ccomp" || relation == "csubj" {
                let k = kinds(h, graph)
                if k.contains(.estimate) { return Assessment(status: .claimed, assertedBy: h) }
                if k.contains(.report) && Self.claimable.contains(trigger.type) {
                    let denied = isNegated(h, in: graph) || hasNegation(below: current, above: i, in: graph)
                    return Assessment(status: .claimed, assertedBy: h, accuses: !denied, denies: denied)
                }
                break
            }
            current = h
        }
        if Self.claimable.contains(trigger.type) && isHedged(i, in: graph) { return Assessment(status: .claimed) }
        return Assessment(status: .factual)
    }

    /// "não atacou", "nunca visitou", "recusou-se a negociar".
    func isNegated(_ i: Int, in graph: SentenceGraph) -> Bool {
        for c in graph.children[i] where kinds(c, graph).contains(.negation) {
            let relation = graph.relation(c)
            if relation == "advmod" || relation == "det" || relation == "cc" { return true }
        }
        // A refusing verb governing an infinitive: "recusou negociar", "deixou de atacar".
        if graph.relation(i) == "xcomp", graph.head[i] >= 0, kinds(graph.head[i], graph).contains(.negation),
            graph.isVerb(graph.head[i])
        {
            return true
        }
        return false
    }

    /// A negation between an asserting verb and the claim ("afirmou que não há provas de que…").
    func hasNegation(below top: Int, above i: Int, in graph: SentenceGraph) -> Bool {
        var k = i
        var steps = 0
        while k >= 0 && steps < 6 {
            if k != i && isNegated(k, in: graph) { return true }
            if k == top { return false }
            k = graph.head[k]
            steps += 1
        }
        return false
    }

    /// Future, conditional, intention, expectation, invitation.
    func isPlanned(_ i: Int, trigger: EventLexicon.Trigger, tense: Conjugator.Tense?, in graph: SentenceGraph) -> Bool {
        if tense == .future || tense == .conditional { return true }
        if graph.has(i, "Tense=Fut") || graph.has(i, "Mood=Cnd") { return true }
        // The trigger itself (an invitation, "convidar").
        if kinds(i, graph).contains(.future) { return true }
        for c in graph.children[i] {
            let relation = graph.words[c].deprel
            if relation.hasPrefix("aux") && (graph.has(c, "Tense=Fut") || graph.has(c, "Mood=Cnd") || kinds(c, graph).contains(.future)) {
                return true
            }
            // "a próxima reunião", "os diálogos previstos para este mês".
            if trigger.isNoun && (relation == "amod" || relation == "det" || relation.hasPrefix("acl"))
                && kinds(c, graph).contains(.future)
            {
                return true
            }
        }
        // The verb that governs it: "pretende visitar", "vai impor sanções", "adotará retaliação".
        let h = graph.head[i]
        guard h >= 0, graph.isVerb(h) else { return false }
        let relation = graph.relation(i)
        let governs = trigger.isNoun ? ["obj", "nsubj", "obl"].contains(relation) : ["xcomp", "ccomp"].contains(relation)
        guard governs else { return false }
        if relation == "ccomp" && !kinds(h, graph).contains(.future) { return false }
        if kinds(h, graph).contains(.future) || graph.has(h, "Tense=Fut") || graph.has(h, "Mood=Cnd") { return true }
        return graph.children[h].contains {
            graph.words[$0].deprel.hasPrefix("aux") && (graph.has($0, "Tense=Fut") || graph.has($0, "Mood=Cnd") || kinds($0, graph).contains(.future))
        }
    }

    /// "alegadamente atacou", "terá fornecido", "segundo a agência".
    func isHedged(_ i: Int, in graph: SentenceGraph) -> Bool {
        graph.children[i].contains { c in
            kinds(c, graph).contains(.hedge) || graph.children[c].contains { kinds($0, graph).contains(.hedge) && graph.words[$0].deprel == "case" }
        }
    }
}
