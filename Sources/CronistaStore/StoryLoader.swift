import Cronista
import GRDB

/// Reads story events, with their actors and sources, by id.
package struct StoryLoader {
    let db: Database

    /// The most sources listed per story by queries; exports list all.
    package static let listedSources = 20

    /// The stories with these ids, in the order given, each with its first
    /// `sourceLimit` sources (all when nil).
    func stories(_ ids: [Int64], sourceLimit: Int? = StoryLoader.listedSources) throws -> [StoryEvent] {
        guard !ids.isEmpty else { return [] }
        var stories: [Int64: StoryEvent] = [:]
        for chunk in ids.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let arguments = StatementArguments(Array(chunk))
            for row in try Row.fetchAll(db, sql: "SELECT * FROM story WHERE id IN (\(marks))", arguments: arguments) {
                let id: Int64 = row["id"]
                stories[id] = StoryEvent(
                    id: id, type: EventType(rawValue: row["type"]) ?? .consult, mode: row["mode"], date: row["date"],
                    location: (row["location_name"] as String?).map {
                        EventLocation(name: $0, affiliation: row["location_affiliation"], lat: row["lat"], lon: row["lon"])
                    },
                    status: EventStatus(rawValue: row["status"]) ?? .factual, score: row["score"], cameo: row["cameo"],
                    actors: [], recipients: [], sources: [], sourceCount: row["source_count"])
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT sa.story_id, sa.side, a.id, a.name, a.type, a.affiliation, a.sector FROM story_actor sa
                    JOIN actor a ON a.id = sa.actor_id WHERE sa.story_id IN (\(marks)) ORDER BY sa.story_id, a.type DESC, a.id
                    """, arguments: arguments)
            {
                let story: Int64 = row[0]
                let actor = Self.actor(row, from: 2)
                if (row[1] as String) == "actor" { stories[story]?.actors.append(actor) }
                else { stories[story]?.recipients.append(actor) }
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT e.story_id, a.document_id, a.source, a.published, e.date, e.status, e.evidence_text
                    FROM (SELECT id, story_id, article_id, date, status, evidence_text,
                              ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY id) AS rank
                          FROM event WHERE story_id IN (\(marks))) e
                    JOIN article a ON a.id = e.article_id WHERE e.rank <= ? ORDER BY e.id
                    """, arguments: arguments + [sourceLimit ?? Int.max])
            {
                let story: Int64 = row[0]
                stories[story]?.sources.append(
                    StorySource(
                        document: row[1], url: row[2], published: row[3], date: row[4],
                        status: EventStatus(rawValue: row[5]) ?? .factual, evidence: row[6]))
            }
        }
        return ids.compactMap { stories[$0] }
    }

    /// An actor from the columns id, name, type, affiliation, sector starting at `index`.
    static func actor(_ row: Row, from index: Int) -> ActorRef {
        ActorRef(
            id: row[index], name: row[index + 1], type: EntityType(rawValue: row[index + 2]) ?? .organization,
            affiliation: row[index + 3], sector: (row[index + 4] as String?).flatMap(Sector.init(rawValue:)))
    }

    /// The actors with these ids.
    func actors(_ ids: [Int64]) throws -> [ActorRef] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, name, type, affiliation, sector FROM actor WHERE id IN (\(marks))",
            arguments: StatementArguments(ids))
        let byID = Dictionary(rows.map { (($0[0] as Int64), Self.actor($0, from: 0)) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }
}
