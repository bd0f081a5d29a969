import GRDB

/// The timeline of every pair of countries, kept at ingest in `dyad_month`:
/// per pair (in code order, a country also paired with itself) and month,
/// the stories both take part in and their summed score. Negated and
/// undated stories are left out, as `timeline` leaves them out.
///
/// The writer records a story when it is created and, when a report
/// changes its month, countries or score, takes out what it counted
/// before and counts it anew, in the same transaction.
package struct DyadMonths {
    let db: Database

    /// Counts `story` once (`sign` 1) or takes it out (`sign` -1).
    func record(_ story: StoryMatcher.Facts, sign: Int) throws {
        guard story.status != .negated, let month = PartialDate.month(story.date) else { return }
        let countries = Set(story.participants.map(\.country)).sorted()
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO dyad_month (first, second, month, events, score) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (first, second, month) DO UPDATE SET
                    events = dyad_month.events + excluded.events, score = dyad_month.score + excluded.score
                """)
        for (index, first) in countries.enumerated() {
            for second in countries[index...] {
                try upsert.execute(arguments: [first, second, month, sign, Double(sign) * story.score])
            }
        }
    }

    /// Whether what `story` counts for differs from what `before` counted for.
    package static func changed(_ before: StoryMatcher.Facts, _ story: StoryMatcher.Facts) -> Bool {
        PartialDate.month(before.date) != PartialDate.month(story.date) || before.score != story.score
            || before.participants.count != story.participants.count
    }
}
