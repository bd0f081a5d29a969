import Cronista
import GRDB

/// Writes one article's analysis inside the writer's transaction: its rows,
/// its global actors, the story events its events join, and the links
/// between its claims and denials.
package struct AnalysisWriter {
    let db: Database

    /// Stores `prepared` and returns its article's row id; nil when its
    /// document was already stored. The caller adds the article to the
    /// full-text index (``indexText(from:through:)``). `batch` carries the transaction's actor resolutions and counts;
    /// ``ActorResolver/flush(_:)`` writes the counts before commit. `index`
    /// holds the stories events may join.
    func write(_ prepared: PreparedAnalysis, batch: inout ActorResolver.Batch, index: inout StoryIndex) throws -> Int64? {
        let analysis = prepared.analysis
        let document = analysis.document
        // The same text already stored under other bytes (an extra newline, CR LF): one article.
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM article WHERE content_hash = ?"), arguments: [prepared.contentHash]) ?? false {
            return nil
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO article (document_id, source, title, published, published_from, variant, text, sentences, boilerplate, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING
                """
        ).execute(arguments: [
            document.id, document.source, document.title, document.published, document.publishedFrom?.rawValue,
            document.variant?.rawValue, document.text, prepared.sentences, prepared.boilerplate, prepared.contentHash,
        ])
        guard db.changesCount > 0 else { return nil }
        let article = db.lastInsertedRowID
        if let credit = document.credit {
            try db.cachedStatement(sql: "UPDATE article SET credit = ? WHERE id = ?").execute(arguments: [credit, article])
        }
        if let lines = prepared.siteLines {
            let count = try db.cachedStatement(
                sql: """
                    INSERT INTO site_line (site, line_key, articles) VALUES (?, ?, 1)
                    ON CONFLICT (site, line_key) DO UPDATE SET articles = articles + 1
                    """)
            for key in lines.keys { try count.execute(arguments: [lines.site, Int64(bitPattern: key)]) }
        }

        let resolver = ActorResolver(db: db)
        var entityRows: [String: Int64] = [:]
        var actors: [String: ActorResolver.Resolved] = [:]
        let insertEntity = try db.cachedStatement(
            sql: """
                INSERT INTO entity (article_id, local_id, type, name, affiliation, sector, role, actor_id, mentions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for ((entity, key), mentions) in zip(zip(analysis.entities, prepared.entityKeys), prepared.entityMentions) {
            let actor = try resolver.resolve(entity, key: key, batch: &batch)
            resolver.record(entity, actor: actor.id, published: document.published, batch: &batch)
            try insertEntity.execute(arguments: [
                article, entity.id, entity.type.rawValue, entity.name, entity.affiliation, entity.sector?.rawValue,
                entity.role, actor.id, mentions,
            ])
            entityRows[entity.id] = db.lastInsertedRowID
            actors[entity.id] = actor
        }

        let insertTimex = try db.cachedStatement(
            sql: "INSERT INTO timex (article_id, position, span_start, span_end, text, value) VALUES (?, ?, ?, ?, ?, ?)")
        for (position, timex) in analysis.timexes.enumerated() {
            try insertTimex.execute(arguments: [article, position, timex.start, timex.end, timex.text, timex.value])
        }
        let insertQuote = try db.cachedStatement(
            sql: """
                INSERT INTO quote (article_id, position, span_start, span_end, text, speaker_entity_id, cue)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, quote) in analysis.quotes.enumerated() {
            try insertQuote.execute(arguments: [
                article, position, quote.start, quote.end, quote.text, quote.speaker.flatMap { entityRows[$0] }, quote.cue,
            ])
        }
        let insertQuantity = try db.cachedStatement(
            sql: """
                INSERT INTO quantity (article_id, position, span_start, span_end, text, value, unit, approx)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, quantity) in analysis.quantities.enumerated() {
            try insertQuantity.execute(arguments: [
                article, position, quantity.start, quantity.end, quantity.text, quantity.value, quantity.unit, quantity.approx,
            ])
        }

        var eventRows: [String: Int64] = [:]
        var eventStories: [String: Int64] = [:]
        var storiesTaken = Set<Int64>()
        let stories = StoryWriter(db: db)
        for (event, date) in zip(analysis.events, prepared.eventDates) {
            let participants = Self.participants(of: event, actors: actors)
            var story: Int64?
            if !participants.isEmpty {
                let facts = StoryMatcher.Facts(
                    type: event.type, mode: event.mode, date: date,
                    locationName: event.location?.name, locationAffiliation: event.location?.affiliation,
                    status: event.status, participants: participants,
                    isClaim: StoryWriter.isClaim(event), score: event.score)
                let id = try stories.join(
                    facts, event: event, published: document.published, excluding: storiesTaken, index: &index,
                    storyCounts: &batch.stories)
                storiesTaken.insert(id)
                eventStories[event.id] = id
                story = id
            }
            eventRows[event.id] = try insert(event, article: article, story: story, entities: entityRows)
        }
        let insertLink = try db.cachedStatement(
            sql: "INSERT INTO event_link (from_event_id, to_event_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        for link in prepared.links {
            guard let from = eventRows[link.from], let to = eventRows[link.to] else { continue }
            try insertLink.execute(arguments: [from, to, link.kind.rawValue])
        }
        try file(prepared.filings, stories: eventStories, rows: eventRows, actors: actors)
        return article
    }

    /// Adds the articles with row ids `first` through `last` to the
    /// full-text index, in one statement: FTS5 writes its pending terms out
    /// as a new segment at every statement of the transaction, so articles
    /// indexed one by one, between the other rows, would leave a segment
    /// each to merge.
    func indexText(from first: Int64, through last: Int64) throws {
        try db.execute(
            sql: "INSERT INTO article_search (rowid, title, text) SELECT id, title, text FROM article WHERE id BETWEEN ? AND ?",
            arguments: [first, last])
    }

    /// Files, per claim story, its claimants and the denials answering it.
    private func file(
        _ filings: ClaimLinker.Filings, stories: [String: Int64], rows: [String: Int64],
        actors: [String: ActorResolver.Resolved]
    ) throws {
        let claimant = try db.cachedStatement(
            sql: "INSERT INTO story_claimant (story_id, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        let denial = try db.cachedStatement(
            sql: "INSERT INTO story_denial (story_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        for (event, entity) in filings.claimants {
            if let story = stories[event], let actor = actors[entity] { try claimant.execute(arguments: [story, actor.id]) }
        }
        for (event, claim) in filings.denials {
            if let story = stories[claim], let row = rows[event] { try denial.execute(arguments: [story, row]) }
        }
    }

    private func insert(_ event: Event, article: Int64, story: Int64?, entities: [String: Int64]) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO event (article_id, story_id, local_id, type, mode, date, date_precision, location_name,
                    location_affiliation, lat, lon, status, source_entity_id, score, cameo, trigger_start, trigger_end,
                    trigger_text, evidence_start, evidence_end, evidence_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article, story, event.id, event.type.rawValue, event.mode, event.date, event.datePrecision?.rawValue,
            event.location?.name, event.location?.affiliation, event.location?.lat, event.location?.lon,
            event.status.rawValue, event.source.flatMap { entities[$0] }, event.score, event.cameo,
            event.trigger.start, event.trigger.end, event.trigger.text,
            event.evidence.start, event.evidence.end, event.evidence.text,
        ])
        let row = db.lastInsertedRowID
        let participant = try db.cachedStatement(
            sql: "INSERT INTO event_participant (event_id, side, position, entity_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        for (side, ids) in [("actor", event.actors), ("recipient", event.recipients)] {
            for (position, id) in ids.enumerated() {
                guard let entity = entities[id] else { continue }
                try participant.execute(arguments: [row, side, position, entity])
            }
        }
        return row
    }

    package static func participants(of event: Event, actors: [String: ActorResolver.Resolved]) -> [StoryMatcher.Participant] {
        var result: [StoryMatcher.Participant] = []
        for (side, ids) in [(StoryMatcher.Side.actor, event.actors), (.recipient, event.recipients)] {
            for id in ids {
                guard let actor = actors[id] else { continue }
                let participant = StoryMatcher.Participant(
                    actor: actor.id, country: actor.affiliation ?? "#\(actor.id)",
                    specific: actor.type != .geopolitical && actor.type != .location, side: side)
                if !result.contains(participant) { result.append(participant) }
            }
        }
        return result
    }
}
