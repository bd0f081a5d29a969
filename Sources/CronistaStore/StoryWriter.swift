import Cronista
import GRDB

/// Finds or creates the story event an article's event joins, by the rules
/// of ``StoryMatcher``, and keeps the story's merged facts and its
/// participant index up to date.
struct StoryWriter {
    let db: Database

    /// The most candidate stories examined for one event: the newest first.
    static let candidateLimit = 64

    /// The id of the story `facts` joins (a new one when none fits), never
    /// one of `excluding`.
    func join(_ facts: StoryMatcher.Facts, event: Event, published: String?, excluding: Set<Int64>) throws -> Int64 {
        let key = StoryMatcher.matchKey(facts)
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, mode, date, location_name, location_affiliation, status, participants FROM story
                    WHERE type = ? AND match_key = ? AND status IN (?, ?)
                      AND (date IS NULL OR ? IS NULL
                           OR substr(date, 1, length(?)) = substr(?, 1, length(date)))
                    ORDER BY id DESC LIMIT \(Self.candidateLimit)
                    """),
            arguments: Self.arguments(facts, key: key))
        var best: (id: Int64, score: Int, facts: StoryMatcher.Facts)?
        for row in rows {
            let id: Int64 = row["id"]
            if excluding.contains(id) { continue }
            let story = StoryMatcher.Facts(
                type: facts.type, mode: row["mode"], date: row["date"], locationName: row["location_name"],
                locationAffiliation: row["location_affiliation"],
                status: EventStatus(rawValue: row["status"]) ?? .factual,
                participants: StoryMatcher.decode(row["participants"]))
            guard let score = StoryMatcher.agreement(facts, published: published, story: story) else { continue }
            if best == nil || score > best!.score { best = (id, score, story) }
        }
        if let best {
            let merged = StoryMatcher.merged(best.facts, with: facts)
            try db.cachedStatement(
                sql: """
                    UPDATE story SET score = CASE WHEN mode IS NULL AND ? IS NOT NULL THEN ? ELSE score END,
                    cameo = CASE WHEN mode IS NULL AND ? IS NOT NULL THEN ? ELSE cameo END, mode = ?, date = ?, month = ?, location_name = ?, location_affiliation = ?,
                        lat = coalesce(lat, ?), lon = coalesce(lon, ?), status = ?, participants = ?,
                        source_count = source_count + 1 WHERE id = ?
                    """
            ).execute(arguments: [
                facts.mode, event.score, facts.mode, event.cameo, merged.mode, merged.date, PartialDate.month(merged.date), merged.locationName,
                merged.locationAffiliation, event.location?.lat, event.location?.lon, merged.status.rawValue,
                StoryMatcher.encode(merged.participants), best.id,
            ])
            try index(best.id, facts.participants)
            return best.id
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO story (type, mode, date, month, location_name, location_affiliation, lat, lon, status,
                    score, cameo, match_key, participants, source_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """
        ).execute(arguments: [
            facts.type.rawValue, facts.mode, facts.date, PartialDate.month(facts.date), facts.locationName,
            facts.locationAffiliation, event.location?.lat, event.location?.lon, facts.status.rawValue,
            event.score, event.cameo, key, StoryMatcher.encode(facts.participants),
        ])
        let id = db.lastInsertedRowID
        try index(id, facts.participants)
        return id
    }

    private static func arguments(_ facts: StoryMatcher.Facts, key: String) -> StatementArguments {
        let groups: [EventStatus] = StoryMatcher.statusGroup(facts.status) == "factual"
            ? [.factual, .claimed] : [facts.status, facts.status]
        return [facts.type.rawValue, key, groups[0].rawValue, groups[1].rawValue, facts.date, facts.date, facts.date]
    }

    private func index(_ story: Int64, _ participants: [StoryMatcher.Participant]) throws {
        let actor = try db.cachedStatement(
            sql: "INSERT INTO story_actor (story_id, actor_id, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        let country = try db.cachedStatement(
            sql: "INSERT INTO story_country (story_id, country, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        for participant in participants {
            try actor.execute(arguments: [story, participant.actor, participant.side.rawValue])
            try country.execute(arguments: [story, participant.country, participant.side.rawValue])
        }
    }
}
