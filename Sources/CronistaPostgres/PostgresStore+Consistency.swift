import CronistaStore

extension PostgresStore {
    /// What does not add up in the store, one line per kind of problem (none
    /// when the writers kept it consistent): articles stored twice, story
    /// source counts that are not their reports, dyad months that are not
    /// their stories', actor story counts that are not their stories.
    /// Tests run it after concurrent ingests.
    public func consistencyProblems() throws -> [String] {
        let checks: [(String, String)] = [
            ("articles stored twice (document id)", "SELECT count(*) - count(DISTINCT document_id) FROM article"),
            ("articles stored twice (content hash)", "SELECT count(content_hash) - count(DISTINCT content_hash) FROM article"),
            ("stories whose source count is not their reports", """
                SELECT count(*) FROM story s
                WHERE s.source_count <> (SELECT count(*) FROM event e WHERE e.story_id = s.id)
                """),
            ("events in a missing story", "SELECT count(*) FROM event e WHERE e.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story s WHERE s.id = e.story_id)"),
            ("actors whose story count is not their stories", """
                SELECT count(*) FROM actor a
                WHERE a.story_count <> (SELECT count(DISTINCT story_id) FROM story_actor sa WHERE sa.actor_id = a.id)
                """),
            ("dyad months that are not their stories'", """
                SELECT count(*) FROM (
                    (SELECT first, second, month, events FROM dyad_month WHERE events <> 0
                     EXCEPT
                     SELECT a.country, b.country, s.month, count(*) FROM story s
                     JOIN (SELECT DISTINCT story_id, country FROM story_country) a ON a.story_id = s.id
                     JOIN (SELECT DISTINCT story_id, country FROM story_country) b ON b.story_id = s.id AND b.country >= a.country
                     WHERE s.month IS NOT NULL AND s.status <> 'negated' GROUP BY a.country, b.country, s.month)
                    UNION ALL
                    (SELECT a.country, b.country, s.month, count(*) FROM story s
                     JOIN (SELECT DISTINCT story_id, country FROM story_country) a ON a.story_id = s.id
                     JOIN (SELECT DISTINCT story_id, country FROM story_country) b ON b.story_id = s.id AND b.country >= a.country
                     WHERE s.month IS NOT NULL AND s.status <> 'negated' GROUP BY a.country, b.country, s.month
                     EXCEPT
                     SELECT first, second, month, events FROM dyad_month WHERE events <> 0)) x
                """),
        ]
        return try pool.with { session in
            try checks.compactMap { name, sql in
                let count = try session.scalar(sql) ?? 0
                return count == 0 ? nil : "\(count) \(name)"
            }
        }
    }
}
