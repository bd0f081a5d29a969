import Cronista
import CronistaStore
import Synchronization

/// The writer's cache of candidate stories, per type and match key, as
/// ``StoryIndex`` keeps it for SQLite (the same ``StoryIndex/Group``s), kept
/// across batches while it is still true.
///
/// Several workers write one database, so the cache is checked when each
/// batch starts, under the writer lock: `writer_state.version` counts the
/// batches committed, and `story_group` records for each group the batch
/// that last changed it. Groups changed since this cache was in step are
/// dropped and read again when needed; an unchanged store keeps them all.
struct PostgresStoryIndex {
    private(set) var groups: [String: StoryIndex.Group] = [:]
    /// The `writer_state.version` the cache is in step with.
    var version: Int64?
    /// Groups changed by the batch being written.
    private(set) var touched = Set<String>()

    static func name(_ type: EventType, key: String) -> String { type.rawValue + "|" + key }

    /// Drops what other workers changed since `version`; starts a batch.
    mutating func validate(version current: Int64, session: PostgresSession) throws {
        touched = []
        guard let version else { return groups = [:] }
        guard version != current else { return }
        let changed = try session.query("SELECT name FROM story_group WHERE version > ?", [.int(version)])
        let names = try changed.map { try $0.string(0) }
        // "*": the store was emptied.
        if names.count > groups.count || names.contains("*") { return groups = [:] }
        for name in names { groups[name] = nil }
    }

    /// Reads the groups among `names` not yet cached, in one query.
    mutating func load(_ names: Set<String>, session: PostgresSession) throws {
        let missing = names.filter { groups[$0] == nil }.sorted()
        guard !missing.isEmpty else { return }
        for name in missing { groups[name] = StoryIndex.Group() }
        let types = missing.map { String($0.prefix { $0 != "|" }) }
        let keys = missing.map { String($0.drop { $0 != "|" }.dropFirst()) }
        for row in try session.query(
            """
            SELECT s.type, s.match_key, s.id, s.mode, s.date, s.location_name, s.location_affiliation, s.status,
                s.participants, s.is_claim, s.score
            FROM story s JOIN unnest(?::text[], ?::text[]) AS g(type, match_key)
                ON s.type = g.type AND s.match_key = g.match_key
            ORDER BY s.id
            """, [.texts(types), .texts(keys)])
        {
            let type = EventType(rawValue: try row.string(0)) ?? .consult
            let facts = StoryMatcher.Facts(
                type: type, mode: try row.stringOrNil(3), date: try row.stringOrNil(4), locationName: try row.stringOrNil(5),
                locationAffiliation: try row.stringOrNil(6), status: EventStatus(rawValue: try row.string(7)) ?? .factual,
                participants: StoryMatcher.decode(try row.string(8)), isClaim: try row.bool(9), score: try row.double(10))
            groups[Self.name(type, key: try row.string(1)), default: StoryIndex.Group()].add(try row.int64(2), facts)
        }
    }

    func candidates(_ facts: StoryMatcher.Facts, key: String, limit: Int) -> [(id: Int64, facts: StoryMatcher.Facts)] {
        groups[Self.name(facts.type, key: key)]?.candidates(date: facts.date, limit: limit) ?? []
    }

    mutating func add(_ id: Int64, _ facts: StoryMatcher.Facts, key: String) {
        let name = Self.name(facts.type, key: key)
        groups[name, default: StoryIndex.Group()].add(id, facts)
        touched.insert(name)
    }

    mutating func update(_ id: Int64, _ facts: StoryMatcher.Facts, key: String) {
        let name = Self.name(facts.type, key: key)
        groups[name]?.update(id, facts)
        touched.insert(name)
    }
}

/// A ``PostgresStoryIndex`` shared by the copies of one store, used by its writer.
final class SharedPostgresStoryIndex: Sendable {
    private let index = Mutex(PostgresStoryIndex())

    /// Runs `body` with the index; drops the index when `body` throws, for
    /// the transaction it was updated in is then rolled back.
    func with<Result: Sendable>(_ body: (inout PostgresStoryIndex) throws -> Result) throws -> Result {
        try index.withLock { index in
            do {
                return try body(&index)
            } catch {
                index = PostgresStoryIndex()
                throw error
            }
        }
    }
}
