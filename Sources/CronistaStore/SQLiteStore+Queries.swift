import Cronista
import GRDB

extension SQLiteStore {
    public func events(matching query: EventQuery) throws -> [StoryEvent] {
        try storyPage(StoryListing(query: query))
    }

    public func actors(named name: String?, limit: Int) throws -> [ActorSummary] {
        try pool.read { db in
            let ids: [Int64]
            if let name {
                let matches = try ActorLookup(db: db).actors(named: name)
                guard !matches.isEmpty else { return [] }
                let marks = Array(repeating: "?", count: matches.count).joined(separator: ",")
                ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM actor WHERE id IN (\(marks)) ORDER BY mention_count DESC, id LIMIT ?",
                    arguments: StatementArguments(matches) + [limit])
            } else {
                ids = try Int64.fetchAll(db, sql: "SELECT id FROM actor ORDER BY mention_count DESC, id LIMIT ?", arguments: [limit])
            }
            return try ids.compactMap { try Self.actorSummary(id: $0, in: db) }
        }
    }

    /// One actor with its aliases, roles over time and counts, or nil.
    static func actorSummary(id: Int64, in db: Database) throws -> ActorSummary? {
        guard let actor = try StoryLoader(db: db).actors([id]).first,
            let counts = try Row.fetchOne(
                db, sql: "SELECT mention_count, article_count, story_count FROM actor WHERE id = ?", arguments: [id])
        else { return nil }
        let aliases = try String.fetchAll(
            db, sql: "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY mention_count DESC, alias",
            arguments: [id])
        let roles = try Row.fetchAll(
            db,
            sql: """
                SELECT role, first_seen, last_seen, article_count FROM actor_role WHERE actor_id = ?
                ORDER BY first_seen, role
                """, arguments: [id]
        ).map { ActorRole(role: $0[0], firstSeen: $0[1], lastSeen: $0[2], articles: $0[3]) }
        return ActorSummary(
            actor: actor, aliases: aliases, roles: roles, mentions: counts[0], articles: counts[1], events: counts[2])
    }

    public func timeline(_ dyad: Dyad) throws -> [TimelineBucket] {
        try pool.read { db in
            // Two countries: their months as kept at ingest.
            if case .code(let a) = ActorSelector(dyad.first), case .code(let b) = ActorSelector(dyad.second) {
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT month, events, score FROM dyad_month WHERE first = ? AND second = ? AND events > 0
                        ORDER BY month
                        """, arguments: [min(a, b), max(a, b)]
                ).map { TimelineBucket(month: $0[0], events: $0[1], score: $0[2]) }
            }
            let lookup = ActorLookup(db: db)
            let (first, firstArguments) = try lookup.storyIDs(ActorSelector(dyad.first), acting: false)
            let (second, secondArguments) = try lookup.storyIDs(ActorSelector(dyad.second), acting: false)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.month, COUNT(*), SUM(s.score) FROM story s
                    WHERE s.month IS NOT NULL AND s.status <> 'negated' AND s.id IN (\(first)) AND s.id IN (\(second))
                    GROUP BY s.month ORDER BY s.month
                    """, arguments: firstArguments + secondArguments
            ).map { TimelineBucket(month: $0[0], events: $0[1], score: $0[2]) }
        }
    }

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        let query = Self.fullTextQuery(text)
        guard !query.isEmpty else { return [] }
        return try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.document_id, a.source, a.title, a.published,
                        snippet(article_search, 1, '[', ']', '…', 16)
                    FROM article_search JOIN article a ON a.id = article_search.rowid
                    WHERE article_search MATCH ? ORDER BY rank LIMIT ?
                    """, arguments: [query, limit]
            ).map { SearchHit(document: $0[0], url: $0[1], title: $0[2], published: $0[3], snippet: $0[4]) }
        }
    }

    /// Every word of `text` quoted, so that any input is a valid FTS5 query
    /// asking for all the words.
    static func fullTextQuery(_ text: String) -> String {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { "\"" + $0 + "\"" }
            .joined(separator: " ")
    }

    public func forEachStory(_ body: (StoryEvent) throws -> Void) throws {
        try pool.read { db in
            let loader = StoryLoader(db: db)
            var last: (date: String, id: Int64)? = nil
            while true {
                // Pages in (date, id) order, so memory stays flat on large stores.
                let ids: [Int64]
                if let last {
                    ids = try Int64.fetchAll(
                        db,
                        sql: """
                            SELECT id FROM story WHERE (coalesce(date, '') > ? OR (coalesce(date, '') = ? AND id > ?))
                            ORDER BY coalesce(date, ''), id LIMIT 500
                            """, arguments: [last.date, last.date, last.id])
                } else {
                    ids = try Int64.fetchAll(db, sql: "SELECT id FROM story ORDER BY coalesce(date, ''), id LIMIT 500")
                }
                guard !ids.isEmpty else { return }
                let stories = try loader.stories(ids, sourceLimit: nil)
                for story in stories { try body(story) }
                let tail = stories[stories.count - 1]
                last = (tail.date ?? "", tail.id)
            }
        }
    }
}
