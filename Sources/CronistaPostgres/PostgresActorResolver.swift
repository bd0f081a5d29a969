import Cronista
import CronistaStore

/// ``ActorResolver``'s rules on PostgreSQL, for one batch: the actors its
/// entities may resolve to are read in two queries when the batch starts
/// (by name-part skeleton for people, by name key for the rest), entities
/// resolve in memory in the order SQLite's writer resolves them, and new
/// actors, renames and counts are written at the end in bulk. Writers hold
/// the store's writer lock, so nothing else changes `actor` meanwhile, and
/// the outcome (ids included) is the one SQLite's writer reaches.
struct PostgresActorResolver {
    /// An actor as resolution sees it.
    struct State {
        var type: String
        var name: String
        var nameKey: String
        var affiliation: String?
        var sector: String?
        /// Mentions counted before this batch (counts are written at its end).
        var mentions: Int
    }

    private var known: [Int64: State] = [:]
    private var parts: [String: [Int64]] = [:]
    private var keys: [String: Int64] = [:]
    private var created: [Int64] = []
    private var changed = Set<Int64>()
    private var newParts: [(skeleton: String, actor: Int64)] = []
    private var nextID: Int64

    /// Reads what `entities` may resolve to; new actors are numbered from `nextID`.
    init(prefetching entities: [Entity], nextID: Int64, session: PostgresSession) throws {
        self.nextID = nextID
        var skeletons = Set<String>(), nameKeys = Set<String>()
        for entity in entities {
            if entity.type == .person {
                for part in NameMatcher.parts(entity.name).map({ NameMatcher.skeleton($0) }) where !part.isEmpty { skeletons.insert(part) }
            } else {
                nameKeys.insert(Self.nameKey(entity))
            }
        }
        if !skeletons.isEmpty {
            for row in try session.query(
                """
                SELECT p.skeleton, a.id, a.name, a.name_key, a.affiliation, a.sector, a.mention_count FROM actor_part p
                JOIN actor a ON a.id = p.actor_id WHERE p.skeleton = ANY(?) AND a.type = 'PER' ORDER BY p.skeleton, p.actor_id
                """, [.texts(skeletons.sorted())])
            {
                let id = try row.int64(1)
                parts[try row.string(0), default: []].append(id)
                known[id] = State(
                    type: "PER", name: try row.string(2), nameKey: try row.string(3), affiliation: try row.stringOrNil(4),
                    sector: try row.stringOrNil(5), mentions: try row.int(6))
            }
        }
        if !nameKeys.isEmpty {
            for row in try session.query(
                "SELECT name_key, min(id) FROM actor WHERE name_key = ANY(?) GROUP BY name_key", [.texts(nameKeys.sorted())])
            {
                keys[try row.string(0)] = try row.int64(1)
            }
        }
    }

    static func nameKey(_ entity: Entity) -> String {
        "\(entity.type.rawValue)|\(entity.affiliation ?? "")|\(FoldedName.fold(entity.name))"
    }

    /// The actor `entity` is, created when new; remembered in `batch` under `key`.
    mutating func resolve(_ entity: Entity, key: String, batch: inout ActorResolver.Batch) -> ActorResolver.Resolved {
        if let known = batch.resolved[key] { return known }
        let resolved = entity.type == .person ? resolvePerson(entity) : resolveOther(entity)
        batch.resolved[key] = resolved
        return resolved
    }

    private mutating func resolveOther(_ entity: Entity) -> ActorResolver.Resolved {
        let key = Self.nameKey(entity)
        let id = keys[key] ?? insert(entity, key: key)
        keys[key] = id
        return ActorResolver.Resolved(id: id, name: entity.name, type: entity.type, affiliation: entity.affiliation)
    }

    private mutating func resolvePerson(_ entity: Entity) -> ActorResolver.Resolved {
        let name = NameMatcher.Name(entity.name)
        let parts = NameMatcher.parts(entity.name).map { NameMatcher.skeleton($0) }.filter { !$0.isEmpty }
        var best: (id: Int64, name: String, affiliation: String?, mentions: Int)?
        var seen = Set<Int64>()
        for part in Set(parts) {
            for id in self.parts[part] ?? [] {
                guard seen.insert(id).inserted, let candidate = known[id] else { continue }
                if let a = candidate.affiliation, let b = entity.affiliation, a != b { continue }
                guard NameMatcher.sameEntity(name, NameMatcher.Name(candidate.name)) else { continue }
                if best == nil || candidate.mentions > best!.mentions {
                    best = (id, candidate.name, candidate.affiliation, candidate.mentions)
                }
            }
        }
        guard let best else {
            let id = insert(entity, key: "PER|" + name.key)
            for part in Set(parts) { addPart(part, actor: id) }
            return ActorResolver.Resolved(id: id, name: entity.name, type: .person, affiliation: entity.affiliation)
        }
        let fuller = NameMatcher.parts(entity.name).count > NameMatcher.parts(best.name).count
        if fuller {
            known[best.id]?.name = entity.name
            known[best.id]?.nameKey = "PER|" + name.key
            changed.insert(best.id)
            for part in Set(parts) { addPart(part, actor: best.id) }
        }
        if best.affiliation == nil, let affiliation = entity.affiliation {
            known[best.id]?.affiliation = affiliation
            if known[best.id]?.sector == nil { known[best.id]?.sector = entity.sector?.rawValue }
            changed.insert(best.id)
        }
        return ActorResolver.Resolved(
            id: best.id, name: fuller ? entity.name : best.name, type: .person, affiliation: best.affiliation ?? entity.affiliation)
    }

    private mutating func addPart(_ skeleton: String, actor: Int64) {
        var ids = parts[skeleton] ?? []
        guard !ids.contains(actor) else { return }
        ids.insertSorted(actor)
        parts[skeleton] = ids
        newParts.append((skeleton, actor))
    }

    private mutating func insert(_ entity: Entity, key: String) -> Int64 {
        let id = nextID
        nextID += 1
        known[id] = State(
            type: entity.type.rawValue, name: entity.name, nameKey: key, affiliation: entity.affiliation,
            sector: entity.sector?.rawValue, mentions: 0)
        created.append(id)
        return id
    }

    /// Writes the new actors, the changed ones, their name parts, and the batch's counts.
    func flush(_ batch: ActorResolver.Batch, session: PostgresSession) throws {
        var actors = BulkRows(
            "actor", [("id", .bigint), ("type", .text), ("name", .text), ("affiliation", .text), ("sector", .text), ("name_key", .text)])
        for id in created {
            let actor = known[id]!
            actors.append([.int(id), .text(actor.type), .text(actor.name), SQLValue(actor.affiliation), SQLValue(actor.sector), .text(actor.nameKey)])
        }
        try actors.write(session)
        let existing = changed.subtracting(created).sorted()
        if !existing.isEmpty {
            let states = existing.map { known[$0]! }
            try session.execute(
                """
                UPDATE actor a SET name = u.name, name_key = u.name_key, affiliation = u.affiliation, sector = u.sector
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, name, name_key, affiliation, sector)
                WHERE a.id = u.id
                """,
                [.ints(existing), .texts(states.map(\.name)), .texts(states.map(\.nameKey)), .texts(states.map(\.affiliation)),
                 .texts(states.map(\.sector))])
        }
        var partRows = BulkRows("actor_part", [("skeleton", .text), ("actor_id", .bigint)], conflict: "ON CONFLICT DO NOTHING")
        for part in newParts { partRows.append([.text(part.skeleton), .int(part.actor)]) }
        try partRows.write(session)

        if !batch.stories.isEmpty {
            let ids = batch.stories.keys.sorted()
            try session.execute(
                """
                UPDATE actor a SET story_count = a.story_count + u.n
                FROM unnest(?::bigint[], ?::bigint[]) AS u(id, n) WHERE a.id = u.id
                """, [.ints(ids), .ints(ids.map { Int64(batch.stories[$0]!) })])
        }
        if !batch.mentions.isEmpty {
            let ids = batch.mentions.keys.sorted()
            try session.execute(
                """
                UPDATE actor a SET mention_count = a.mention_count + u.m, article_count = a.article_count + u.n
                FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS u(id, m, n) WHERE a.id = u.id
                """,
                [.ints(ids), .ints(ids.map { Int64(batch.mentions[$0]!.mentions) }), .ints(ids.map { Int64(batch.mentions[$0]!.articles) })])
        }
        var aliases = BulkRows(
            "actor_alias", [("actor_id", .bigint), ("alias", .text), ("folded", .text), ("mention_count", .bigint)],
            conflict: "ON CONFLICT (actor_id, alias) DO UPDATE SET mention_count = actor_alias.mention_count + excluded.mention_count")
        for (key, count) in batch.aliases {
            aliases.append([.int(key.actor), .text(key.text), .text(FoldedName.fold(key.text)), .int(Int64(count))])
        }
        try aliases.write(session)
        var roles = BulkRows(
            "actor_role", [("actor_id", .bigint), ("role", .text), ("first_seen", .text), ("last_seen", .text), ("article_count", .bigint)],
            conflict: """
                ON CONFLICT (actor_id, role) DO UPDATE SET
                    first_seen = CASE WHEN actor_role.first_seen IS NULL OR excluded.first_seen < actor_role.first_seen
                        THEN coalesce(excluded.first_seen, actor_role.first_seen) ELSE actor_role.first_seen END,
                    last_seen = CASE WHEN actor_role.last_seen IS NULL OR excluded.last_seen > actor_role.last_seen
                        THEN coalesce(excluded.last_seen, actor_role.last_seen) ELSE actor_role.last_seen END,
                    article_count = actor_role.article_count + excluded.article_count
                """)
        for (key, seen) in batch.roles {
            roles.append([.int(key.actor), .text(key.text), SQLValue(seen.first), SQLValue(seen.last), .int(Int64(seen.articles))])
        }
        try roles.write(session)
    }
}

extension Array where Element == Int64 {
    /// Inserts `id` in this ascending array, keeping it ascending.
    mutating func insertSorted(_ id: Int64) {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < id { low = middle + 1 } else { high = middle }
        }
        insert(id, at: low)
    }
}
