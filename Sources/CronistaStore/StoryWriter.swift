import Cronista
import GRDB

/// Finds or creates the story event an article's event joins, by the rules
/// of ``StoryMatcher``, and keeps the story's merged facts and its
/// participant index up to date.
struct StoryWriter {
    let db: Database

    /// Whether an event makes its story a claim: an allegation or an accusation.
    static func isClaim(_ event: Event) -> Bool { event.status == .claimed || event.type == .accuse }

    /// The most candidate stories examined for one event: the newest first.
    static let candidateLimit = 64

    /// The id of the story `facts` joins (a new one when none fits), never
    /// one of `excluding`.
    func join(_ facts: StoryMatcher.Facts, event: Event, published: String?, excluding: Set<Int64>) throws -> Int64 {
        let key = StoryMatcher.matchKey(facts)
        let rows = try candidates(facts, key: key)
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
                        source_count = source_count + 1, is_claim = CASE WHEN ? THEN 1 ELSE is_claim END WHERE id = ?
                    """
            ).execute(arguments: [
                facts.mode, event.score, facts.mode, event.cameo, merged.mode, merged.date, PartialDate.month(merged.date), merged.locationName,
                merged.locationAffiliation, event.location?.lat, event.location?.lon, merged.status.rawValue,
                StoryMatcher.encode(merged.participants), Self.isClaim(event), best.id,
            ])
            try index(best.id, facts.participants.filter { !best.facts.participants.contains($0) })
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
            event.score, event.cameo, key, StoryMatcher.encode(facts.participants), Self.isClaim(event),
        ])
        let id = db.lastInsertedRowID
        try index(id, facts.participants)
        return id
    }

    /// Stories of the same type and participant countries whose date may
    /// be the event's: each found by an index seek, newest first.
    private func candidates(_ facts: StoryMatcher.Facts, key: String) throws -> [Row] {
        let columns = "id, mode, date, location_name, location_affiliation, status, participants"
        let limit = Self.candidateLimit
        guard let date = facts.date else {
            return try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT \(columns) FROM story WHERE type = ? AND match_key = ? ORDER BY id DESC LIMIT \(limit)"),
                arguments: [facts.type.rawValue, key])
        }
        var rows: [Row] = []
        // Undated stories, stories dated at the event's date or a prefix of it, and stories within it.
        rows += try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT \(columns) FROM story WHERE type = ? AND match_key = ? AND date IS NULL ORDER BY id DESC LIMIT \(limit / 4)"),
            arguments: [facts.type.rawValue, key])
        // One seek per prefix, each in index order (newest first), so no sort.
        let exact = try db.cachedStatement(
            sql: "SELECT \(columns) FROM story WHERE type = ? AND match_key = ? AND date = ? ORDER BY id DESC LIMIT \(limit / 4)")
        for length in [4, 7, 10] where length <= date.count {
            rows += try Row.fetchAll(exact, arguments: [facts.type.rawValue, key, String(date.prefix(length))])
        }
        guard date.count < 10 else { return rows }
        rows += try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT \(columns) FROM story WHERE type = ? AND match_key = ? AND date > ? AND date < ? LIMIT \(limit)"),
            arguments: [facts.type.rawValue, key, date + "-", date + "-\u{10FFFF}"])
        return rows
    }

    /// Adds the participants to the story's actor and country index, and
    /// counts the story once for each actor new to it.
    private func index(_ story: Int64, _ participants: [StoryMatcher.Participant]) throws {
        let known = try db.cachedStatement(sql: "SELECT 1 FROM story_actor WHERE story_id = ? AND actor_id = ? LIMIT 1")
        let count = try db.cachedStatement(sql: "UPDATE actor SET story_count = story_count + 1 WHERE id = ?")
        let actor = try db.cachedStatement(
            sql: "INSERT INTO story_actor (story_id, actor_id, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        let country = try db.cachedStatement(
            sql: "INSERT INTO story_country (story_id, country, side) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        for participant in participants {
            if try Int.fetchOne(known, arguments: [story, participant.actor]) == nil {
                try count.execute(arguments: [participant.actor])
            }
            try actor.execute(arguments: [story, participant.actor, participant.side.rawValue])
            try country.execute(arguments: [story, participant.country, participant.side.rawValue])
        }
    }
}
