/// Reads the actor and recipient of a trigger from the parse, by its
/// argument frame (`events/frames.tsv`), and from the clause around it when
/// the frame finds none: the antecedent of a relative pronoun ("o país que
/// atacou"), the subject shared by coordinated verbs ("reuniu-se com X e
/// assinou"), the controller of an infinitive ("concordaram em cooperar"),
/// the subject of the verb that governs a noun ("anunciou sanções"), and in
/// a sentence without a subject, the last subject of the one before.
struct ArgumentReader {
    let frames: ArgumentFrames
    let finder: ActorFinder
    /// The quotations with a known speaker (an entity index), in text order:
    /// "Impus uma tarifa à China", disse Trump — the first person is the speaker.
    let quotes: [(span: TextSpan, speaker: Int32)]

    /// The speaker of the quotation holding scalar offset `position`, if any.
    func speaker(at position: Int) -> Int32? {
        quotes.first { $0.span.start <= position && position < $0.span.end }?.speaker
    }

    /// The participants of one trigger.
    struct Arguments {
        var actors: [Int32] = []
        var recipients: [Int32] = []
    }

    /// Relations through which a clause shares its subject with the verb that governs it.
    static let sharesSubject: Set<String> = ["conj", "xcomp", "advcl"]

    /// The voice of the trigger at word `i`.
    func voice(at i: Int, trigger: EventLexicon.Trigger, in graph: SentenceGraph) -> ArgumentFrames.Voice {
        if trigger.isNoun { return .noun }
        let passive = graph.children[i].contains {
            let deprel = graph.words[$0].deprel
            return deprel == "aux:pass" || deprel == "nsubj:pass" || deprel == "obl:agent"
        }
        if passive { return .passive }
        // "os mísseis fornecidos pela Coreia": a participle modifying a noun.
        if graph.has(i, "VerbForm=Part") && (graph.relation(i) == "acl" || graph.relation(i) == "amod") { return .passive }
        return .active
    }

    /// The actors and recipients of the trigger at word `i`; `previousSubject`
    /// is the last subject of the sentence before.
    func arguments(
        at i: Int, trigger: EventLexicon.Trigger, phrase: [Int] = [], in graph: SentenceGraph, previousSubject: [Int32]
    ) -> Arguments {
        let voice = voice(at: i, trigger: trigger, in: graph)
        var result = Arguments()
        let all = trigger.arguments == .mutual
        result.actors = fill(frames.relations(trigger.arguments, voice, .actor), at: i, also: phrase, in: graph, collectingAll: all)
        result.recipients = fill(
            frames.relations(trigger.arguments, voice, .recipient), at: i, also: phrase, in: graph, collectingAll: false,
            anywhere: true)
        // "lançou ataques contra Israel": a noun's target may hang from the verb it is the object of.
        if voice == .noun && result.recipients.isEmpty, graph.head[i] >= 0, graph.isVerb(graph.head[i]),
            ["obj", "obl"].contains(graph.relation(i))
        {
            let cased = frames.relations(.subjectToObject, .active, .recipient).filter { $0.caseMarker != nil && $0.caseMarker != "em" && $0.caseMarker != "de" }
            result.recipients = fill(cased, at: graph.head[i], in: graph, collectingAll: false)
        }
        // A participle modifying a noun acts on it ("mísseis fornecidos"), a relative clause's antecedent is its subject.
        let actorFromClause = result.actors.isEmpty
            && (voice == .active || voice == .noun || trigger.arguments == .mutual) && trigger.arguments != .objectToSubject
        if actorFromClause {
            result.actors = clauseSubject(of: i, in: graph, previousSubject: previousSubject, depth: 0)
        } else if voice == .noun && all {
            // "participa na reunião do PPE", "depois de uma reunião com X": the clause's subject meets them.
            for e in clauseSubject(of: i, in: graph, previousSubject: [], depth: 0) where !result.actors.contains(e) {
                result.actors.append(e)
            }
        } else if result.actors.isEmpty, trigger.arguments == .objectToSubject, voice == .active {
            // "recebeu" with no object: nothing to code.
        }
        if trigger.arguments == .objectToSubject && result.recipients.isEmpty && voice == .active {
            result.recipients = clauseSubject(of: i, in: graph, previousSubject: previousSubject, depth: 0)
        }
        // A misattached complement: the nearest name after a directed trigger, in its clause.
        if result.recipients.isEmpty && trigger.arguments != .mutual && trigger.arguments != .denial && voice != .passive {
            result.recipients = nearestAfter(i, in: graph, excluding: result.actors)
        }
        result.recipients.removeAll { result.actors.contains($0) }
        return result
    }

    /// Relations of a verb that opens a clause of its own.
    static let newClause: Set<Substring> = ["conj", "advcl", "ccomp", "parataxis", "acl", "root"]

    /// Relations whose word ends the clause a trigger's complements lie in.
    static let clauseEnds: Set<Substring> = ["punct", "mark", "cc"]

    /// The first entity after word `i` in its clause, not in `excluding`, not
    /// a place ("em X") or a time, within twelve words: the complement a
    /// parse attached elsewhere ("lançou um ataque … contra Israel").
    func nearestAfter(_ i: Int, in graph: SentenceGraph, excluding: [Int32]) -> [Int32] {
        var k = i + 1
        while k < graph.count && k <= i + 12 {
            if Self.clauseEnds.contains(graph.relation(k)) && graph.words[k].form != "\u{22}" { break }
            if graph.isVerb(k) && k > i + 1 && Self.newClause.contains(graph.relation(k)) { break }
            if graph.entity[k] >= 0 {
                let e = graph.entity[k]
                let type = finder.recognition.entities[Int(e)].type
                let marker = graph.caseMarker(of: k)
                if !excluding.contains(e), type != .location, marker != "em", marker != "durante", marker != "segundo" {
                    return finder.entities(at: k, in: graph)
                }
                while k < graph.count && graph.entity[k] == e { k += 1 }
                continue
            }
            k += 1
        }
        return []
    }

    /// The entities of the first relation of `relations` (all of them when
    /// `collectingAll`) among the dependents of `i` and of the other words of
    /// its phrase (`also`: "lançou um ataque contra Israel").
    func fill(
        _ relations: [ArgumentFrames.Relation], at i: Int, also: [Int] = [], in graph: SentenceGraph, collectingAll: Bool,
        anywhere: Bool = false
    ) -> [Int32] {
        var found: [Int32] = []
        let heads = [i] + also.filter { $0 != i }
        for relation in relations {
            for h in heads {
                for d in graph.children[h] where !heads.contains(d) && matches(d, relation, in: graph, under: h) {
                    var targets = [d]
                    // "pediu que os Estados Unidos se mantenham": a relation into a complement clause.
                    if let inner = relation.inner {
                        targets = graph.children[d].filter {
                            (inner.contains(":") ? graph.words[$0].deprel == inner : graph.relation($0) == inner)
                                && (relation.innerCaseMarker == nil || graph.caseMarker(of: $0) == relation.innerCaseMarker)
                        }
                    }
                    for t in targets {
                        let head = antecedent(of: t, in: graph) ?? t
                        for e in finder.entities(at: head, in: graph, anywhere: anywhere) where !found.contains(e) { found.append(e) }
                    }
                }
            }
            if !found.isEmpty && !collectingAll { return found }
        }
        return found
    }

    /// Whether dependent `d` stands in `relation` to its head; "obl" and
    /// "nmod" are one relation (UD names it by the head's part of speech).
    /// A second subject after the verb is a misread coordinated object
    /// ("receberá o primeiro-ministro da Índia, …, o presidente da França").
    func matches(_ d: Int, _ relation: ArgumentFrames.Relation, in graph: SentenceGraph, under h: Int) -> Bool {
        let deprel = graph.words[d].deprel
        let base = graph.relation(d)
        if base == "nsubj" && d > h, graph.children[h].contains(where: { $0 < d && graph.relation($0) == "nsubj" }) {
            return relation.deprel == "obj"
        }
        let related: Bool
        if relation.deprel.contains(":") {
            related = deprel == relation.deprel
        } else if relation.deprel == "obl" || relation.deprel == "nmod" {
            related = base == "obl" || base == "nmod"
        } else {
            related = base == relation.deprel
        }
        guard related else { return false }
        if relation.deprel == "amod" && graph.entity[d] < 0 { return false }
        guard let marker = relation.caseMarker else { return true }
        return graph.caseMarker(of: d) == marker
    }

    /// The noun a relative pronoun stands for ("o país que atacou": país).
    func antecedent(of d: Int, in graph: SentenceGraph) -> Int? {
        guard graph.has(d, "PronType=Rel") else { return nil }
        var k = graph.head[d]
        var steps = 0
        while k >= 0 && graph.relation(k) != "acl" && steps < 4 {
            k = graph.head[k]
            steps += 1
        }
        if k >= 0 && graph.relation(k) == "acl" { return graph.head[k] }
        // A relative clause the parse attached elsewhere ("…a Maduro, a quem acusou"): the name just before it.
        var j = d - 1
        while j >= 0 && j >= d - 4 {
            if graph.entity[j] >= 0 { return j }
            j -= 1
        }
        return nil
    }

    /// The subject of the clause that holds word `i`, through the verbs that share it.
    func clauseSubject(of i: Int, in graph: SentenceGraph, previousSubject: [Int32], depth: Int) -> [Int32] {
        guard depth < 4 else { return [] }
        if depth > 0 || !graph.isNoun(i) {
            let own = fill([.init(deprel: "nsubj"), .init(deprel: "obl:agent")], at: i, in: graph, collectingAll: false)
            if !own.isEmpty { return own }
            // "A Ucrânia, no entanto, nega": a name before the verb with no case marker, misread as a modifier.
            if graph.isVerb(i), let fronted = graph.children[i].first(where: {
                $0 < i && graph.entity[$0] >= 0 && ["obl", "nmod", "dislocated", "appos"].contains(graph.relation($0))
                    && graph.caseMarker(of: $0) == nil
            }) {
                return finder.entities(at: fronted, in: graph)
            }
            if graph.has(i, "Person=1"), let speaker = speaker(at: graph.words[i].start) { return [speaker] }
            // A subject the clause names but that is no entity ("o documento"): no one else's.
            if depth > 0, graph.children[i].contains(where: { graph.relation($0) == "nsubj" }) { return [] }
        }
        let h = graph.head[i]
        let relation = graph.relation(i)
        if h < 0 {
            return depth == 0 && graph.isNoun(i) ? [] : previousSubject
        }
        if graph.isNoun(i) {
            // A noun takes the subject of the verb it is an object or complement of.
            guard relation == "obj" || relation == "obl" || relation == "nsubj:pass" || graph.words[i].deprel == "nsubj:pass",
                graph.isVerb(h)
            else { return [] }
            return clauseSubject(of: h, in: graph, previousSubject: previousSubject, depth: depth + 1)
        }
        if relation == "acl" {
            // "a Maduro, a quem acusou", "o acordo que assinou": a relative
            // pronoun that is the clause's object stands for its object; the
            // subject is that of the clause the antecedent belongs to.
            let objectPronoun = graph.children[i].contains {
                graph.has($0, "PronType=Rel") && ["obj", "iobj", "obl"].contains(graph.relation($0))
            }
            if objectPronoun {
                return graph.isNoun(h) ? clauseSubject(of: h, in: graph, previousSubject: previousSubject, depth: depth + 1) : []
            }
            // "o país que atacou", "as forças que dispararam": the antecedent.
            return finder.entities(at: h, in: graph)
        }
        if Self.sharesSubject.contains(String(relation)) || relation == "ccomp" {
            return clauseSubject(of: h, in: graph, previousSubject: previousSubject, depth: depth + 1)
        }
        return []
    }
}
