import Cronista
import GRDB

/// Look-ups by id that a browsing client (the HTTP server) needs beside the
/// queries of ``EventStore``: one story with every source, one actor, the
/// stories one actor takes part in.
///
/// Kept apart from ``EventStore`` so that a store without them still serves
/// every query; ``SQLiteStore`` answers each with one indexed read.
public protocol StoreLookups: EventStore {
    /// The story event with this id, with every source.
    func story(id: Int64) throws -> StoryEvent?

    /// The actor with this id, with aliases, roles over time and counts.
    func actor(id: Int64) throws -> ActorSummary?

    /// The story events actor `id` takes part in, on either side, newest first.
    func stories(involving id: Int64, limit: Int) throws -> [StoryEvent]

    /// The newest dated story events, newest first.
    func latestStories(limit: Int) throws -> [StoryEvent]

    /// The pairs of countries with the most story events together, most first.
    func topDyads(limit: Int) throws -> [DyadCount]
}

/// A pair of countries and the story events between them.
public struct DyadCount: Codable, Sendable, Equatable {
    public var first: String
    public var second: String
    public var events: Int
    /// Their summed PLOVER score.
    public var score: Double

    public init(first: String, second: String, events: Int, score: Double) {
        self.first = first
        self.second = second
        self.events = events
        self.score = score
    }
}

extension SQLiteStore: StoreLookups {
    public func story(id: Int64) throws -> StoryEvent? {
        try pool.read { db in try StoryLoader(db: db).stories([id], sourceLimit: nil).first }
    }

    public func actor(id: Int64) throws -> ActorSummary? {
        try pool.read { db in try Self.actorSummary(id: id, in: db) }
    }

    public func stories(involving id: Int64, limit: Int) throws -> [StoryEvent] {
        try pool.read { db in
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT s.id FROM story_actor sa JOIN story s ON s.id = sa.story_id
                    WHERE sa.actor_id = ? ORDER BY coalesce(s.date, '') DESC, s.id DESC LIMIT ?
                    """, arguments: [id, limit])
            return try StoryLoader(db: db).stories(ids)
        }
    }

    public func latestStories(limit: Int) throws -> [StoryEvent] {
        try pool.read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM story WHERE date IS NOT NULL ORDER BY date DESC, id DESC LIMIT ?", arguments: [limit])
            return try StoryLoader(db: db).stories(ids)
        }
    }

    public func topDyads(limit: Int) throws -> [DyadCount] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT first, second, SUM(events) AS n, SUM(score) FROM dyad_month WHERE first <> second
                    GROUP BY first, second ORDER BY n DESC, first, second LIMIT ?
                    """, arguments: [limit]
            ).map { DyadCount(first: $0[0], second: $0[1], events: $0[2], score: $0[3]) }
        }
    }
}
