import Cronista
import GRDB

/// Finds global actors by a name as a user types it ("Lavrov", "Serguei
/// Lavrov", "Casa Branca"), and turns an ``ActorSelector`` into SQL.
struct ActorLookup {
    let db: Database

    /// Actors one of whose names is `name` or starts with it (folded), or,
    /// for people, names the same person by ``NameMatcher``.
    func actors(named name: String) throws -> [Int64] {
        let folded = FoldedName.fold(name)
        var ids = Set(
            try Int64.fetchAll(
                db, sql: "SELECT DISTINCT actor_id FROM actor_alias WHERE folded >= ? AND folded < ?",
                arguments: [folded, FoldedName.upperBound(folded)]))
        let query = NameMatcher.Name(name)
        for part in Set(NameMatcher.parts(name).map { NameMatcher.skeleton($0) }) where !part.isEmpty {
            for row in try Row.fetchAll(
                db,
                sql: "SELECT a.id, a.name FROM actor_part p JOIN actor a ON a.id = p.actor_id WHERE p.skeleton = ?",
                arguments: [part])
            where NameMatcher.sameEntity(query, NameMatcher.Name(row[1] as String)) {
                ids.insert(row[0])
            }
        }
        return ids.sorted()
    }

    /// A subquery of story ids where `selector` takes part: on the acting
    /// side (or either side of a meeting, agreement or cooperation) when
    /// `acting`, else on any side.
    func storyIDs(_ selector: ActorSelector, acting: Bool) throws -> (sql: String, arguments: StatementArguments) {
        let side = acting
            ? " AND (x.side = 'actor' OR EXISTS (SELECT 1 FROM story s2 WHERE s2.id = x.story_id AND s2.type IN ('CONSULT', 'AGREE', 'COOPERATE')))"
            : ""
        switch selector {
        case .code(let code):
            return ("SELECT x.story_id FROM story_country x WHERE x.country = ?" + side, [code])
        case .name(let name):
            let ids = try actors(named: name)
            guard !ids.isEmpty else { return ("SELECT NULL WHERE 1 = 0", []) }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return ("SELECT x.story_id FROM story_actor x WHERE x.actor_id IN (\(marks))" + side, StatementArguments(ids))
        }
    }
}
