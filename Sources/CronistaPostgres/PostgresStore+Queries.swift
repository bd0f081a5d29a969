import Cronista
import CronistaStore

/// The queries, as ``SQLiteStore`` answers them: the same SQL where it is
/// portable, `= ANY(array)` for lists, `NULLS FIRST` where SQLite sorts
/// NULL first, and PostgreSQL's full-text search.
extension PostgresStore {
    public func events(matching query: EventQuery) throws -> [StoryEvent] {
        try pool.with { session in
            let lookup = PostgresActorLookup(session: session)
            var conditions: [String] = []
            var arguments: [SQLValue] = []
            let source: String, story: String
            var actor = query.actor.map(ActorSelector.init)
            if case .code(let code) = actor {
                (source, story) = ("story_country x", "x.story_id")
                conditions.append("x.country = ? AND (x.side = 'actor' OR x.type IN ('CONSULT', 'AGREE', 'COOPERATE'))")
                arguments.append(.text(code))
                actor = nil
            } else {
                (source, story) = ("story x", "x.id")
            }
            if let actor {
                let (sql, args) = try lookup.storyIDs(actor, acting: true)
                conditions.append("\(story) IN (\(sql))")
                arguments += args
            }
            if let with = query.with {
                let (sql, args) = try lookup.storyIDs(ActorSelector(with), acting: false)
                conditions.append("\(story) IN (\(sql))")
                arguments += args
            }
            if let type = query.type {
                conditions.append("x.type = ?")
                arguments.append(.text(type.rawValue))
            }
            if let from = query.from {
                conditions.append("x.date >= ? AND substr(x.date, 1, length(?)) >= substr(?, 1, length(x.date))")
                arguments += [.text(String(from.prefix(4))), .text(from), .text(from)]
            }
            if let to = query.to {
                conditions.append("x.date <= ? AND substr(x.date, 1, length(?)) <= substr(?, 1, length(x.date))")
                arguments += [.text(to + "~"), .text(to), .text(to)]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let ids = try session.query(
                "SELECT DISTINCT \(story), x.date FROM \(source) \(filter) ORDER BY x.date NULLS FIRST, \(story) LIMIT ?",
                arguments + [.int(Int64(query.limit))]
            ).map { try $0.int64(0) }
            return try PostgresStoryLoader(session: session).stories(ids)
        }
    }

    public func actors(named name: String?, limit: Int) throws -> [ActorSummary] {
        try pool.with { session in
            let ids: [Int64]
            if let name {
                let matches = try PostgresActorLookup(session: session).actors(named: name)
                guard !matches.isEmpty else { return [] }
                ids = try session.query(
                    "SELECT id FROM actor WHERE id = ANY(?) ORDER BY mention_count DESC, id LIMIT ?", [.ints(matches), .int(Int64(limit))]
                ).map { try $0.int64(0) }
            } else {
                ids = try session.query("SELECT id FROM actor ORDER BY mention_count DESC, id LIMIT ?", [.int(Int64(limit))])
                    .map { try $0.int64(0) }
            }
            return try ids.compactMap { try Self.actorSummary(id: $0, session: session) }
        }
    }

    /// One actor with its aliases, roles over time and counts, or nil.
    static func actorSummary(id: Int64, session: PostgresSession) throws -> ActorSummary? {
        guard let actor = try PostgresStoryLoader(session: session).actors([id]).first,
            let counts = try session.query("SELECT mention_count, article_count, story_count FROM actor WHERE id = ?", [.int(id)]).first
        else { return nil }
        let aliases = try session.query(
            "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY mention_count DESC, alias", [.int(id)]
        ).map { try $0.string(0) }
        let roles = try session.query(
            "SELECT role, first_seen, last_seen, article_count FROM actor_role WHERE actor_id = ? ORDER BY first_seen NULLS FIRST, role",
            [.int(id)]
        ).map { ActorRole(role: try $0.string(0), firstSeen: try $0.stringOrNil(1), lastSeen: try $0.stringOrNil(2), articles: try $0.int(3)) }
        return ActorSummary(
            actor: actor, aliases: aliases, roles: roles, mentions: try counts.int(0), articles: try counts.int(1), events: try counts.int(2))
    }

    public func timeline(_ dyad: Dyad) throws -> [TimelineBucket] {
        try pool.with { session in
            if case .code(let a) = ActorSelector(dyad.first), case .code(let b) = ActorSelector(dyad.second) {
                return try session.query(
                    "SELECT month, events, score FROM dyad_month WHERE first = ? AND second = ? AND events > 0 ORDER BY month",
                    [.text(min(a, b)), .text(max(a, b))]
                ).map { TimelineBucket(month: try $0.string(0), events: try $0.int(1), score: try $0.double(2)) }
            }
            let lookup = PostgresActorLookup(session: session)
            let (first, firstArguments) = try lookup.storyIDs(ActorSelector(dyad.first), acting: false)
            let (second, secondArguments) = try lookup.storyIDs(ActorSelector(dyad.second), acting: false)
            return try session.query(
                """
                SELECT s.month, count(*), sum(s.score) FROM story s
                WHERE s.month IS NOT NULL AND s.status <> 'negated' AND s.id IN (\(first)) AND s.id IN (\(second))
                GROUP BY s.month ORDER BY s.month
                """, firstArguments + secondArguments
            ).map { TimelineBucket(month: try $0.string(0), events: try $0.int(1), score: try $0.double(2)) }
        }
    }

    /// Articles with every word of `text` (`portuguese` stemming, accents
    /// ignored where `unaccent` is installed), best first by `ts_rank`, ties
    /// in storing order; the snippet is `ts_headline`'s, matches in brackets.
    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        guard !words.isEmpty else { return [] }
        return try pool.with { session in
            try session.query(
                """
                SELECT h.document_id, h.source, h.title, h.published,
                    ts_headline('cronista_pt', h.text, h.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…')
                FROM (SELECT a.id, a.document_id, a.source, a.title, a.published, a.text, q, ts_rank(a.search, q) AS rank
                      FROM article a, plainto_tsquery('cronista_pt', ?) q WHERE a.search @@ q
                      ORDER BY rank DESC, a.id LIMIT ?) h
                ORDER BY h.rank DESC, h.id
                """, [.text(words), .int(Int64(limit))]
            ).map {
                SearchHit(
                    document: try $0.string(0), url: try $0.string(1), title: try $0.stringOrNil(2), published: try $0.stringOrNil(3),
                    snippet: try $0.string(4))
            }
        }
    }

    public func forEachStory(_ body: (StoryEvent) throws -> Void) throws {
        try pool.with { session in
            let loader = PostgresStoryLoader(session: session)
            var last: (date: String, id: Int64)? = nil
            while true {
                let ids: [Int64]
                if let last {
                    ids = try session.query(
                        """
                        SELECT id FROM story WHERE (coalesce(date, '') > ? OR (coalesce(date, '') = ? AND id > ?))
                        ORDER BY coalesce(date, ''), id LIMIT 500
                        """, [.text(last.date), .text(last.date), .int(last.id)]
                    ).map { try $0.int64(0) }
                } else {
                    ids = try session.query("SELECT id FROM story ORDER BY coalesce(date, ''), id LIMIT 500").map { try $0.int64(0) }
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
