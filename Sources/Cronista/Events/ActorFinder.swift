/// The entities an event argument names: a named entity, the person in
/// apposition to a role ("o presidente chinês, Xi Jinping"), coordinated
/// names ("a Rússia e a China"), a party described by an agent or role noun
/// and the entity of its phrase ("as autoridades ruandesas", "funcionários
/// do governo sul-coreano"), "os dois países" for the last two countries
/// named, or an agent noun alone for the article's main country ("a
/// polícia", `events/agents.tsv`).
struct ActorFinder {
    let agents: AgentNouns
    let recognition: EntityRecognizer.Result
    let tokens: [Token]
    let cues: CueMarks
    /// The roles of a head of state or government (``RoleLexicon/headOffices``).
    let headOffices: Set<String>
    /// The country the article is about: its most mentioned country (at least twice).
    let contextCountry: Int32?

    init(agents: AgentNouns, recognition: EntityRecognizer.Result, tokens: [Token], cues: CueMarks, headOffices: Set<String>) {
        self.agents = agents
        self.headOffices = headOffices
        self.recognition = recognition
        self.tokens = tokens
        self.cues = cues
        var best: (count: Int, index: Int)?
        for (index, entity) in recognition.entities.enumerated() where entity.type == .geopolitical && entity.mentions.count >= 2 {
            if best == nil || entity.mentions.count > best!.count { best = (entity.mentions.count, index) }
        }
        contextCountry = best.map { Int32($0.index) }
    }

    /// Relations that leave a noun phrase: their words describe something else.
    static let outsidePhrase: Set<Substring> = ["acl", "ccomp", "advcl", "punct", "conj", "parataxis", "cc", "csubj", "xcomp"]

    /// The entities named by the argument headed by word `i`, with its
    /// conjuncts. A recipient may be named anywhere in its phrase
    /// (`anywhere`: "os recursos apresentados pela defesa de Collor").
    func entities(at i: Int, in graph: SentenceGraph, anywhere: Bool = false) -> [Int32] {
        var found: [Int32] = []
        for w in [i] + conjuncts(of: i, in: graph) {
            for e in entities(of: w, in: graph) where !found.contains(e) { found.append(e) }
        }
        if found.isEmpty && anywhere && graph.isNoun(i) {
            let phrase = graph.subtree(of: i, excluding: ["punct", "parataxis", "advcl", "ccomp"], limit: 24).sorted()
            if let k = phrase.first(where: { graph.entity[$0] >= 0 && recognition.entities[Int(graph.entity[$0])].type != .location }) {
                found = entities(of: k, in: graph)
            }
        }
        return found
    }

    /// Words coordinated with `i` ("a Rússia e a China"), at most eight.
    func conjuncts(of i: Int, in graph: SentenceGraph) -> [Int] {
        var out: [Int] = []
        var frontier = [i]
        while let w = frontier.popLast(), out.count < 8 {
            for c in graph.children[w] where graph.words[c].deprel == "conj" && !graph.isVerb(c) {
                out.append(c)
                frontier.append(c)
            }
        }
        return out
    }

    /// The entities one word of an argument stands for.
    func entities(of w: Int, in graph: SentenceGraph) -> [Int32] {
        let entities = recognition.entities
        // A role with a named person beside it: the person.
        if let appos = graph.children[w].first(where: {
            graph.words[$0].deprel == "appos" && graph.entity[$0] >= 0 && entities[Int(graph.entity[$0])].type == .person
        }) {
            return [graph.entity[appos]]
        }
        if graph.entity[w] >= 0 { return [graph.entity[w]] }
        if let flat = graph.children[w].first(where: { graph.relation($0) == "flat" && graph.entity[$0] >= 0 }) {
            return [graph.entity[flat]]
        }
        let token = graph.token[w]
        // "Advertiu-o", "acusou-a": an object pronoun stands for the last person named before it.
        if graph.words[w].upos == "PRON", graph.has(w, "PronType=Prs"), ["obj", "iobj"].contains(graph.relation(w)),
            graph.lemma[w] != "se"
        {
            return lastPerson(before: graph.token[0])
        }
        if graph.isNoun(w) && graph.has(w, "Number=Plur") {
            let listed = parenthesized(after: w, in: graph)
            if listed.count >= 2 { return listed }
        }
        let phraseStart = graph.subtree(of: w, excluding: Self.outsidePhrase, limit: 16).min() ?? w
        let firstToken = graph.token[phraseStart]
        if cues[firstToken].contains(.bothCountries) { return lastTwo(before: firstToken, people: false) }
        if cues[firstToken].contains(.bothPeople) { return lastTwo(before: firstToken, people: true) }
        let agent = agents[graph.lemma[w]]
        let isRole = token < recognition.isRoleToken.count && recognition.isRoleToken[token]
        // A described party ("as autoridades ruandesas") or a phrase about one ("a missão da Rússia"): the
        // nearest entity inside it; a plain noun's adjective is no party ("a crise ucraniana").
        let described = agent != nil || isRole
        for k in graph.subtree(of: w, excluding: Self.outsidePhrase, limit: 16).dropFirst() where graph.entity[k] >= 0 {
            if !described && graph.relation(k) == "amod" && graph.head[k] == w { continue }
            if !described && graph.caseMarker(of: k) != "de" && graph.head[k] == w { continue }
            // "o Presidente guianês": a role of a country stands for the article's holder of that country's highest office.
            if isRole && agent == nil, let holder = headOfState(of: graph.entity[k]) { return [holder] }
            return [graph.entity[k]]
        }
        if let agent, agent.standsForContext, let contextCountry { return [contextCountry] }
        return []
    }

    /// "os três partidos mais votados (PSD, Chega e PS)": the entities a
    /// bracket after a plural noun's phrase lists, within ten words of the
    /// noun and twelve inside the bracket.
    func parenthesized(after w: Int, in graph: SentenceGraph) -> [Int32] {
        var k = w + 1
        while k < graph.count && k <= w + 10 && graph.words[k].upos != "PUNCT" && !graph.has(k, "VerbForm=Fin") { k += 1 }
        guard k < graph.count, graph.words[k].form == "(" else { return [] }
        var found: [Int32] = []
        var j = k + 1
        while j < graph.count && j <= k + 12 && graph.words[j].form != ")" {
            let e = graph.entity[j]
            if e >= 0 && !found.contains(e) { found.append(e) }
            j += 1
        }
        return j < graph.count && graph.words[j].form == ")" ? found : []
    }

    /// The person the article names as head of state or government of the country entity `e`, if one.
    func headOfState(of e: Int32) -> Int32? {
        let country = recognition.entities[Int(e)]
        guard country.type == .geopolitical, let side = country.affiliation else { return nil }
        let holders = recognition.entities.indices.filter {
            let entity = recognition.entities[$0]
            return entity.type == .person && entity.affiliation == side && headOffices.contains(entity.role ?? "")
        }
        return holders.count == 1 ? Int32(holders[0]) : nil
    }

    /// The last person named before `token`, within 300 tokens.
    func lastPerson(before token: Int) -> [Int32] {
        var k = token - 1
        while k >= 0 && k >= token - 300 {
            let e = recognition.entityOfToken[k]
            if e >= 0, recognition.entities[Int(e)].type == .person { return [e] }
            k -= 1
        }
        return []
    }

    /// "os dois países", "ambos os ministros": the two sides the text has
    /// named most before `token` (ties to the latest), each by the country —
    /// or, for people, the person — of that side it named last.
    func lastTwo(before token: Int, people: Bool) -> [Int32] {
        let limit = tokens[token].start
        var weight: [String: (count: Int, last: Int)] = [:]
        var representative: [String: (last: Int, entity: Int32)] = [:]
        for (index, entity) in recognition.entities.enumerated() {
            guard let side = entity.affiliation, entity.type != .location else { continue }
            let fits = people ? entity.type == .person : entity.type == .geopolitical
            for mention in entity.mentions where mention.start < limit {
                let w = weight[side] ?? (0, -1)
                weight[side] = (w.count + 1, max(w.last, mention.start))
                if fits, mention.start > representative[side]?.last ?? -1 { representative[side] = (mention.start, Int32(index)) }
            }
        }
        let top = weight.filter { representative[$0.key] != nil }
            .sorted { ($0.value.count, $0.value.last) > ($1.value.count, $1.value.last) }
            .prefix(2)
        guard top.count == 2 else { return [] }
        return top.map { representative[$0.key]! }.sorted { $0.last < $1.last }.map(\.entity)
    }
}
