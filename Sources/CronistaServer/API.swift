import Cronista
import CronistaStore
import Foundation
import Hummingbird

/// A JSON response.
func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Reply {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    return Reply(status: status, headers: headers, body: ByteBuffer(bytes: data))
}

/// Another actor an actor deals with, and how.
struct Counterpart: Encodable, Sendable {
    var actor: ActorRef
    var events: Int
    var cooperative: Int
    var conflictual: Int
    var score: Double
}

/// One month of an actor's or a dyad's events.
struct MonthCount: Encodable, Sendable {
    var month: String
    var events: Int
    var cooperative: Int
    var conflictual: Int
    var score: Double
    /// The story events behind the month (dyads only).
    var stories: [Int64]?
}

/// An actor with its counterparts and its months.
struct ActorDetail: Encodable, Sendable {
    var summary: ActorSummary
    var counterparts: [Counterpart]
    var timeline: [MonthCount]
    var recent: [StoryEvent]
}

/// A dyad's months: the store's counts, split into cooperation and conflict.
struct DyadDetail: Encodable, Sendable {
    var first: String
    var second: String
    var months: [MonthCount]
}

/// What a write did.
struct WriteReceipt: Encodable, Sendable {
    var stored: Int
    var skipped: Int
    var documents: [String]
}

enum Analytics {
    /// The most stories read to draw an actor's network and timeline.
    static let actorStoryLimit = 2_000

    static func counterparts(of id: Int64, in stories: [StoryEvent], limit: Int = 30) -> [Counterpart] {
        var byID: [Int64: Counterpart] = [:]
        for story in stories {
            var seen = Set<Int64>()
            for other in story.actors + story.recipients where other.id != id && seen.insert(other.id).inserted {
                var entry = byID[other.id] ?? Counterpart(actor: other, events: 0, cooperative: 0, conflictual: 0, score: 0)
                entry.events += 1
                if story.score > 0 { entry.cooperative += 1 } else if story.score < 0 { entry.conflictual += 1 }
                entry.score += story.score
                byID[other.id] = entry
            }
        }
        return byID.values.sorted { ($0.events, $1.actor.id) > ($1.events, $0.actor.id) }.prefix(limit).map { $0 }
    }

    static func months(_ stories: [StoryEvent], keepStories: Bool = false) -> [MonthCount] {
        var byMonth: [String: MonthCount] = [:]
        for story in stories where story.status != .negated {
            guard let date = story.date, date.count >= 7 else { continue }
            let month = String(date.prefix(7))
            var entry = byMonth[month] ?? MonthCount(
                month: month, events: 0, cooperative: 0, conflictual: 0, score: 0, stories: keepStories ? [] : nil)
            entry.events += 1
            if story.score > 0 { entry.cooperative += 1 } else if story.score < 0 { entry.conflictual += 1 }
            entry.score += story.score
            entry.stories?.append(story.id)
            byMonth[month] = entry
        }
        return byMonth.values.sorted { $0.month < $1.month }
    }

    static func actorDetail(_ id: Int64, backend: Backend) throws -> ActorDetail? {
        guard let summary = try backend.actor(id: id) else { return nil }
        if let browsing = backend.store as? any StoreBrowsing {
            // Counted by the store over every story of the actor.
            let counterparts = try browsing.counterparts(of: id, limit: 30).map {
                Counterpart(actor: $0.actor, events: $0.events, cooperative: $0.cooperative, conflictual: $0.conflictual, score: $0.score)
            }
            return ActorDetail(
                summary: summary, counterparts: counterparts, timeline: try browsing.months(of: id).map { MonthCount($0, stories: false) },
                recent: try browsing.stories(involving: id, limit: 20))
        }
        let stories = try backend.stories(involving: id, limit: actorStoryLimit)
        return ActorDetail(
            summary: summary, counterparts: counterparts(of: id, in: stories), timeline: months(stories),
            recent: Array(stories.prefix(20)))
    }

    /// `RUS-PRK` or `RUS:PRK`.
    static func parseDyad(_ text: String) -> Dyad? {
        if let dyad = Dyad(parsing: text) { return dyad }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return Dyad(String(parts[0]), String(parts[1]))
    }

    static func dyadDetail(_ dyad: Dyad, backend: Backend) throws -> DyadDetail {
        if let browsing = backend.store as? any StoreBrowsing {
            let months = try browsing.dyadMonths(dyad.first, dyad.second).map { MonthCount($0, stories: true) }
            return DyadDetail(first: dyad.first, second: dyad.second, months: months)
        }
        let buckets = try backend.store.timeline(dyad)
        var stories: [Int64: StoryEvent] = [:]
        for (a, b) in [(dyad.first, dyad.second), (dyad.second, dyad.first)] {
            for story in try backend.store.events(matching: EventQuery(actor: a, with: b, limit: 5_000)) {
                stories[story.id] = story
            }
        }
        let split = Dictionary(months(Array(stories.values).sorted { $0.id < $1.id }, keepStories: true).map { ($0.month, $0) },
                               uniquingKeysWith: { a, _ in a })
        let months = buckets.map { bucket in
            let detail = split[bucket.month]
            return MonthCount(
                month: bucket.month, events: bucket.events, cooperative: detail?.cooperative ?? 0,
                conflictual: detail?.conflictual ?? 0, score: bucket.score, stories: detail?.stories ?? [])
        }
        return DyadDetail(first: dyad.first, second: dyad.second, months: months)
    }

    /// The dyad's story events with the most sources (none for a store that cannot tell).
    static func mostReported(_ dyad: Dyad, backend: Backend, limit: Int) throws -> [StoryEvent] {
        guard let browsing = backend.store as? any StoreBrowsing else { return [] }
        return try browsing.mostReported(dyad.first, dyad.second, limit: limit)
    }
}

extension MonthCount {
    init(_ month: DyadMonth, stories: Bool) {
        self.init(
            month: month.month, events: month.events, cooperative: month.cooperative, conflictual: month.conflictual,
            score: month.score, stories: stories ? month.stories : nil)
    }
}

extension Router {
    func addAPI(backend: Backend, settings: ServerSettings) {
        read("/api/stats", cache: backend.cache) { _, _ in try json(try backend.store.counts()) }

        read("/api/events", cache: backend.cache) { request, _ in
            let parameters = request.parameters
            let filter = try EventFilter(parameters: parameters)
            let paging = try Paging(parameters: parameters)
            return try json(filter.page(in: backend.store, paging: paging))
        }

        read("/api/stories/{id}", cache: backend.cache) { _, context in
            let id = try context.parameters.require("id", as: Int64.self)
            guard let story = try backend.story(id: id) else { throw Problem.notFound("no story event \(id)") }
            return try json(story)
        }

        read("/api/actors", cache: backend.cache) { request, _ in
            let parameters = request.parameters
            let paging = try Paging(parameters: parameters)
            let name = parameters["name"].flatMap { $0.isEmpty ? nil : $0 }
            return try json(paging.page(try backend.store.actors(named: name, limit: paging.window)))
        }

        read("/api/actors/{id}", cache: backend.cache) { _, context in
            let id = try context.parameters.require("id", as: Int64.self)
            guard let detail = try Analytics.actorDetail(id, backend: backend) else { throw Problem.notFound("no actor \(id)") }
            return try json(detail)
        }

        read("/api/dyads", cache: backend.cache) { request, _ in
            let paging = try Paging(parameters: request.parameters)
            return try json(paging.page(try backend.topDyads(limit: paging.window)))
        }

        read("/api/dyads/{dyad}", cache: backend.cache) { _, context in
            let text = try context.parameters.require("dyad")
            guard let dyad = Analytics.parseDyad(text) else {
                throw Problem.badRequest("a dyad is two sides, A-B or A:B (RUS-PRK), not '\(text)'")
            }
            return try json(try Analytics.dyadDetail(dyad, backend: backend))
        }

        read("/api/claims", cache: backend.cache) { request, _ in
            let parameters = request.parameters
            let paging = try Paging(parameters: parameters)
            let about = parameters["about"].flatMap { $0.isEmpty ? nil : $0 }
            return try json(paging.page(try backend.store.claims(about: about, limit: paging.window)))
        }

        read("/api/search", cache: backend.cache) { request, _ in
            let parameters = request.parameters
            guard let text = parameters["q"], !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Problem.badRequest("give the words to search for as q")
            }
            let paging = try Paging(parameters: parameters)
            return try json(paging.page(try backend.search(text, limit: paging.window)))
        }

        read("/api/articles/{document}", cache: backend.cache) { _, context in
            let document = try context.parameters.require("document")
            guard let analysis = try backend.store.analysis(documentID: document) else {
                throw Problem.notFound("no article \(document)")
            }
            return try json(analysis)
        }

        post("/api/articles") { request, context in
            try await ArticleWrites(backend: backend, settings: settings).handle(request, context: context)
        }

        stream("/api/export") { request, _ in
            try Export.response(format: request.parameters["format"] ?? "jsonl", backend: backend)
        }

        get("/openapi.json") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: OpenAPI.document)))
        }
    }
}
