import Cronista
import CronistaStore
import Foundation
import Synchronization

/// What the routes read and write: an ``EventStore``, with the look-ups by id
/// of ``StoreLookups`` when the store has them (else answered by scanning),
/// and the analyzer, loaded the first time a write or a PLOVER export needs it.
final class Backend: Sendable {
    let store: any EventStore
    /// The answers of read routes, kept while the store does not change.
    let cache: ResponseCache
    private let analyzerCache = Mutex<Analyzer?>(nil)
    private let analyzerLoader: @Sendable () throws -> Analyzer

    init(store: any EventStore, cacheBytes: Int = 0, analyzer: (@Sendable () throws -> Analyzer)? = nil) {
        self.store = store
        self.cache = ResponseCache(capacity: cacheBytes, store: store)
        self.analyzerLoader = analyzer ?? { try Analyzer.portuguese() }
    }

    /// The analyzer, loaded once.
    func analyzer() throws -> Analyzer {
        try analyzerCache.withLock { cached in
            if let cached { return cached }
            let loaded = try analyzerLoader()
            cached = loaded
            return loaded
        }
    }

    func story(id: Int64) throws -> StoryEvent? {
        if let lookups = store as? any StoreLookups { return try lookups.story(id: id) }
        var found: StoryEvent?
        try store.forEachStory { if $0.id == id { found = $0 } }
        return found
    }

    func actor(id: Int64) throws -> ActorSummary? {
        if let lookups = store as? any StoreLookups { return try lookups.actor(id: id) }
        return try store.actors(named: nil, limit: 100_000).first { $0.actor.id == id }
    }

    func stories(involving id: Int64, limit: Int) throws -> [StoryEvent] {
        if let lookups = store as? any StoreLookups { return try lookups.stories(involving: id, limit: limit) }
        var found: [StoryEvent] = []
        try store.forEachStory { story in
            if (story.actors + story.recipients).contains(where: { $0.id == id }) { found.append(story) }
        }
        return Array(found.reversed().prefix(limit))
    }

    func latestStories(limit: Int) throws -> [StoryEvent] {
        if let lookups = store as? any StoreLookups { return try lookups.latestStories(limit: limit) }
        var found: [StoryEvent] = []
        try store.forEachStory { story in
            guard story.date != nil else { return }
            found.append(story)
            if found.count > limit { found.removeFirst() }
        }
        return found.reversed()
    }

    /// How many of the newest matching articles a search ranks (``StoreBrowsing/search(_:limit:candidates:)``).
    static let searchCandidates = 1_000

    /// Articles holding every word of `text`, best first (among the newest
    /// ``searchCandidates`` matches when the store can rank those alone).
    func search(_ text: String, limit: Int) throws -> [SearchHit] {
        if let browsing = store as? any StoreBrowsing {
            return try browsing.search(text, limit: limit, candidates: max(Self.searchCandidates, limit))
        }
        return try store.search(text, limit: limit)
    }

    func topDyads(limit: Int) throws -> [DyadCount] {
        if let lookups = store as? any StoreLookups { return try lookups.topDyads(limit: limit) }
        return []
    }
}

/// The filters of the event list, as the API and the pages take them:
/// the store's ``EventQuery`` and two more, status and text (applied by a
/// ``StoreBrowsing`` store, else here).
struct EventFilter: Sendable, Equatable {
    var query = EventQuery()
    var status: EventStatus?
    /// Words every one of which some source's evidence contains (case and accents folded).
    var text: String?

    static let maxScan = 20_000

    /// Reads the filters from query parameters; a bad value is a 400.
    init(parameters: [String: String]) throws {
        func value(_ name: String) -> String? {
            guard let text = parameters[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        query.actor = value("actor")
        query.with = value("with")
        if let type = value("type") {
            guard let parsed = EventType(rawValue: type.uppercased()) else {
                throw Problem.badRequest(
                    "unknown event type '\(type)'; one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.type = parsed
        }
        if let status = value("status") {
            guard let parsed = EventStatus(rawValue: status.lowercased()) else {
                throw Problem.badRequest(
                    "unknown status '\(status)'; one of \(EventStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.status = parsed
        }
        for name in ["from", "to"] {
            if let date = value(name), !MetadataHeader.isPartialISODate(date) {
                throw Problem.badRequest("\(name): dates are YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'")
            }
        }
        query.from = value("from")
        query.to = value("to")
        text = value("text")
    }

    init() {}

    var filtersHere: Bool { status != nil || text != nil }

    func accepts(_ story: StoryEvent) -> Bool {
        if let status, story.status != status { return false }
        if let text {
            let words = Self.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let evidence = story.sources.map { Self.fold($0.evidence) }
            guard words.allSatisfy({ word in evidence.contains { $0.contains(word) } }) else { return false }
        }
        return true
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The page of matching story events `paging` asks for, oldest first:
    /// read by the store, filters and keyset paging in SQL, when it is a
    /// ``StoreBrowsing``; else read whole and filtered here, at most
    /// ``maxScan`` story events deep.
    func page(in store: any EventStore, paging: Paging) throws -> Page<StoryEvent> {
        if let browsing = store as? any StoreBrowsing {
            var listing = StoryListing(query: query, status: status, text: text)
            switch paging.position {
            case .after(let key): listing.after = key
            case .offset(0): break
            case .offset: throw Problem.badRequest("this cursor belongs to another listing, not to the event list")
            }
            listing.query.limit = paging.limit + 1
            return paging.keysetPage(try browsing.storyPage(listing))
        }
        return try paging.page(try events(in: store, count: paging.window))
    }

    /// The first `count` matching story events, oldest first (fewer when the store has no more).
    func events(in store: any EventStore, count: Int) throws -> [StoryEvent] {
        var query = self.query
        guard filtersHere else {
            query.limit = count
            return try store.events(matching: query)
        }
        var fetch = max(count * 4, 200)
        while true {
            query.limit = fetch
            let all = try store.events(matching: query)
            let matching = all.filter(accepts)
            if matching.count >= count || all.count < fetch || fetch >= Self.maxScan {
                return Array(matching.prefix(count))
            }
            fetch = min(fetch * 4, Self.maxScan)
        }
    }
}
