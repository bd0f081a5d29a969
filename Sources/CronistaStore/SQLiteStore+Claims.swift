import Cronista
import GRDB

extension SQLiteStore {
    public func claims(about: String?, limit: Int) throws -> [Claim] {
        try pool.read { db in
            let ids: [Int64]
            switch about.map(ActorSelector.init) {
            case .code(let code):
                // The country's claims, from its own index in date order.
                ids = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT story_id, date FROM story_country WHERE country = ? AND is_claim = 1
                        ORDER BY date, story_id LIMIT ?
                        """, arguments: [code, limit])
            case let selector:
                var filter = ""
                var arguments = StatementArguments()
                if let selector {
                    let (sql, args) = try ActorLookup(db: db).storyIDs(selector, acting: false)
                    filter = "AND s.id IN (\(sql))"
                    arguments += args
                }
                ids = try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT s.id FROM story s WHERE s.is_claim = 1
                        \(filter) ORDER BY s.date, s.id LIMIT ?
                        """, arguments: arguments + [limit])
            }
            let loader = StoryLoader(db: db)
            return try loader.stories(ids).map { story in
                Claim(event: story, claimants: try claimants(of: story.id, db: db, loader: loader),
                      denials: try denials(of: story.id, db: db, loader: loader))
            }
        }
    }

    /// The accusers, as filed at ingest: the actors of its accusations, the
    /// claimed reports' stated sources, and the accusers alleging them.
    private func claimants(of story: Int64, db: Database, loader: StoryLoader) throws -> [ActorRef] {
        let ids = try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT actor_id FROM story_claimant WHERE story_id = ? ORDER BY actor_id"),
            arguments: [story])
        return try loader.actors(ids)
    }

    /// The REJECT events answering the story's reports, or the accusations
    /// alleging them (the first ones, in the order stored).
    private func denials(of story: Int64, db: Database, loader: StoryLoader) throws -> [Denial] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT r.id, r.date, r.evidence_text, a.source FROM story_denial d
                    JOIN event r ON r.id = d.event_id JOIN article a ON a.id = r.article_id
                    WHERE d.story_id = ? ORDER BY r.id LIMIT \(StoryLoader.listedSources)
                    """), arguments: [story])
        return try rows.map { row in
            let deniers = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT en.actor_id FROM event_participant p JOIN entity en ON en.id = p.entity_id
                        WHERE p.event_id = ? AND p.side = 'actor' ORDER BY p.position
                        """), arguments: [row[0] as Int64])
            return Denial(deniers: try loader.actors(deniers), date: row[1], evidence: row[2], url: row[3])
        }
    }
}
