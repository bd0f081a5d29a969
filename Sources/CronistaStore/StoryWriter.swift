import Cronista
import GRDB

/// Finds or creates the story event an article's event joins, by the rules
/// of ``StoryMatcher``, and keeps the story's merged facts and its
/// participant index up to date.
package struct StoryWriter {
    let db: Database

    /// Whether an event makes its story a claim: an allegation or an accusation.
    package static func isClaim(_ event: Event) -> Bool { event.status == .claimed || event.type == .accuse }

    /// The most candidate stories examined for one event: the newest first.
    package static let candidateLimit = 64

    /// The id of the story `facts` joins (a new one when none fits), never
    /// one of `excluding`. Candidates come from `index`, which is kept up
    /// to date; `storyCounts` gathers, per actor, the stories it is new to.
    func join(
        _ facts: StoryMatcher.Facts, event: Event, published: String?, excluding: Set<Int64>,
        index: inout StoryIndex, storyCounts: inout [Int64: Int]
    ) throws -> Int64 {
        let key = StoryMatcher.matchKey(facts)
        var best: (id: Int64, score: Int, facts: StoryMatcher.Facts)?
        for (id, story) in try index.candidates(facts, key: key, limit: Self.candidateLimit, db: db) {
            if excluding.contains(id) { continue }
            guard let score = StoryMatcher.agreement(facts, published: published, story: story) else { continue }
            if best == nil || score > best!.score { best = (id, score, story) }
        }
        if let best {
            let merged = StoryMatcher.merged(best.facts, with: facts)
            // Only what changed is written: the date and claim flag are
            // indexed, and most reports leave them as they were.
            try db.cachedStatement(
                sql: """
                    UPDATE story SET score = ?, cameo = CASE WHEN mode IS NULL AND ? IS NOT NULL THEN ? ELSE cameo END, mode = ?,
                        location_name = ?, location_affiliation = ?, lat = coalesce(lat, ?), lon = coalesce(lon, ?),
                        status = ?, participants = ?, source_count = source_count + 1
                    WHERE id = ?
                    """
            ).execute(arguments: [
                merged.score, facts.mode, event.cameo, merged.mode, merged.locationName,
                merged.locationAffiliation, event.location?.lat, event.location?.lon, merged.status.rawValue,
                StoryMatcher.encode(merged.participants), best.id,
            ])
            if merged.date != best.facts.date || merged.isClaim != best.facts.isClaim {
                try db.cachedStatement(sql: "UPDATE story SET date = ?, month = ?, is_claim = ? WHERE id = ?")
                    .execute(arguments: [merged.date, PartialDate.month(merged.date), merged.isClaim, best.id])
                try db.cachedStatement(sql: "UPDATE story_country SET date = ?, is_claim = ? WHERE story_id = ?")
                    .execute(arguments: [merged.date, merged.isClaim, best.id])
            }
            try self.index(best.id, facts.participants, known: best.facts.participants, story: merged, storyCounts: &storyCounts)
            if DyadMonths.changed(best.facts, merged) {
                try DyadMonths(db: db).record(best.facts, sign: -1)
                try DyadMonths(db: db).record(merged, sign: 1)
            }
            index.update(best.id, merged, key: key)
            return best.id
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO story (type, mode, date, month, location_name, location_affiliation, lat, lon, status,
                    score, cameo, match_key, participants, source_count, is_claim)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                """
        ).execute(arguments: [
            facts.type.rawValue, facts.mode, facts.date, PartialDate.month(facts.date), facts.locationName,
            facts.locationAffiliation, event.location?.lat, event.location?.lon, facts.status.rawValue,
            facts.score, event.cameo, key, StoryMatcher.encode(facts.participants), facts.isClaim,
        ])
        let id = db.lastInsertedRowID
        try self.index(id, facts.participants, known: [], story: facts, storyCounts: &storyCounts)
        try DyadMonths(db: db).record(facts, sign: 1)
        index.add(id, facts, key: key)
        return id
    }

    /// Adds the participants not `known` to the story to its actor and
    /// country index (with the story's type, date and claim flag), and
    /// counts the story once for each actor new to it.
    private func index(
        _ id: Int64, _ participants: [StoryMatcher.Participant], known: [StoryMatcher.Participant],
        story: StoryMatcher.Facts, storyCounts: inout [Int64: Int]
    ) throws {
        let actor = try db.cachedStatement(
            sql: "INSERT INTO story_actor (story_id, actor_id, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        let country = try db.cachedStatement(
            sql: """
                INSERT INTO story_country (story_id, country, side, type, date, is_claim) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
        var seen = known
        for participant in participants where !seen.contains(participant) {
            if !seen.contains(where: { $0.actor == participant.actor }) { storyCounts[participant.actor, default: 0] += 1 }
            if !seen.contains(where: { $0.actor == participant.actor && $0.side == participant.side }) {
                try actor.execute(arguments: [id, participant.actor, participant.side.rawValue])
            }
            if !seen.contains(where: { $0.country == participant.country && $0.side == participant.side }) {
                try country.execute(arguments: [
                    id, participant.country, participant.side.rawValue, story.type.rawValue, story.date, story.isClaim,
                ])
            }
            seen.append(participant)
        }
    }
}
