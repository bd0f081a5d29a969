import Cronista
import CronistaStore

/// Writes one batch inside the writer's transaction, under the writer
/// lock: what ``AnalysisWriter`` does article by article for SQLite, in
/// the same order and with the same outcome (row ids included), but
/// gathered in memory and sent in a few bulk statements.
///
/// 1. Articles already stored (document id or ``ContentHash``), or repeated
///    within the batch, are skipped.
/// 2. Every entity resolves to a global actor (``PostgresActorResolver``).
/// 3. Every event joins a story (``PostgresStoryWriter``), and claims are linked.
/// 4. The rows are written, table by table.
struct PostgresBatchWriter {
    let session: PostgresSession

    /// The next free id of each table with one (writers are serialised, so
    /// the largest id read under the lock stays the largest).
    private struct NextIDs {
        var article, actor, entity, story, event: Int64
    }

    private var articles = BulkRows(
        "article",
        [("id", .bigint), ("document_id", .text), ("source", .text), ("title", .text), ("published", .text),
         ("published_from", .text), ("variant", .text), ("text", .text), ("sentences", .text), ("boilerplate", .text),
         ("content_hash", .text), ("credit", .text)])
    private var entities = BulkRows(
        "entity",
        [("id", .bigint), ("article_id", .bigint), ("local_id", .text), ("type", .text), ("name", .text), ("affiliation", .text),
         ("sector", .text), ("role", .text), ("actor_id", .bigint), ("mentions", .text)])
    private var timexes = BulkRows(
        "timex", [("article_id", .bigint), ("position", .bigint), ("span_start", .bigint), ("span_end", .bigint), ("text", .text), ("value", .text)])
    private var quotes = BulkRows(
        "quote",
        [("article_id", .bigint), ("position", .bigint), ("span_start", .bigint), ("span_end", .bigint), ("text", .text),
         ("speaker_entity_id", .bigint), ("cue", .text)])
    private var quantities = BulkRows(
        "quantity",
        [("article_id", .bigint), ("position", .bigint), ("span_start", .bigint), ("span_end", .bigint), ("text", .text),
         ("value", .float8), ("unit", .text), ("approx", .text)])
    private var events = BulkRows(
        "event",
        [("id", .bigint), ("article_id", .bigint), ("story_id", .bigint), ("local_id", .text), ("type", .text), ("mode", .text),
         ("date", .text), ("date_precision", .text), ("location_name", .text), ("location_affiliation", .text), ("lat", .float8),
         ("lon", .float8), ("status", .text), ("source_entity_id", .bigint), ("score", .float8), ("cameo", .text),
         ("trigger_start", .bigint), ("trigger_end", .bigint), ("trigger_text", .text), ("evidence_start", .bigint),
         ("evidence_end", .bigint), ("evidence_text", .text)])
    private var participants = BulkRows(
        "event_participant", [("event_id", .bigint), ("side", .text), ("position", .bigint), ("entity_id", .bigint)],
        conflict: "ON CONFLICT DO NOTHING")
    private var links = BulkRows(
        "event_link", [("from_event_id", .bigint), ("to_event_id", .bigint), ("kind", .text)], conflict: "ON CONFLICT DO NOTHING")
    private var claimants = BulkRows(
        "story_claimant", [("story_id", .bigint), ("actor_id", .bigint)], conflict: "ON CONFLICT DO NOTHING")
    private var denials = BulkRows(
        "story_denial", [("story_id", .bigint), ("event_id", .bigint)], conflict: "ON CONFLICT DO NOTHING")
    private var siteLines: [SiteLineKey: Int64] = [:]
    private var siteLineOrder: [SiteLineKey] = []

    private struct SiteLineKey: Hashable {
        var site: String
        var key: UInt64
    }

    init(session: PostgresSession) { self.session = session }

    /// Writes `analyses`, skipping those already stored; `index` holds the stories events may join.
    mutating func write(_ analyses: [PreparedAnalysis], index: inout PostgresStoryIndex) throws -> StoreReceipt {
        var receipt = StoreReceipt()
        let accepted = try fresh(analyses, receipt: &receipt)
        guard !accepted.isEmpty else { return receipt }
        let maxima = try session.query(
            """
            SELECT (SELECT coalesce(max(id), 0) FROM article), (SELECT coalesce(max(id), 0) FROM actor),
                (SELECT coalesce(max(id), 0) FROM entity), (SELECT coalesce(max(id), 0) FROM story),
                (SELECT coalesce(max(id), 0) FROM event)
            """)[0]
        var next = NextIDs(
            article: try maxima.int64(0) + 1, actor: try maxima.int64(1) + 1, entity: try maxima.int64(2) + 1,
            story: try maxima.int64(3) + 1, event: try maxima.int64(4) + 1)

        // Actors, article by article, entity by entity.
        var resolver = try PostgresActorResolver(
            prefetching: accepted.flatMap(\.analysis.entities), nextID: next.actor, session: session)
        var batch = ActorResolver.Batch()
        var resolved: [(article: Int64, entityRows: [String: Int64], actors: [String: ActorResolver.Resolved])] = []
        for prepared in accepted {
            let article = next.article
            next.article += 1
            addArticle(prepared, id: article)
            var entityRows: [String: Int64] = [:]
            var actors: [String: ActorResolver.Resolved] = [:]
            let document = prepared.analysis.document
            for ((entity, key), mentions) in zip(zip(prepared.analysis.entities, prepared.entityKeys), prepared.entityMentions) {
                let actor = resolver.resolve(entity, key: key, batch: &batch)
                ActorResolver.record(entity, actor: actor.id, published: document.published, batch: &batch)
                let row = next.entity
                next.entity += 1
                entities.append([
                    .int(row), .int(article), .text(entity.id), .text(entity.type.rawValue), .text(entity.name),
                    SQLValue(entity.affiliation), SQLValue(entity.sector?.rawValue), SQLValue(entity.role), .int(actor.id), .text(mentions),
                ])
                entityRows[entity.id] = row
                actors[entity.id] = actor
            }
            addSpans(prepared.analysis, article: article, entityRows: entityRows)
            resolved.append((article, entityRows, actors))
        }

        // Stories, event by event, from the groups the batch's events need.
        var facts: [[StoryMatcher.Facts?]] = []
        var groups = Set<String>()
        for (prepared, context) in zip(accepted, resolved) {
            facts.append(zip(prepared.analysis.events, prepared.eventDates).map { event, date in
                let participants = AnalysisWriter.participants(of: event, actors: context.actors)
                guard !participants.isEmpty else { return nil }
                let story = StoryMatcher.Facts(
                    type: event.type, mode: event.mode, date: date, locationName: event.location?.name,
                    locationAffiliation: event.location?.affiliation, status: event.status, participants: participants,
                    isClaim: StoryWriter.isClaim(event), score: event.score)
                groups.insert(PostgresStoryIndex.name(event.type, key: StoryMatcher.matchKey(story)))
                return story
            })
        }
        try index.load(groups, session: session)
        var stories = PostgresStoryWriter(nextID: next.story)
        for ((prepared, context), eventFacts) in zip(zip(accepted, resolved), facts) {
            var eventRows: [String: Int64] = [:]
            var eventStories: [String: Int64] = [:]
            var taken = Set<Int64>()
            for (event, story) in zip(prepared.analysis.events, eventFacts) {
                var storyID: Int64?
                if let story {
                    let id = stories.join(
                        story, event: event, published: prepared.analysis.document.published, excluding: taken, index: &index,
                        storyCounts: &batch.stories)
                    taken.insert(id)
                    eventStories[event.id] = id
                    storyID = id
                }
                let row = next.event
                next.event += 1
                addEvent(event, id: row, article: context.article, story: storyID, entities: context.entityRows)
                eventRows[event.id] = row
            }
            for link in prepared.links {
                guard let from = eventRows[link.from], let to = eventRows[link.to] else { continue }
                links.append([.int(from), .int(to), .text(link.kind.rawValue)])
            }
            for (event, entity) in prepared.filings.claimants {
                if let story = eventStories[event], let actor = context.actors[entity] { claimants.append([.int(story), .int(actor.id)]) }
            }
            for (event, claim) in prepared.filings.denials {
                if let story = eventStories[claim], let row = eventRows[event] { denials.append([.int(story), .int(row)]) }
            }
        }

        try resolver.flush(batch, session: session)
        for rows in [articles, entities, timexes, quotes, quantities, events, participants, links, claimants, denials] {
            try rows.write(session)
        }
        try stories.flush(session)
        try writeSiteLines()
        receipt.stored = accepted.count
        return receipt
    }

    /// The analyses to store: not stored before, and each the first of its document and text in the batch.
    private func fresh(_ analyses: [PreparedAnalysis], receipt: inout StoreReceipt) throws -> [PreparedAnalysis] {
        var ids = Set<String>(), hashes = Set<String>()
        for row in try session.query(
            "SELECT document_id, content_hash FROM article WHERE document_id = ANY(?) OR content_hash = ANY(?)",
            [.texts(analyses.map(\.analysis.document.id)), .texts(analyses.map(\.contentHash))])
        {
            ids.insert(try row.string(0))
            if let hash = try row.stringOrNil(1) { hashes.insert(hash) }
        }
        var accepted: [PreparedAnalysis] = []
        for prepared in analyses {
            guard !hashes.contains(prepared.contentHash), ids.insert(prepared.analysis.document.id).inserted else {
                receipt.skipped += 1
                continue
            }
            hashes.insert(prepared.contentHash)
            accepted.append(prepared)
        }
        return accepted
    }

    private mutating func addArticle(_ prepared: PreparedAnalysis, id: Int64) {
        let document = prepared.analysis.document
        articles.append([
            .int(id), .text(document.id), .text(document.source), SQLValue(document.title), SQLValue(document.published),
            SQLValue(document.publishedFrom?.rawValue), SQLValue(document.variant?.rawValue), .text(document.text),
            .text(prepared.sentences), .text(prepared.boilerplate), .text(prepared.contentHash), SQLValue(document.credit),
        ])
        if let lines = prepared.siteLines {
            for key in lines.keys {
                let line = SiteLineKey(site: lines.site, key: key)
                if siteLines[line] == nil { siteLineOrder.append(line) }
                siteLines[line, default: 0] += 1
            }
        }
    }

    private mutating func addSpans(_ analysis: Analysis, article: Int64, entityRows: [String: Int64]) {
        for (position, timex) in analysis.timexes.enumerated() {
            timexes.append([.int(article), .int(Int64(position)), .int(Int64(timex.start)), .int(Int64(timex.end)), .text(timex.text), SQLValue(timex.value)])
        }
        for (position, quote) in analysis.quotes.enumerated() {
            quotes.append([
                .int(article), .int(Int64(position)), .int(Int64(quote.start)), .int(Int64(quote.end)), .text(quote.text),
                SQLValue(quote.speaker.flatMap { entityRows[$0] }), SQLValue(quote.cue),
            ])
        }
        for (position, quantity) in analysis.quantities.enumerated() {
            quantities.append([
                .int(article), .int(Int64(position)), .int(Int64(quantity.start)), .int(Int64(quantity.end)), .text(quantity.text),
                .double(quantity.value), SQLValue(quantity.unit), SQLValue(quantity.approx),
            ])
        }
    }

    private mutating func addEvent(_ event: Event, id: Int64, article: Int64, story: Int64?, entities: [String: Int64]) {
        events.append([
            .int(id), .int(article), SQLValue(story), .text(event.id), .text(event.type.rawValue), SQLValue(event.mode),
            SQLValue(event.date), SQLValue(event.datePrecision?.rawValue), SQLValue(event.location?.name),
            SQLValue(event.location?.affiliation), SQLValue(event.location?.lat), SQLValue(event.location?.lon),
            .text(event.status.rawValue), SQLValue(event.source.flatMap { entities[$0] }), .double(event.score), SQLValue(event.cameo),
            .int(Int64(event.trigger.start)), .int(Int64(event.trigger.end)), .text(event.trigger.text),
            .int(Int64(event.evidence.start)), .int(Int64(event.evidence.end)), .text(event.evidence.text),
        ])
        for (side, ids) in [("actor", event.actors), ("recipient", event.recipients)] {
            for (position, local) in ids.enumerated() {
                guard let entity = entities[local] else { continue }
                participants.append([.int(id), .text(side), .int(Int64(position)), .int(entity)])
            }
        }
    }

    private func writeSiteLines() throws {
        var rows = BulkRows(
            "site_line", [("site", .text), ("line_key", .bigint), ("articles", .bigint)],
            conflict: "ON CONFLICT (site, line_key) DO UPDATE SET articles = site_line.articles + excluded.articles")
        for line in siteLineOrder {
            rows.append([.text(line.site), .int(Int64(bitPattern: line.key)), .int(siteLines[line]!)])
        }
        try rows.write(session)
    }
}
