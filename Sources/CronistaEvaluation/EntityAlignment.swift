import Cronista

/// The one-to-one match between system and gold entities: a system entity
/// matches a gold one when its name or a mention text equals the gold name
/// or an alias (folded).
struct EntityAlignment {
    let system: [Entity]
    let gold: [GoldEntity]
    /// System entity id → gold entity id.
    private(set) var pairs: [String: String] = [:]

    static let scoredTypes: Set<String> = ["PER", "ORG", "GPE"]

    init(system: [Entity], gold: [GoldEntity]) {
        self.system = system
        self.gold = gold
        let goldForms = gold.map { entity in Set(([entity.name] + (entity.aliases ?? [])).map { key($0) }) }
        // Candidate pairs ranked by how many surface forms they share.
        var candidates: [(s: Int, g: Int, shared: Int)] = []
        for (si, entity) in system.enumerated() {
            let forms = Set(([entity.name] + entity.mentions.map(\.text)).map { key($0) })
            for gi in gold.indices {
                let shared = forms.intersection(goldForms[gi]).count
                if shared > 0 { candidates.append((si, gi, shared)) }
            }
        }
        candidates.sort { $0.shared > $1.shared }
        var usedSystem = Set<Int>()
        var usedGold = Set<Int>()
        for c in candidates where !usedSystem.contains(c.s) && !usedGold.contains(c.g) {
            usedSystem.insert(c.s)
            usedGold.insert(c.g)
            pairs[system[c.s].id] = gold[c.g].id
        }
    }

    func goldID(ofSystem id: String) -> String? { pairs[id] }

    func goldEntity(id: String) -> GoldEntity? { gold.first { $0.id == id } }

    func score(into score: inout DocumentScore) {
        let scoredSystem = system.filter { Self.scoredTypes.contains($0.type.rawValue) }
        let scoredGold = gold.filter { Self.scoredTypes.contains($0.type) }
        var matched = 0
        let goldByID = Dictionary(gold.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for entity in scoredSystem {
            guard let gid = pairs[entity.id], let g = goldByID[gid], Self.scoredTypes.contains(g.type) else {
                score.notes.append("entity false alarm: \(entity.name) [\(entity.type.rawValue)]")
                continue
            }
            matched += 1
            let right = entity.affiliation == g.affiliation
            score.affiliation.count(right)
            if !right {
                score.notes.append("affiliation: \(entity.name) system \(entity.affiliation ?? "null"), gold \(g.affiliation ?? "null")")
            }
        }
        let matchedGold = Set(pairs.values)
        for g in scoredGold where !matchedGold.contains(g.id) || !scoredSystem.contains(where: { pairs[$0.id] == g.id }) {
            score.notes.append("entity missed: \(g.name) [\(g.type)]")
        }
        score.entities = Detection(matched: matched, system: scoredSystem.count, gold: scoredGold.count)
    }
}
