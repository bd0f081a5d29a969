import Cronista
import GRDB

extension SQLiteStore {
    public func claims(about: String?, limit: Int) throws -> [Claim] {
        try pool.read { db in
            var filter = ""
            var arguments = StatementArguments()
            if let about {
                let (sql, args) = try ActorLookup(db: db).storyIDs(ActorSelector(about), acting: false)
                filter = "AND s.id IN (\(sql))"
                arguments += args
            }
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM story s WHERE s.is_claim = 1
                    \(filter) ORDER BY s.date, s.id LIMIT ?
                    """, arguments: arguments + [limit])
            let loader = StoryLoader(db: db)
            return try loader.stories(ids).map { story in
                Claim(event: story, claimants: try claimants(of: story.id, db: db, loader: loader),
                      denials: try denials(of: story.id, db: db, loader: loader))
            }
        }
    }

    /// The accusers: the actors of its accusations, the claimed events'
    /// stated sources, and the accusers alleging them.
    private func claimants(of story: Int64, db: Database, loader: StoryLoader) throws -> [ActorRef] {
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT en.actor_id FROM event e JOIN event_participant p ON p.event_id = e.id AND p.side = 'actor'
                    JOIN entity en ON en.id = p.entity_id WHERE e.story_id = ? AND e.type = 'ACCUSE'
                UNION
                SELECT en.actor_id FROM event e JOIN entity en ON en.id = e.source_entity_id WHERE e.story_id = ?
                UNION
                SELECT en.actor_id FROM event e JOIN event_link l ON l.to_event_id = e.id AND l.kind = 'alleges'
                    JOIN event_participant p ON p.event_id = l.from_event_id AND p.side = 'actor'
                    JOIN entity en ON en.id = p.entity_id WHERE e.story_id = ?
                """, arguments: [story, story, story])
        return try loader.actors(Array(Set(ids)).sorted())
    }

    /// The REJECT events linked to the story's reports, or to the
    /// accusations alleging them.
    private func denials(of story: Int64, db: Database, loader: StoryLoader) throws -> [Denial] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.id, r.date, r.evidence_text, a.source FROM event r JOIN article a ON a.id = r.article_id
                WHERE r.id IN (
                    SELECT l.from_event_id FROM event e JOIN event_link l ON l.to_event_id = e.id AND l.kind = 'denies'
                    WHERE e.story_id = ?
                    UNION
                    SELECT d.from_event_id FROM event e JOIN event_link al ON al.to_event_id = e.id AND al.kind = 'alleges'
                        JOIN event_link d ON d.to_event_id = al.from_event_id AND d.kind = 'denies'
                    WHERE e.story_id = ?)
                ORDER BY r.id
                """, arguments: [story, story])
        return try rows.map { row in
            let deniers = try Int64.fetchAll(
                db,
                sql: """
                    SELECT en.actor_id FROM event_participant p JOIN entity en ON en.id = p.entity_id
                    WHERE p.event_id = ? AND p.side = 'actor' ORDER BY p.position
                    """, arguments: [row[0] as Int64])
            return Denial(deniers: try loader.actors(deniers), date: row[1], evidence: row[2], url: row[3])
        }
    }
}
