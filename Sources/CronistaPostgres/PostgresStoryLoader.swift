import Cronista
import CronistaStore

/// Reads story events, with their actors and sources, by id (as
/// ``StoryLoader`` does for SQLite).
struct PostgresStoryLoader {
    let session: PostgresSession

    /// The stories with these ids, in the order given, each with its first
    /// `sourceLimit` sources (all when nil).
    func stories(_ ids: [Int64], sourceLimit: Int? = StoryLoader.listedSources) throws -> [StoryEvent] {
        guard !ids.isEmpty else { return [] }
        var stories: [Int64: StoryEvent] = [:]
        for row in try session.query(
            """
            SELECT id, type, mode, date, location_name, location_affiliation, lat, lon, status, score, cameo, source_count
            FROM story WHERE id = ANY(?)
            """, [.ints(ids)])
        {
            let id = try row.int64(0)
            let location = try row.stringOrNil(4).map {
                EventLocation(name: $0, affiliation: try row.stringOrNil(5), lat: try row.doubleOrNil(6), lon: try row.doubleOrNil(7))
            }
            stories[id] = StoryEvent(
                id: id, type: EventType(rawValue: try row.string(1)) ?? .consult, mode: try row.stringOrNil(2),
                date: try row.stringOrNil(3), location: location, status: EventStatus(rawValue: try row.string(8)) ?? .factual,
                score: try row.double(9), cameo: try row.stringOrNil(10), actors: [], recipients: [], sources: [],
                sourceCount: try row.int(11))
        }
        for row in try session.query(
            """
            SELECT sa.story_id, sa.side, a.id, a.name, a.type, a.affiliation, a.sector FROM story_actor sa
            JOIN actor a ON a.id = sa.actor_id WHERE sa.story_id = ANY(?) ORDER BY sa.story_id, a.type DESC, a.id
            """, [.ints(ids)])
        {
            let story = try row.int64(0)
            let actor = try Self.actor(row, from: 2)
            if try row.string(1) == "actor" { stories[story]?.actors.append(actor) } else { stories[story]?.recipients.append(actor) }
        }
        for row in try session.query(
            """
            SELECT e.story_id, a.document_id, a.source, a.published, e.date, e.status, e.evidence_text
            FROM (SELECT id, story_id, article_id, date, status, evidence_text,
                      ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY id) AS rank
                  FROM event WHERE story_id = ANY(?)) e
            JOIN article a ON a.id = e.article_id WHERE e.rank <= ? ORDER BY e.id
            """, [.ints(ids), .int(Int64(sourceLimit ?? Int(Int64.max)))])
        {
            stories[try row.int64(0)]?.sources.append(
                StorySource(
                    document: try row.string(1), url: try row.string(2), published: try row.stringOrNil(3), date: try row.stringOrNil(4),
                    status: EventStatus(rawValue: try row.string(5)) ?? .factual, evidence: try row.string(6)))
        }
        return ids.compactMap { stories[$0] }
    }

    /// An actor from the columns id, name, type, affiliation, sector starting at `index`.
    static func actor(_ row: SQLRow, from index: Int) throws -> ActorRef {
        ActorRef(
            id: try row.int64(index), name: try row.string(index + 1), type: EntityType(rawValue: try row.string(index + 2)) ?? .organization,
            affiliation: try row.stringOrNil(index + 3), sector: try row.stringOrNil(index + 4).flatMap(Sector.init(rawValue:)))
    }

    /// The actors with these ids, in the order given.
    func actors(_ ids: [Int64]) throws -> [ActorRef] {
        guard !ids.isEmpty else { return [] }
        var byID: [Int64: ActorRef] = [:]
        for row in try session.query("SELECT id, name, type, affiliation, sector FROM actor WHERE id = ANY(?)", [.ints(ids)]) {
            let actor = try Self.actor(row, from: 0)
            byID[actor.id] = actor
        }
        return ids.compactMap { byID[$0] }
    }
}

/// Finds global actors by a name as a user types it, and turns an
/// ``ActorSelector`` into SQL (as ``ActorLookup`` does for SQLite).
struct PostgresActorLookup {
    let session: PostgresSession

    /// Actors one of whose names is `name` or starts with it (folded), or,
    /// for people, names the same person by ``NameMatcher``.
    func actors(named name: String) throws -> [Int64] {
        let folded = FoldedName.fold(name)
        var ids = Set(
            try session.query(
                "SELECT DISTINCT actor_id FROM actor_alias WHERE folded >= ? AND folded < ?",
                [.text(folded), .text(FoldedName.upperBound(folded))]
            ).map { try $0.int64(0) })
        let query = NameMatcher.Name(name)
        let parts = Set(NameMatcher.parts(name).map { NameMatcher.skeleton($0) }).filter { !$0.isEmpty }
        if !parts.isEmpty {
            for row in try session.query(
                "SELECT a.id, a.name FROM actor_part p JOIN actor a ON a.id = p.actor_id WHERE p.skeleton = ANY(?)",
                [.texts(parts.sorted())])
            where NameMatcher.sameEntity(query, NameMatcher.Name(try row.string(1))) {
                ids.insert(try row.int64(0))
            }
        }
        return ids.sorted()
    }

    /// A subquery of story ids where `selector` takes part: on the acting
    /// side (or either side of a meeting, agreement or cooperation) when
    /// `acting`, else on any side.
    func storyIDs(_ selector: ActorSelector, acting: Bool) throws -> (sql: String, arguments: [SQLValue]) {
        let side = acting
            ? " AND (x.side = 'actor' OR EXISTS (SELECT 1 FROM story s2 WHERE s2.id = x.story_id AND s2.type IN ('CONSULT', 'AGREE', 'COOPERATE')))"
            : ""
        switch selector {
        case .code(let code):
            return ("SELECT x.story_id FROM story_country x WHERE x.country = ?" + side, [.text(code)])
        case .name(let name):
            let ids = try actors(named: name)
            guard !ids.isEmpty else { return ("SELECT NULL::bigint WHERE false", []) }
            return ("SELECT x.story_id FROM story_actor x WHERE x.actor_id = ANY(?)" + side, [.ints(ids)])
        }
    }
}
