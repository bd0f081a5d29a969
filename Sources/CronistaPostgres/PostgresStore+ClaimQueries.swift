import Cronista
import CronistaStore

extension PostgresStore {
    public func claims(about: String?, limit: Int) throws -> [Claim] {
        try pool.with { session in
            let ids: [Int64]
            switch about.map(ActorSelector.init) {
            case .code(let code):
                ids = try session.query(
                    """
                    SELECT DISTINCT story_id, date FROM story_country WHERE country = ? AND is_claim = 1
                    ORDER BY date NULLS FIRST, story_id LIMIT ?
                    """, [.text(code), .int(Int64(limit))]
                ).map { try $0.int64(0) }
            case let selector:
                var filter = ""
                var arguments: [SQLValue] = []
                if let selector {
                    let (sql, args) = try PostgresActorLookup(session: session).storyIDs(selector, acting: false)
                    filter = "AND s.id IN (\(sql))"
                    arguments += args
                }
                ids = try session.query(
                    "SELECT s.id FROM story s WHERE s.is_claim = 1 \(filter) ORDER BY s.date NULLS FIRST, s.id LIMIT ?",
                    arguments + [.int(Int64(limit))]
                ).map { try $0.int64(0) }
            }
            let loader = PostgresStoryLoader(session: session)
            let stories = try loader.stories(ids)
            var claimants: [Int64: [Int64]] = [:]
            for row in try session.query(
                "SELECT story_id, actor_id FROM story_claimant WHERE story_id = ANY(?) ORDER BY story_id, actor_id", [.ints(ids)])
            {
                claimants[try row.int64(0), default: []].append(try row.int64(1))
            }
            var denials: [Int64: [(event: Int64, date: String?, evidence: String, url: String)]] = [:]
            for row in try session.query(
                """
                SELECT d.story_id, r.id, r.date, r.evidence_text, a.source
                FROM (SELECT story_id, event_id, ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY event_id) AS rank
                      FROM story_denial WHERE story_id = ANY(?)) d
                JOIN event r ON r.id = d.event_id JOIN article a ON a.id = r.article_id
                WHERE d.rank <= ? ORDER BY d.story_id, r.id
                """, [.ints(ids), .int(Int64(StoryLoader.listedSources))])
            {
                denials[try row.int64(0), default: []].append(
                    (try row.int64(1), try row.stringOrNil(2), try row.string(3), try row.string(4)))
            }
            var deniers: [Int64: [Int64]] = [:]
            let denialEvents = denials.values.flatMap { $0.map(\.event) }
            if !denialEvents.isEmpty {
                for row in try session.query(
                    """
                    SELECT p.event_id, en.actor_id FROM event_participant p JOIN entity en ON en.id = p.entity_id
                    WHERE p.event_id = ANY(?) AND p.side = 'actor' ORDER BY p.event_id, p.position
                    """, [.ints(denialEvents)])
                {
                    deniers[try row.int64(0), default: []].append(try row.int64(1))
                }
            }
            var actorIDs = Set(claimants.values.joined())
            actorIDs.formUnion(deniers.values.joined())
            let actors = Dictionary(try loader.actors(actorIDs.sorted()).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
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
}
