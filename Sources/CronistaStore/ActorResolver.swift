import Cronista
import GRDB

/// Resolves an article's entities to global actors, in the database, inside
/// the writer's transaction: the same person, body or country under any
/// name variant in any article is one actor.
///
/// - People match by ``NameMatcher`` (Serguei/Sergey/Sergei Lavrov, Lavrov,
///   Choe Son-hui/Choe Son Hui), when their affiliations agree or one is
///   unknown; candidates come from an index of name-part skeletons, and the
///   most mentioned wins. A fuller name later seen renames the actor
///   ("Kim" becomes "Kim Jong-un").
/// - Bodies, countries and places match by type, affiliation and folded name.
package struct ActorResolver {
    package struct Resolved {
        package var id: Int64
        package var name: String
        package var type: EntityType
        package var affiliation: String?

        package init(id: Int64, name: String, type: EntityType, affiliation: String?) {
            self.id = id
            self.name = name
            self.type = type
            self.affiliation = affiliation
        }
    }

    /// What one transaction has resolved and counted so far: resolutions
    /// repeat across the articles of a batch, and counts are written once
    /// per batch by ``flush(_:)``.
    package struct Batch {
        package var resolved: [String: Resolved] = [:]
        package var mentions: [Int64: (mentions: Int, articles: Int)] = [:]
        package var aliases: [AliasKey: Int] = [:]
        package var roles: [AliasKey: (first: String?, last: String?, articles: Int)] = [:]
        /// Per actor, the stories it newly takes part in.
        package var stories: [Int64: Int] = [:]

        package init() {}
    }

    package struct AliasKey: Hashable {
        package var actor: Int64
        package var text: String
    }

    let db: Database

    /// The key under which a batch remembers the resolution of `entity`.
    package static func batchKey(_ entity: Entity) -> String {
        "\(entity.type.rawValue)|\(entity.affiliation ?? "")|\(entity.name)"
    }

    /// The actor `entity` is, created when new; `key` is its ``batchKey(_:)``.
    func resolve(_ entity: Entity, key: String, batch: inout Batch) throws -> Resolved {
        if let known = batch.resolved[key] { return known }
        let resolved = try resolve(entity)
        batch.resolved[key] = resolved
        return resolved
    }

    private func resolve(_ entity: Entity) throws -> Resolved {
        if entity.type == .person { return try resolvePerson(entity) }
        let key = "\(entity.type.rawValue)|\(entity.affiliation ?? "")|\(FoldedName.fold(entity.name))"
        if let id = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM actor WHERE name_key = ? LIMIT 1"), arguments: [key])
        {
            return Resolved(id: id, name: entity.name, type: entity.type, affiliation: entity.affiliation)
        }
        let id = try insert(entity, key: key)
        return Resolved(id: id, name: entity.name, type: entity.type, affiliation: entity.affiliation)
    }

    private func resolvePerson(_ entity: Entity) throws -> Resolved {
        let name = NameMatcher.Name(entity.name)
        let parts = NameMatcher.parts(entity.name).map { NameMatcher.skeleton($0) }.filter { !$0.isEmpty }
        var best: (id: Int64, name: String, affiliation: String?, mentions: Int)?
        var seen = Set<Int64>()
        let statement = try db.cachedStatement(
            sql: """
                SELECT a.id, a.name, a.affiliation, a.mention_count FROM actor_part p
                JOIN actor a ON a.id = p.actor_id WHERE p.skeleton = ? AND a.type = 'PER'
                """)
        for part in Set(parts) {
            let rows = try Row.fetchAll(statement, arguments: [part])
            for row in rows {
                let id: Int64 = row[0]
                guard seen.insert(id).inserted else { continue }
                let candidateName: String = row[1]
                let affiliation: String? = row[2]
                let mentions: Int = row[3]
                if let a = affiliation, let b = entity.affiliation, a != b { continue }
                guard NameMatcher.sameEntity(name, NameMatcher.Name(candidateName)) else { continue }
                if best == nil || mentions > best!.mentions { best = (id, candidateName, affiliation, mentions) }
            }
        }
        guard let best else {
            let id = try insert(entity, key: "PER|" + name.key)
            for part in Set(parts) {
                try db.cachedStatement(sql: "INSERT INTO actor_part (skeleton, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .execute(arguments: [part, id])
            }
            return Resolved(id: id, name: entity.name, type: .person, affiliation: entity.affiliation)
        }
        // A fuller form of the name, or a newly known affiliation, improves the actor.
        let fuller = NameMatcher.parts(entity.name).count > NameMatcher.parts(best.name).count
        if fuller {
            try db.cachedStatement(sql: "UPDATE actor SET name = ?, name_key = ? WHERE id = ?")
                .execute(arguments: [entity.name, "PER|" + name.key, best.id])
            for part in Set(parts) {
                try db.cachedStatement(sql: "INSERT INTO actor_part (skeleton, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .execute(arguments: [part, best.id])
            }
        }
        if best.affiliation == nil, let affiliation = entity.affiliation {
            try db.cachedStatement(sql: "UPDATE actor SET affiliation = ?, sector = coalesce(sector, ?) WHERE id = ?")
                .execute(arguments: [affiliation, entity.sector?.rawValue, best.id])
        }
        return Resolved(
            id: best.id, name: fuller ? entity.name : best.name, type: .person,
            affiliation: best.affiliation ?? entity.affiliation)
    }

    private func insert(_ entity: Entity, key: String) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO actor (type, name, affiliation, sector, name_key) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [entity.type.rawValue, entity.name, entity.affiliation, entity.sector?.rawValue, key])
        return db.lastInsertedRowID
    }

    /// Counts one article's entity against its actor: mentions, aliases, role.
    func record(_ entity: Entity, actor: Int64, published: String?, batch: inout Batch) {
        Self.record(entity, actor: actor, published: published, batch: &batch)
    }

    /// Counts one article's entity against its actor in `batch`: mentions, aliases, role.
    package static func record(_ entity: Entity, actor: Int64, published: String?, batch: inout Batch) {
        batch.mentions[actor, default: (0, 0)].mentions += entity.mentions.count
        batch.mentions[actor, default: (0, 0)].articles += 1
        batch.aliases[AliasKey(actor: actor, text: entity.name), default: 0] += 0
        for mention in entity.mentions { batch.aliases[AliasKey(actor: actor, text: mention.text), default: 0] += 1 }
        if let role = entity.role {
            let key = AliasKey(actor: actor, text: role)
            var seen = batch.roles[key] ?? (published, published, 0)
            if let published {
                if seen.first.map({ published < $0 }) ?? true { seen.first = published }
                if seen.last.map({ published > $0 }) ?? true { seen.last = published }
            }
            seen.articles += 1
            batch.roles[key] = seen
        }
    }

    /// Writes the batch's counts.
    func flush(_ batch: Batch) throws {
        let stories = try db.cachedStatement(sql: "UPDATE actor SET story_count = story_count + ? WHERE id = ?")
        for (actor, count) in batch.stories { try stories.execute(arguments: [count, actor]) }
        let counts = try db.cachedStatement(
            sql: "UPDATE actor SET mention_count = mention_count + ?, article_count = article_count + ? WHERE id = ?")
        for (actor, count) in batch.mentions { try counts.execute(arguments: [count.mentions, count.articles, actor]) }
        let alias = try db.cachedStatement(
            sql: """
                INSERT INTO actor_alias (actor_id, alias, folded, mention_count) VALUES (?, ?, ?, ?)
                ON CONFLICT (actor_id, alias) DO UPDATE SET mention_count = actor_alias.mention_count + excluded.mention_count
                """)
        for (key, count) in batch.aliases { try alias.execute(arguments: [key.actor, key.text, FoldedName.fold(key.text), count]) }
        let role = try db.cachedStatement(
            sql: """
                INSERT INTO actor_role (actor_id, role, first_seen, last_seen, article_count) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (actor_id, role) DO UPDATE SET
                    first_seen = CASE WHEN actor_role.first_seen IS NULL OR excluded.first_seen < actor_role.first_seen
                        THEN coalesce(excluded.first_seen, actor_role.first_seen) ELSE actor_role.first_seen END,
                    last_seen = CASE WHEN actor_role.last_seen IS NULL OR excluded.last_seen > actor_role.last_seen
                        THEN coalesce(excluded.last_seen, actor_role.last_seen) ELSE actor_role.last_seen END,
                    article_count = actor_role.article_count + excluded.article_count
                """)
        for (key, seen) in batch.roles { try role.execute(arguments: [key.actor, key.text, seen.first, seen.last, seen.articles]) }
    }
}
