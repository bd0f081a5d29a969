import Cronista
import GRDB

extension SQLiteStore: StoreBrowsing {
    public func storyPage(_ listing: StoryListing) throws -> [StoryEvent] {
        try pool.read { db in
            let query = listing.query
            let lookup = ActorLookup(db: db)
            var conditions: [String] = []
            var arguments = StatementArguments()
            // An acting country is read from its own index, in date order,
            // with the type and date the index repeats; else stories are read.
            let source: String, story: String
            var actor = query.actor.map(ActorSelector.init)
            if case .code(let code) = actor {
                (source, story) = ("story_country x", "x.story_id")
                conditions.append("x.country = ? AND (x.side = 'actor' OR x.type IN ('CONSULT', 'AGREE', 'COOPERATE'))")
                arguments += [code]
                actor = nil
            } else {
                (source, story) = ("story x", "x.id")
            }
            if let actor {
                let (sql, args) = try lookup.storyIDs(actor, acting: true)
                conditions.append("\(story) IN (\(sql))")
                arguments += args
            }
            if let with = query.with {
                let (sql, args) = try lookup.storyIDs(ActorSelector(with), acting: false)
                conditions.append("\(story) IN (\(sql))")
                arguments += args
            }
            if let type = query.type {
                conditions.append("x.type = ?")
                arguments += [type.rawValue]
            }
            // A date overlaps a bound when they agree at the precision both
            // have; the plain bounds before let the index seek.
            if let from = query.from {
                conditions.append("x.date >= ? AND substr(x.date, 1, length(?)) >= substr(?, 1, length(x.date))")
                arguments += [String(from.prefix(4)), from, from]
            }
            if let to = query.to {
                conditions.append("x.date <= ? AND substr(x.date, 1, length(?)) <= substr(?, 1, length(x.date))")
                arguments += [to + "~", to, to]
            }
            if let status = listing.status {
                conditions.append("(SELECT s.status FROM story s WHERE s.id = \(story)) = ?")
                arguments += [status.rawValue]
            }
            let words = listing.words
            if !words.isEmpty {
                // The full-text index finds the articles holding every word;
                // their events' evidence is then read for the words.
                db.add(function: Self.foldFunction)
                let likes = words.map { _ in "cronista_fold(e.evidence_text) LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
                conditions.append("""
                    \(story) IN (SELECT e.story_id FROM event e WHERE e.article_id IN (
                        SELECT rowid FROM article_search WHERE article_search MATCH ?) AND \(likes))
                    """)
                arguments += [words.map { "\"\($0)\"*" }.joined(separator: " ")]
                for word in words { arguments += ["%" + Self.likeEscaped(word) + "%"] }
            }
            // Keyset paging: undated stories come first, then by date, then by id.
            if let after = listing.after {
                if let date = after.date {
                    conditions.append("(x.date > ? OR (x.date = ? AND \(story) > ?))")
                    arguments += [date, date, after.id]
                } else {
                    conditions.append("(x.date IS NOT NULL OR \(story) > ?)")
                    arguments += [after.id]
                }
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let ids = try Int64.fetchAll(
                db, sql: "SELECT DISTINCT \(story), x.date FROM \(source) \(filter) ORDER BY x.date, \(story) LIMIT ?",
                arguments: arguments + [query.limit])
            return try StoryLoader(db: db).stories(ids)
        }
    }

    public func generation() throws -> Int64 {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM article") ?? 0 }
    }

    public func search(_ text: String, limit: Int, candidates: Int) throws -> [SearchHit] {
        let query = Self.fullTextQuery(text)
        guard !query.isEmpty else { return [] }
        return try pool.read { db in
            // FTS5 walks the matches newest first and scores only those read.
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    WITH recent AS (
                        SELECT rowid AS id, bm25(article_search) AS score FROM article_search
                        WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?)
                    SELECT id FROM recent ORDER BY score, id DESC LIMIT ?
                    """, arguments: [query, max(candidates, limit), limit])
            guard !ids.isEmpty else { return [] }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            var hits: [Int64: SearchHit] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.document_id, a.source, a.title, a.published,
                        snippet(article_search, 1, '[', ']', '…', 16)
                    FROM article_search JOIN article a ON a.id = article_search.rowid
                    WHERE article_search MATCH ? AND article_search.rowid IN (\(marks))
                    """, arguments: [query] + StatementArguments(ids))
            {
                hits[row[0]] = SearchHit(document: row[1], url: row[2], title: row[3], published: row[4], snippet: row[5])
            }
            return ids.compactMap { hits[$0] }
        }
    }

    public func stories(ids: [Int64]) throws -> [StoryEvent] {
        try pool.read { db in try StoryLoader(db: db).stories(ids) }
    }

    /// `cronista_fold(text)`: ``FoldedName/fold(_:)`` in SQL.
    static let foldFunction = DatabaseFunction("cronista_fold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return FoldedName.fold(text)
    }

    /// `text` with LIKE's wildcards and its escape character escaped.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// The condition on `s.id` of the non-negated story events both sides
    /// take part in (codes or names), as `dyad_month` counts them for two countries.
    private static func dyadStories(_ first: String, _ second: String, in db: Database) throws -> (String, StatementArguments) {
        if case .code(let a) = ActorSelector(first), case .code(let b) = ActorSelector(second) {
            // One country's index, each story checked for the other: a third
            // of the work of intersecting both countries' lists.
            return ("""
                s.status <> 'negated' AND s.id IN (SELECT x.story_id FROM story_country x WHERE x.country = ?
                    AND EXISTS (SELECT 1 FROM story_country y WHERE y.story_id = x.story_id AND y.country = ?))
                """, [b, a])
        }
        let lookup = ActorLookup(db: db)
        let (a, aArguments) = try lookup.storyIDs(ActorSelector(first), acting: false)
        let (b, bArguments) = try lookup.storyIDs(ActorSelector(second), acting: false)
        return ("s.status <> 'negated' AND s.id IN (\(a)) AND s.id IN (\(b))", aArguments + bArguments)
    }

    public func dyadMonths(_ first: String, _ second: String) throws -> [DyadMonth] {
        try pool.read { db in
            let (dyad, arguments) = try Self.dyadStories(first, second, in: db)
            // One read of the dyad's stories, counted here.
            var months: [DyadMonth] = []
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT s.month, s.id, s.score FROM story s WHERE s.month IS NOT NULL AND \(dyad) ORDER BY s.month, s.date, s.id",
                arguments: arguments)
            while let row = try rows.next() {
                let month: String = row[0], id: Int64 = row[1], score: Double = row[2]
                if months.last?.month != month {
                    months.append(DyadMonth(month: month, events: 0, cooperative: 0, conflictual: 0, score: 0, stories: []))
                }
                let last = months.count - 1
                months[last].events += 1
                if score > 0 { months[last].cooperative += 1 } else if score < 0 { months[last].conflictual += 1 }
                months[last].score += score
                if months[last].stories.count < Self.storiesPerMonth { months[last].stories.append(id) }
            }
            return months
        }
    }

    public func mostReported(_ first: String, _ second: String, limit: Int) throws -> [StoryEvent] {
        try pool.read { db in
            let (dyad, arguments) = try Self.dyadStories(first, second, in: db)
            let ids = try Int64.fetchAll(
                db, sql: "SELECT s.id FROM story s WHERE \(dyad) ORDER BY s.source_count DESC, s.id LIMIT ?",
                arguments: arguments + [limit])
            return try StoryLoader(db: db).stories(ids)
        }
    }

    public func counterparts(of id: Int64, limit: Int) throws -> [ActorCounterpart] {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH mine AS (SELECT DISTINCT story_id FROM story_actor WHERE actor_id = ?),
                    others AS (
                        SELECT DISTINCT sa.story_id, sa.actor_id FROM mine m JOIN story_actor sa ON sa.story_id = m.story_id
                        WHERE sa.actor_id <> ?)
                    SELECT o.actor_id, COUNT(*), SUM(s.score > 0), SUM(s.score < 0), SUM(s.score)
                    FROM others o JOIN story s ON s.id = o.story_id
                    GROUP BY o.actor_id ORDER BY COUNT(*) DESC, o.actor_id LIMIT ?
                    """, arguments: [id, id, limit])
            let actors = Dictionary(
                try StoryLoader(db: db).actors(rows.map { $0[0] }).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return rows.compactMap { row in
                actors[row[0]].map {
                    ActorCounterpart(actor: $0, events: row[1], cooperative: row[2], conflictual: row[3], score: row[4])
                }
            }
        }
    }

    public func months(of id: Int64) throws -> [DyadMonth] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.month, COUNT(*), SUM(s.score > 0), SUM(s.score < 0), SUM(s.score) FROM story s
                    WHERE s.id IN (SELECT story_id FROM story_actor WHERE actor_id = ?)
                    AND s.month IS NOT NULL AND s.status <> 'negated'
                    GROUP BY s.month ORDER BY s.month
                    """, arguments: [id]
            ).map { DyadMonth(month: $0[0], events: $0[1], cooperative: $0[2], conflictual: $0[3], score: $0[4], stories: []) }
        }
    }
}
