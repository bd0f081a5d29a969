/// When and where an event took place, from the tree: the temporal
/// expression inside the trigger's own clause (not in a clause it governs),
/// else the sentence's nearest, else — for the news the article reports in
/// the simple past, present or future — the publication date. An event told
/// in the pluperfect ("tinha fornecido", "havia assinado") or inside a
/// relative clause is background, and stays undated. The place is an "em X"
/// complement of the clause that names a place or country.
struct EventSetting {
    /// The article's resolved timexes, in text order.
    let timexes: [Timex]
    let recognition: EntityRecognizer.Result
    let gazetteer: Gazetteer

    /// The publication date, as an event date.
    let published: ClauseDating.Dated?

    init(timexes: [Timex], published: String?, recognition: EntityRecognizer.Result, gazetteer: Gazetteer) {
        self.published = published.flatMap { ClauseDating.focusDate($0, timexes: timexes) }
        self.timexes = timexes.filter { $0.value != nil }.sorted { $0.start < $1.start }
        self.recognition = recognition
        self.gazetteer = gazetteer
    }

    /// Relations that open a clause of its own, dated apart.
    static let ownClause: Set<Substring> = ["ccomp", "advcl", "acl", "parataxis", "conj", "csubj", "punct"]

    /// The words of the clause of the trigger at `i`: its own dependents and,
    /// for a noun, the clause of the verb that governs it.
    func clause(of i: Int, in graph: SentenceGraph) -> [Int] {
        var words = graph.subtree(of: i, excluding: Self.ownClause, limit: 48)
        if graph.isNoun(i), graph.head[i] >= 0, graph.isVerb(graph.head[i]),
            ["obj", "nsubj", "obl"].contains(graph.relation(i))
        {
            words += graph.subtree(of: graph.head[i], excluding: Self.ownClause, limit: 48)
        }
        return words
    }

    /// The dates of the trigger at `i`: one, or one per date a noun names
    /// ("os ataques de 30 de dezembro e 02 de janeiro"); empty when undated.
    /// `sentenceTimexes` are the sentence's (``timexes(in:)``); `alone` says
    /// whether the trigger is the sentence's only event.
    func dates(of i: Int, in graph: SentenceGraph, sentenceTimexes: ArraySlice<Timex>, alone: Bool) -> [ClauseDating.Dated] {
        let words = clause(of: i, in: graph)
        let position = graph.words[i].start
        let inClause = sentenceTimexes.filter { t in words.contains { graph.words[$0].start < t.end && t.start < graph.words[$0].end } }
        if graph.isNoun(i) {
            let own = graph.subtree(of: i, excluding: Self.ownClause, limit: 48)
            let named = inClause.filter { t in own.contains { graph.words[$0].start < t.end && t.start < graph.words[$0].end } }
            if named.count > 1 { return named.compactMap { ClauseDating.eventDate($0.value!) } }
        }
        if let nearest = Self.nearest(inClause, to: position), let date = ClauseDating.eventDate(nearest.value!) { return [date] }
        if let nearest = Self.nearest(Array(sentenceTimexes), to: position), let date = ClauseDating.eventDate(nearest.value!) { return [date] }
        guard let published, !isBackground(i, in: graph) else { return [] }
        return [published]
    }

    /// Whether the trigger at `i` tells background rather than the news: the
    /// pluperfect, or a relative clause.
    func isBackground(_ i: Int, in graph: SentenceGraph) -> Bool {
        var verb = i
        if graph.isNoun(i), graph.head[i] >= 0, graph.isVerb(graph.head[i]) { verb = graph.head[i] }
        if graph.has(verb, "Tense=Pqp") || graph.words[verb].deprel == "acl:relcl" { return true }
        return graph.children[verb].contains {
            graph.words[$0].deprel == "aux" && (graph.has($0, "Tense=Imp") || graph.has($0, "Tense=Pqp"))
                && ["ter", "haver"].contains(graph.lemma[$0])
        }
    }

    /// The timexes inside `sentence` (binary search: the list is in text order).
    func timexes(in sentence: TextSpan) -> ArraySlice<Timex> {
        var low = 0
        var high = timexes.count
        while low < high {
            let mid = (low + high) / 2
            if timexes[mid].start < sentence.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < timexes.count && timexes[end].end <= sentence.end { end += 1 }
        return timexes[low..<end]
    }

    static func nearest(_ timexes: [Timex], to position: Int) -> Timex? {
        timexes.min { distance($0, position) < distance($1, position) }
    }

    static func distance(_ t: Timex, _ position: Int) -> Int { t.start > position ? t.start - position : position - t.end }

    /// The place entity of an "em X" complement in the trigger's clause.
    func place(of i: Int, in graph: SentenceGraph) -> Int32? {
        for w in clause(of: i, in: graph) where w != i && graph.caseMarker(of: w) == "em" && graph.entity[w] >= 0 {
            let type = recognition.entities[Int(graph.entity[w])].type
            if type == .location || type == .geopolitical { return graph.entity[w] }
        }
        return nil
    }

    /// The location of an event at the place entity `e`, with its coordinates when the gazetteer knows them.
    func location(_ e: Int32) -> EventLocation {
        let entity = recognition.entities[Int(e)]
        let name = entity.mentions.first?.text ?? entity.name
        let place = gazetteer.placeByName[TextFolding.fold(name)].map { gazetteer.places[$0] }
        return EventLocation(name: name, affiliation: entity.affiliation, lat: place?.lat, lon: place?.lon)
    }
}
