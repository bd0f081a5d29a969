/// The other side of an act whose sentence names only one party: in a
/// story about two sides, "a Ucrânia nega", "Pequim concordou em…" or
/// "Washington vai reduzir as tarifas" are acts toward the story's other
/// side, which the reader supplies from the article (implicit argument
/// resolution). In a domestic story every side is of one country, and the
/// counterpart is its most named other body or person.
struct ImplicitCounterpart {
    let entities: [Entity]
    /// How often each side (affiliation) takes part in the article's events, then how often it is named.
    private let weight: [String: Int]

    /// The counterparts of the sides taking part in `events`, among `entities`.
    init(entities: [Entity], events: [Event]) {
        self.entities = entities
        var index: [String: Int] = [:]
        for (i, entity) in entities.enumerated() { index[entity.id] = i }
        var weight: [String: Int] = [:]
        for event in events {
            for id in event.actors + event.recipients {
                guard let i = index[id], let side = entities[i].affiliation else { continue }
                weight[side, default: 0] += 4
            }
        }
        for entity in entities where entity.type != .location {
            guard let side = entity.affiliation else { continue }
            weight[side, default: 0] += entity.mentions.count
        }
        self.weight = weight
    }

    /// The entity (by index) standing for the other side of an act by `actor`, if the article has one.
    func counterpart(of actor: Int) -> Int? {
        guard let side = entities[actor].affiliation else { return nil }
        // The other side: one that takes part in an event, or is named often.
        let foreign = weight.filter { $0.key != side }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        if let foreign, foreign.value >= 4 {
            return representative(of: foreign.key, other: actor)
        }
        // A domestic story: the most named other party of the same country.
        let others = entities.indices.filter {
            $0 != actor && entities[$0].affiliation == side && entities[$0].type != .location
                && entities[$0].type != entities[actor].type
        }
        return others.max { (entities[$0].mentions.count, $1) < (entities[$1].mentions.count, $0) }
    }

    /// The country entity of a side when the article names it, else its most named entity.
    private func representative(of side: String, other actor: Int) -> Int? {
        let members = entities.indices.filter { $0 != actor && entities[$0].affiliation == side && entities[$0].type != .location }
        if let country = members.first(where: { entities[$0].type == .geopolitical }) { return country }
        return members.max { (entities[$0].mentions.count, $1) < (entities[$1].mentions.count, $0) }
    }
}
