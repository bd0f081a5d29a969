import Cronista
import CronistaStore

/// ``StoryWriter``'s rules on PostgreSQL, for one batch: events join
/// stories in memory, against the ``PostgresStoryIndex``, in the order
/// SQLite's writer joins them; the batch's new stories, the merged facts of
/// the stories it changed, their actor and country rows and the dyad
/// months are written at its end in bulk, so that the rows come out as
/// SQLite's writer leaves them.
struct PostgresStoryWriter {
    /// A story as stored, for the ones this batch creates.
    struct Row {
        var facts: StoryMatcher.Facts
        var key: String
        var cameo: String?
        var lat: Double?
        var lon: Double?
        var sources: Int
    }

    /// What this batch changes of a story stored before it.
    struct Patch {
        var before: StoryMatcher.Facts
        var facts: StoryMatcher.Facts
        /// Set when the story gains a mode: its cameo becomes the event's.
        var cameo: String??
        /// The first coordinates reported, for a story that has none.
        var lat: Double?
        var lon: Double?
        var sources = 0
    }

    private var nextID: Int64
    private var created: [Int64] = []
    private var rows: [Int64: Row] = [:]
    private var patches: [Int64: Patch] = [:]
    private var storyActors = BulkRows(
        "story_actor", [("story_id", .bigint), ("actor_id", .bigint), ("side", .text)], conflict: "ON CONFLICT DO NOTHING")
    private var storyCountries: [(story: Int64, country: String, side: String)] = []
    /// Per dyad month, in order, what each change adds: SQLite adds them one by one.
    private var dyadChanges: [(key: DyadKey, events: Int64, score: Double)] = []

    struct DyadKey: Hashable {
        var first: String
        var second: String
        var month: String
    }

    init(nextID: Int64) { self.nextID = nextID }

    /// The id of the story `facts` joins (a new one when none fits), never one of `excluding`.
    mutating func join(
        _ facts: StoryMatcher.Facts, event: Event, published: String?, excluding: Set<Int64>,
        index: inout PostgresStoryIndex, storyCounts: inout [Int64: Int]
    ) -> Int64 {
        let key = StoryMatcher.matchKey(facts)
        var best: (id: Int64, score: Int, facts: StoryMatcher.Facts)?
        for (id, story) in index.candidates(facts, key: key, limit: StoryWriter.candidateLimit) {
            if excluding.contains(id) { continue }
            guard let score = StoryMatcher.agreement(facts, published: published, story: story) else { continue }
            if best == nil || score > best!.score { best = (id, score, story) }
        }
        if let best {
            let merged = StoryMatcher.merged(best.facts, with: facts)
            let gainsMode = best.facts.mode == nil && facts.mode != nil
            if var row = rows[best.id] {
                if gainsMode { row.cameo = event.cameo }
                row.lat = row.lat ?? event.location?.lat
                row.lon = row.lon ?? event.location?.lon
                row.sources += 1
                row.facts = merged
                rows[best.id] = row
            } else {
                var patch = patches[best.id] ?? Patch(before: best.facts, facts: best.facts)
                if gainsMode { patch.cameo = .some(event.cameo) }
                patch.lat = patch.lat ?? event.location?.lat
                patch.lon = patch.lon ?? event.location?.lon
                patch.sources += 1
                patch.facts = merged
                patches[best.id] = patch
            }
            self.index(best.id, facts.participants, known: best.facts.participants, storyCounts: &storyCounts)
            if DyadMonths.changed(best.facts, merged) {
                record(best.facts, sign: -1)
                record(merged, sign: 1)
            }
            index.update(best.id, merged, key: key)
            return best.id
        }
        let id = nextID
        nextID += 1
        created.append(id)
        rows[id] = Row(facts: facts, key: key, cameo: event.cameo, lat: event.location?.lat, lon: event.location?.lon, sources: 1)
        self.index(id, facts.participants, known: [], storyCounts: &storyCounts)
        record(facts, sign: 1)
        index.add(id, facts, key: key)
        return id
    }

    /// As ``StoryWriter``: the participants not `known` to the story join
    /// its actor and country rows; each actor new to it counts the story.
    private mutating func index(
        _ id: Int64, _ participants: [StoryMatcher.Participant], known: [StoryMatcher.Participant], storyCounts: inout [Int64: Int]
    ) {
        var seen = known
        for participant in participants where !seen.contains(participant) {
            if !seen.contains(where: { $0.actor == participant.actor }) { storyCounts[participant.actor, default: 0] += 1 }
            if !seen.contains(where: { $0.actor == participant.actor && $0.side == participant.side }) {
                storyActors.append([.int(id), .int(participant.actor), .text(participant.side.rawValue)])
            }
            if !seen.contains(where: { $0.country == participant.country && $0.side == participant.side }) {
                storyCountries.append((id, participant.country, participant.side.rawValue))
            }
            seen.append(participant)
        }
    }

    /// As ``DyadMonths/record(_:sign:)``, gathered.
    private mutating func record(_ story: StoryMatcher.Facts, sign: Int) {
        guard story.status != .negated, let month = PartialDate.month(story.date) else { return }
        let countries = Set(story.participants.map(\.country)).sorted()
        for (index, first) in countries.enumerated() {
            for second in countries[index...] {
                dyadChanges.append((DyadKey(first: first, second: second, month: month), Int64(sign), Double(sign) * story.score))
            }
        }
    }

    /// The merged facts of a story this batch wrote.
    private func facts(of id: Int64) -> StoryMatcher.Facts? { rows[id]?.facts ?? patches[id]?.facts }

    /// Writes the batch's stories and everything that follows from them.
    func flush(_ session: PostgresSession) throws {
        var stories = BulkRows(
            "story",
            [("id", .bigint), ("type", .text), ("mode", .text), ("date", .text), ("month", .text), ("location_name", .text),
             ("location_affiliation", .text), ("lat", .float8), ("lon", .float8), ("status", .text), ("score", .float8),
             ("cameo", .text), ("match_key", .text), ("participants", .text), ("source_count", .bigint), ("is_claim", .bigint)])
        for id in created {
            let row = rows[id]!, facts = row.facts
            stories.append([
                .int(id), .text(facts.type.rawValue), SQLValue(facts.mode), SQLValue(facts.date), SQLValue(PartialDate.month(facts.date)),
                SQLValue(facts.locationName), SQLValue(facts.locationAffiliation), SQLValue(row.lat), SQLValue(row.lon),
                .text(facts.status.rawValue), .double(facts.score), SQLValue(row.cameo), .text(row.key),
                .text(StoryMatcher.encode(facts.participants)), .int(Int64(row.sources)), .int(facts.isClaim ? 1 : 0),
            ])
        }
        try stories.write(session)
        try writePatches(session)
        try storyActors.write(session)

        var countries = BulkRows(
            "story_country",
            [("story_id", .bigint), ("country", .text), ("side", .text), ("type", .text), ("date", .text), ("is_claim", .bigint)],
            conflict: "ON CONFLICT DO NOTHING")
        for row in storyCountries {
            let facts = facts(of: row.story)!
            countries.append([
                .int(row.story), .text(row.country), .text(row.side), .text(facts.type.rawValue), SQLValue(facts.date),
                .int(facts.isClaim ? 1 : 0),
            ])
        }
        try countries.write(session)
        let redated = patches.filter { $0.value.before.date != $0.value.facts.date || $0.value.before.isClaim != $0.value.facts.isClaim }
            .keys.sorted()
        if !redated.isEmpty {
            try session.execute(
                """
                UPDATE story_country c SET date = u.date, is_claim = u.is_claim
                FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS u(id, date, is_claim) WHERE c.story_id = u.id
                """,
                [.ints(redated), .texts(redated.map { patches[$0]!.facts.date }), .ints(redated.map { patches[$0]!.facts.isClaim ? 1 : 0 })])
        }
        try writeDyadMonths(session)
    }

    private func writePatches(_ session: PostgresSession) throws {
        guard !patches.isEmpty else { return }
        let ids = patches.keys.sorted()
        let list = ids.map { patches[$0]! }
        try session.execute(
            """
            UPDATE story s SET score = u.score, cameo = CASE WHEN u.set_cameo = 1 THEN u.cameo ELSE s.cameo END, mode = u.mode,
                location_name = u.location_name, location_affiliation = u.location_affiliation,
                lat = coalesce(s.lat, u.lat), lon = coalesce(s.lon, u.lon), status = u.status, participants = u.participants,
                source_count = s.source_count + u.sources, date = u.date, month = u.month, is_claim = u.is_claim
            FROM unnest(?::bigint[], ?::double precision[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::double precision[], ?::double precision[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[])
                AS u(id, score, set_cameo, cameo, mode, location_name, location_affiliation, lat, lon, status, participants,
                    sources, date, month, is_claim)
            WHERE s.id = u.id
            """,
            [
                .ints(ids), .doubles(list.map(\.facts.score)), .ints(list.map { $0.cameo == nil ? 0 : 1 }),
                .texts(list.map { $0.cameo ?? nil }), .texts(list.map(\.facts.mode)), .texts(list.map(\.facts.locationName)),
                .texts(list.map(\.facts.locationAffiliation)), .doubles(list.map(\.lat)), .doubles(list.map(\.lon)),
                .texts(list.map(\.facts.status.rawValue)), .texts(list.map { StoryMatcher.encode($0.facts.participants) }),
                .ints(list.map { Int64($0.sources) }), .texts(list.map(\.facts.date)),
                .texts(list.map { PartialDate.month($0.facts.date) }), .ints(list.map { $0.facts.isClaim ? 1 : 0 }),
            ])
    }

    /// The dyad months: the stored counts read, this batch's changes added
    /// in order (the same sums, bit for bit, as SQLite's one-by-one
    /// upserts), the results written.
    private func writeDyadMonths(_ session: PostgresSession) throws {
        guard !dyadChanges.isEmpty else { return }
        var order: [DyadKey] = []
        var totals: [DyadKey: (events: Int64, score: Double)] = [:]
        for change in dyadChanges where totals[change.key] == nil {
            order.append(change.key)
            totals[change.key] = (0, 0)
        }
        var stored = Set<DyadKey>()
        for row in try session.query(
            """
            SELECT d.first, d.second, d.month, d.events, d.score FROM dyad_month d
            JOIN unnest(?::text[], ?::text[], ?::text[]) AS k(first, second, month)
                ON d.first = k.first AND d.second = k.second AND d.month = k.month
            """, [.texts(order.map(\.first)), .texts(order.map(\.second)), .texts(order.map(\.month))])
        {
            let key = DyadKey(first: try row.string(0), second: try row.string(1), month: try row.string(2))
            totals[key] = (try row.int64(3), try row.double(4))
            stored.insert(key)
        }
        for change in dyadChanges {
            var total = totals[change.key]!
            if stored.contains(change.key) {
                total.events += change.events
                total.score += change.score
            } else {
                total = (change.events, change.score)
                stored.insert(change.key)
            }
            totals[change.key] = total
        }
        var rows = BulkRows(
            "dyad_month", [("first", .text), ("second", .text), ("month", .text), ("events", .bigint), ("score", .float8)],
            conflict: "ON CONFLICT (first, second, month) DO UPDATE SET events = excluded.events, score = excluded.score")
        for key in order {
            let total = totals[key]!
            rows.append([.text(key.first), .text(key.second), .text(key.month), .int(total.events), .double(total.score)])
        }
        try rows.write(session)
    }
}
