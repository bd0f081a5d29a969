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
            let stories = try loader.stories(ids)
            let claimants = try claimants(of: ids, db: db)
            let denials = try denials(of: ids, db: db)
            let deniers = try deniers(of: denials.values.flatMap { $0.map(\.event) }, db: db)
            var actorIDs = Set(claimants.values.joined())
            actorIDs.formUnion(deniers.values.joined())
            let actors = Dictionary(
                try loader.actors(Array(actorIDs)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return stories.map { story in
                Claim(
                    event: story, claimants: (claimants[story.id] ?? []).compactMap { actors[$0] },
                    denials: (denials[story.id] ?? []).map { denial in
                        Denial(
                            deniers: (deniers[denial.event] ?? []).compactMap { actors[$0] }, date: denial.date,
                            evidence: denial.evidence, url: denial.url)
                    })
            }
        }
    }

    /// Per story, its accusers as filed at ingest (the actors of its
    /// accusations, the claimed reports' stated sources, and the accusers
    /// alleging them), by id.
    private func claimants(of stories: [Int64], db: Database) throws -> [Int64: [Int64]] {
        var claimants: [Int64: [Int64]] = [:]
        for chunk in stories.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: "SELECT story_id, actor_id FROM story_claimant WHERE story_id IN (\(marks)) ORDER BY story_id, actor_id",
                arguments: StatementArguments(Array(chunk)))
            {
                claimants[row[0], default: []].append(row[1])
            }
        }
        return claimants
    }

    /// Per story, the REJECT events answering its reports or the
    /// accusations alleging them (the first ones, in the order stored).
    private func denials(
        of stories: [Int64], db: Database
    ) throws -> [Int64: [(event: Int64, date: String?, evidence: String, url: String)]] {
        var denials: [Int64: [(event: Int64, date: String?, evidence: String, url: String)]] = [:]
        for chunk in stories.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT d.story_id, r.id, r.date, r.evidence_text, a.source
                    FROM (SELECT story_id, event_id, ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY event_id) AS rank
                          FROM story_denial WHERE story_id IN (\(marks))) d
                    JOIN event r ON r.id = d.event_id JOIN article a ON a.id = r.article_id
                    WHERE d.rank <= ? ORDER BY d.story_id, r.id
                    """, arguments: StatementArguments(Array(chunk)) + [StoryLoader.listedSources])
            {
                denials[row[0], default: []].append((row[1], row[2], row[3], row[4]))
            }
        }
        return denials
    }

    /// Per REJECT event, the actors of its acting side, in order, by id.
    private func deniers(of events: [Int64], db: Database) throws -> [Int64: [Int64]] {
        var deniers: [Int64: [Int64]] = [:]
        for chunk in events.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT p.event_id, en.actor_id FROM event_participant p JOIN entity en ON en.id = p.entity_id
                    WHERE p.event_id IN (\(marks)) AND p.side = 'actor' ORDER BY p.event_id, p.position
                    """, arguments: StatementArguments(Array(chunk)))
            {
                deniers[row[0], default: []].append(row[1])
            }
        }
        return deniers
    }
}
