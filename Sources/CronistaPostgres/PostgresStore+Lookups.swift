import CronistaStore

extension PostgresStore: StoreLookups {
    public func story(id: Int64) throws -> StoryEvent? {
        try pool.with { try PostgresStoryLoader(session: $0).stories([id], sourceLimit: nil).first }
    }

    public func actor(id: Int64) throws -> ActorSummary? {
        try pool.with { try Self.actorSummary(id: id, session: $0) }
    }

    public func stories(involving id: Int64, limit: Int) throws -> [StoryEvent] {
        try pool.with { session in
            let ids = try session.query(
                """
                SELECT s.id FROM story s WHERE s.id IN (SELECT story_id FROM story_actor WHERE actor_id = ?)
                ORDER BY coalesce(s.date, '') DESC, s.id DESC LIMIT ?
                """, [.int(id), .int(Int64(limit))]
            ).map { try $0.int64(0) }
            return try PostgresStoryLoader(session: session).stories(ids)
        }
    }

    public func latestStories(limit: Int) throws -> [StoryEvent] {
        try pool.with { session in
            let ids = try session.query(
                "SELECT id FROM story WHERE date IS NOT NULL ORDER BY date DESC, id DESC LIMIT ?", [.int(Int64(limit))]
            ).map { try $0.int64(0) }
            return try PostgresStoryLoader(session: session).stories(ids)
        }
    }

    public func topDyads(limit: Int) throws -> [DyadCount] {
        try pool.with { session in
            try session.query(
                """
                SELECT first, second, sum(events)::bigint AS n, sum(score) FROM dyad_month WHERE first <> second
                GROUP BY first, second ORDER BY n DESC, first, second LIMIT ?
                """, [.int(Int64(limit))]
            ).map { DyadCount(first: try $0.string(0), second: try $0.string(1), events: try $0.int(2), score: try $0.double(3)) }
        }
    }
}
