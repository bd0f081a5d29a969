import Cronista
import GRDB
import Synchronization

/// The stories an event may join, kept in memory by the writer so that
/// matching reads no rows: per type and match key (``StoryMatcher/matchKey(_:)``),
/// each story's facts, bucketed by date.
///
/// It is a function of the committed `story` table alone: a group is loaded
/// from the table the first time an event needs it, and kept in step with
/// the writer's inserts and updates. The store drops the whole index when
/// a transaction fails, and when another connection has written the file
/// since (`PRAGMA data_version`), so a killed and resumed ingest matches
/// exactly as an uninterrupted one.
package struct StoryIndex {
    /// The stories of one type and match key.
    package struct Group {
        package init() {}

        package var facts: [Int64: StoryMatcher.Facts] = [:]
        /// Every story, oldest first.
        var all: [Int64] = []
        /// Stories with no date, oldest first.
        var undated: [Int64] = []
        /// Stories by their date, oldest first.
        var dated: [String: [Int64]] = [:]
        /// Stories by the year or month their more precise date lies in, oldest first.
        var within: [String: [Int64]] = [:]

        package mutating func add(_ id: Int64, _ story: StoryMatcher.Facts) {
            facts[id] = story
            if all.last.map({ $0 < id }) ?? true { all.append(id) } else { all.insertSorted(id) }
            place(id, date: story.date)
        }

        /// Replaces a story's facts, moving it to the buckets of its new date.
        package mutating func update(_ id: Int64, _ story: StoryMatcher.Facts) {
            let old = facts[id]?.date
            facts[id] = story
            guard old != story.date else { return }
            if let old {
                dated[old]?.removeSorted(id)
                for prefix in Self.enclosing(old) { within[prefix]?.removeSorted(id) }
            } else {
                undated.removeSorted(id)
            }
            place(id, date: story.date)
        }

        private mutating func place(_ id: Int64, date: String?) {
            guard let date else { return undated.insertSorted(id) }
            dated[date, default: []].insertSorted(id)
            for prefix in Self.enclosing(date) { within[prefix, default: []].insertSorted(id) }
        }

        /// The year and month a date is more precise than.
        static func enclosing(_ date: String) -> [String] {
            [4, 7].filter { $0 < date.utf8.count }.map { String(date.utf8.prefix($0))! }
        }

        /// The stories whose date may be `date`, newest first in each bucket:
        /// undated ones, those dated at `date` or a prefix of it, and those
        /// dated more precisely within it; at most `limit` in all when
        /// `date` is unknown, a quarter of it per exact bucket.
        package func candidates(date: String?, limit: Int) -> [(id: Int64, facts: StoryMatcher.Facts)] {
            var ids: [Int64] = []
            if let date {
                ids += undated.suffix(limit / 4).reversed()
                for length in [4, 7, 10] where length <= date.utf8.count {
                    ids += (dated[String(date.utf8.prefix(length))!] ?? []).suffix(limit / 4).reversed()
                }
                if date.utf8.count < 10 { ids += (within[date] ?? []).suffix(limit).reversed() }
            } else {
                ids = all.suffix(limit).reversed()
            }
            return ids.map { ($0, facts[$0]!) }
        }
    }

    private var groups: [String: Group] = [:]
    /// The file's `PRAGMA data_version` when the index was built.
    private var dataVersion: Int?

    /// Empties the index unless the file is as this connection left it.
    mutating func validate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion { self = StoryIndex(groups: [:], dataVersion: version) }
    }

    /// Candidate stories for `facts` (of match key `key`), loading their group when new.
    mutating func candidates(
        _ facts: StoryMatcher.Facts, key: String, limit: Int, db: Database
    ) throws -> [(id: Int64, facts: StoryMatcher.Facts)] {
        let name = facts.type.rawValue + "|" + key
        if groups[name] == nil { groups[name] = try Self.load(facts.type, key: key, db: db) }
        return groups[name]!.candidates(date: facts.date, limit: limit)
    }

    mutating func add(_ id: Int64, _ facts: StoryMatcher.Facts, key: String) {
        groups[facts.type.rawValue + "|" + key, default: Group()].add(id, facts)
    }

    mutating func update(_ id: Int64, _ facts: StoryMatcher.Facts, key: String) {
        groups[facts.type.rawValue + "|" + key]?.update(id, facts)
    }

    private static func load(_ type: EventType, key: String, db: Database) throws -> Group {
        var group = Group()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, mode, date, location_name, location_affiliation, status, participants, is_claim, score FROM story
                WHERE type = ? AND match_key = ? ORDER BY id
                """, arguments: [type.rawValue, key])
        while let row = try rows.next() {
            group.add(
                row[0],
                StoryMatcher.Facts(
                    type: type, mode: row[1], date: row[2], locationName: row[3], locationAffiliation: row[4],
                    status: EventStatus(rawValue: row[5]) ?? .factual, participants: StoryMatcher.decode(row[6]),
                    isClaim: row[7], score: row[8]))
        }
        return group
    }
}

/// A ``StoryIndex`` shared by the copies of one store, used by its writer.
final class SharedStoryIndex: Sendable {
    private let index = Mutex(StoryIndex())

    /// Runs `body` with the index; drops the index when `body` throws, for
    /// the transaction it was updated in is then rolled back.
    func with<Result: Sendable>(_ body: (inout StoryIndex) throws -> Result) throws -> Result {
        try index.withLock { index in
            do {
                return try body(&index)
            } catch {
                index = StoryIndex()
                throw error
            }
        }
    }
}

extension Array where Element == Int64 {
    /// Inserts `id` in this ascending array, keeping it ascending.
    mutating func insertSorted(_ id: Int64) {
        insert(id, at: lowerBound(id))
    }

    /// Removes `id` from this ascending array, when there.
    mutating func removeSorted(_ id: Int64) {
        let index = lowerBound(id)
        if index < count, self[index] == id { remove(at: index) }
    }

    private func lowerBound(_ id: Int64) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
