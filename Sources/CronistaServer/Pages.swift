import Cronista
import CronistaStore
import Foundation
import Hummingbird
import Mustache

/// The web pages: Mustache templates kept as resource files
/// (`Resources/templates`), filled from the store; charts are SVG drawn here.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let stylesheet: [UInt8]

    init() throws {
        guard let resources = ServerResources.folder else {
            throw Problem(.internalServerError, "the server's resources are missing")
        }
        let folder = resources.appendingPathComponent("templates")
        var library = MustacheLibrary()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
        self.stylesheet = Array(try Data(contentsOf: resources.appendingPathComponent("style.css")))
    }

    func render(_ template: String, _ context: [String: Any], status: HTTPResponse.Status = .ok) -> Reply {
        let html = library.render(Self.prune(context) ?? [:], withTemplate: template) ?? "template \(template) is missing"
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        // No script runs on these pages, and nothing is loaded from elsewhere.
        headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        return Reply(status: status, headers: headers, body: ByteBuffer(string: html))
    }

    /// The context without empty strings and nils, so that a template's
    /// `{{#name}}` section is left out for them (Mustache takes "" as true).
    static func prune(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return prune(wrapped)
        }
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let object as [String: Any]: return object.compactMapValues(prune)
        case let list as [[String: Any]]: return list.map { $0.compactMapValues(prune) }
        case let list as [String]: return list
        case let list as [Any]: return list.compactMap(prune)
        default: return value
        }
    }

    func errorPage(_ problem: Problem) -> Response {
        render("error", ["title": problem.status.reasonPhrase, "status": problem.status.code, "detail": problem.detail],
               status: problem.status).response
    }
}

/// What the templates read of the store's records.
enum View {
    static func actor(_ actor: ActorRef) -> [String: Any] {
        ["id": actor.id, "name": actor.name, "code": actor.code, "type": actor.type.rawValue, "kind": kind(actor.type),
         "affiliation": actor.affiliation ?? ""]
    }

    /// What kind of actor, in words.
    static func kind(_ type: EntityType) -> String {
        switch type {
        case .person: "Person"
        case .organization: "Organisation"
        case .geopolitical: "Country or political unit"
        case .location: "Place"
        }
    }

    static func story(_ story: StoryEvent) -> [String: Any] {
        [
            "id": story.id, "type": story.type.rawValue, "mode": story.mode ?? "", "date": story.date ?? "undated",
            "place": story.location?.name ?? "", "status": story.status.rawValue, "score": SVG.number(story.score),
            "tone": story.score > 0 ? "coop" : story.score < 0 ? "conf" : "neutral",
            "actors": story.actors.map(actor), "recipients": story.recipients.map(actor), "sources": story.sourceCount,
            "evidence": story.sources.first?.evidence ?? "",
        ]
    }

    static func counts(_ counts: StoreCounts) -> [[String: Any]] {
        [("articles", counts.articles), ("story events", counts.stories), ("actors", counts.actors),
         ("article events", counts.events), ("quotes", counts.quotes), ("claim links", counts.links)]
            .map { ["label": $0.0, "value": $0.1] }
    }

    /// The sentence of `analysis` holding `evidence`, cut around it.
    static func sentence(holding evidence: String, in analysis: Analysis) -> (before: String, evidence: String, after: String)? {
        let text = Array(analysis.document.text.unicodeScalars)
        let needle = Array(evidence.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var found: Int?
        for start in 0...(text.count - needle.count) where text[start] == needle[0] {
            if Array(text[start..<start + needle.count]) == needle {
                found = start
                break
            }
        }
        guard let start = found else { return nil }
        let end = start + needle.count
        let sentence = analysis.sentences.first { $0.start <= start && end <= $0.end } ?? TextSpan(start: start, end: end)
        func string(_ range: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: text[range])
            return String(out)
        }
        return (string(sentence.start..<start), string(start..<end), string(end..<max(end, sentence.end)))
    }
}

extension Router {
    func addPages(backend: Backend, pages: PageRenderer) {
        get("/style.css") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: pages.stylesheet)))
        }

        read("/", cache: backend.cache) { _, _ in
            let counts = try backend.store.counts()
            // Up to today: a date read wrong from a text ("em 2034") is no latest story.
            let today = String(ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]))
            let latest = Array(try backend.latestStories(limit: 60).filter { ($0.date ?? "") <= today }.prefix(10))
            let dyads = try backend.topDyads(limit: 10).map { dyad -> [String: Any] in
                ["first": dyad.first, "second": dyad.second, "events": dyad.events, "score": SVG.number(dyad.score),
                 "tone": dyad.score > 0 ? "coop" : dyad.score < 0 ? "conf" : "neutral"]
            }
            let claims = try backend.store.claims(about: nil, limit: 200).suffix(10).reversed().map { claim -> [String: Any] in
                ["story": View.story(claim.event), "claimants": claim.claimants.map(View.actor),
                 "denials": claim.denials.map { ["deniers": $0.deniers.map(View.actor), "evidence": $0.evidence] },
                 "denied": !claim.denials.isEmpty]
            }
            return pages.render(
                "dashboard",
                ["title": "Dashboard", "counts": View.counts(counts), "latest": latest.map(View.story), "dyads": dyads,
                 "claims": Array(claims)])
        }

        read("/events", cache: backend.cache) { request, _ in
            let parameters = request.parameters
            let filter = try EventFilter(parameters: parameters)
            let paging = try Paging(parameters: parameters)
            let page = try filter.page(in: backend.store, paging: paging)
            var next: String?
            if let cursor = page.nextCursor {
                var items = parameters.filter { $0.key != "cursor" && !$0.value.isEmpty }.map { ($0.key, $0.value) }
                items.append(("cursor", cursor))
                next = "/events?" + items.sorted { $0.0 < $1.0 }.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }
                    .joined(separator: "&")
            }
            let types = EventType.allCases.map { ["value": $0.rawValue, "selected": filter.query.type == $0] }
            let statuses = EventStatus.allCases.map { ["value": $0.rawValue, "selected": filter.status == $0] }
            return pages.render(
                "events",
                ["title": "Events", "events": page.items.map(View.story), "count": page.items.count, "next": next as Any,
                 "actor": filter.query.actor ?? "", "with": filter.query.with ?? "", "from": filter.query.from ?? "",
                 "to": filter.query.to ?? "", "text": filter.text ?? "", "types": types, "statuses": statuses,
                 "empty": page.items.isEmpty])
        }

        read("/stories/{id}", cache: backend.cache) { _, context in
            let id = try context.parameters.require("id", as: Int64.self)
            guard let story = try backend.story(id: id) else { throw Problem.notFound("no story event \(id)") }
            var analyses: [String: Analysis] = [:]
            let sources = story.sources.enumerated().map { index, source -> [String: Any] in
                var entry: [String: Any] = [
                    // Keys of their own: a missing one would be looked up in the page's context.
                    "url": source.url, "document": source.document, "source_published": source.published ?? "",
                    "source_date": source.date ?? "", "source_status": source.status.rawValue, "evidence": source.evidence,
                ]
                if index < 50 {
                    if analyses[source.document] == nil, let analysis = try? backend.store.analysis(documentID: source.document) {
                        analyses[source.document] = analysis
                    }
                    if let analysis = analyses[source.document] {
                        entry["source_title"] = analysis.document.title ?? ""
                        if let cut = View.sentence(holding: source.evidence, in: analysis) {
                            entry["before"] = cut.before
                            entry["mark"] = cut.evidence
                            entry["after"] = cut.after
                            entry["highlighted"] = true
                        }
                    }
                }
                return entry
            }
            var view = View.story(story)
            view["title"] = "\(story.type.rawValue) \(story.date ?? "undated")"
            view["source_list"] = sources
            view["location_affiliation"] = story.location?.affiliation ?? ""
            view["cameo"] = story.cameo ?? ""
            return pages.render("story", view)
        }

        read("/actors/{id}", cache: backend.cache) { _, context in
            let id = try context.parameters.require("id", as: Int64.self)
            guard let detail = try Analytics.actorDetail(id, backend: backend) else { throw Problem.notFound("no actor \(id)") }
            let summary = detail.summary
            return pages.render(
                "actor",
                ["title": summary.actor.name, "actor": View.actor(summary.actor), "aliases": summary.aliases,
                 "roles": summary.roles.map { ["role": $0.role, "first": $0.firstSeen ?? "?", "last": $0.lastSeen ?? "?", "articles": $0.articles] },
                 "has_roles": !summary.roles.isEmpty,
                 "mentions": summary.mentions, "articles": summary.articles, "events": summary.events,
                 "network": SVG.network(center: summary.actor, counterparts: detail.counterparts),
                 "timeline": SVG.timeline(detail.timeline, title: "Events of \(summary.actor.name) per month"),
                 "counterparts": detail.counterparts.map { ["actor": View.actor($0.actor), "events": $0.events, "cooperative": $0.cooperative, "conflictual": $0.conflictual] },
                 "recent": detail.recent.map(View.story)])
        }

        read("/dyads/{dyad}", cache: backend.cache) { request, context in
            let text = try context.parameters.require("dyad")
            guard let dyad = Analytics.parseDyad(text) else {
                throw Problem.badRequest("a dyad is two sides, A-B (RUS-PRK), not '\(text)'")
            }
            let detail = try Analytics.dyadDetail(dyad, backend: backend)
            let path = "/dyads/\(Self.formEncode(dyad.first))-\(Self.formEncode(dyad.second))"
            let chosen = request.parameters["month"] ?? detail.months.last { $0.events > 0 }?.month
            let month = detail.months.first { $0.month == chosen }
            let ids = Array((month?.stories ?? []).prefix(100))
            let stories = try (backend.store as? any StoreBrowsing)?.stories(ids: ids) ?? ids.compactMap { try backend.story(id: $0) }
            let reported = try Analytics.mostReported(dyad, backend: backend, limit: 10)
            return pages.render(
                "dyad",
                ["title": "\(dyad.first)–\(dyad.second)", "first": dyad.first, "second": dyad.second,
                 "chart": SVG.timeline(detail.months, title: "Events between \(dyad.first) and \(dyad.second) per month", width: 1100) { "\(path)?month=\($0)" },
                 "months": detail.months.reversed().map { ["month": $0.month, "events": $0.events, "cooperative": $0.cooperative, "conflictual": $0.conflictual, "score": SVG.number($0.score), "link": "\(path)?month=\($0.month)"] },
                 "month": chosen ?? "", "stories": stories.map(View.story), "empty": detail.months.isEmpty,
                 "reported": reported.map(View.story), "has_reported": !reported.isEmpty,
                 "events_link": "/events?actor=\(Self.formEncode(dyad.first))&with=\(Self.formEncode(dyad.second))"])
        }

        read("/search", cache: backend.cache) { request, _ in
            let q = request.parameters["q"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let hits = q.isEmpty ? [] : try backend.search(q, limit: 50)
            return pages.render(
                "search",
                ["title": q.isEmpty ? "Search" : "Search: \(q)", "q": q, "searched": !q.isEmpty, "empty": hits.isEmpty,
                 "hits": hits.map { hit in
                     ["url": hit.url, "title": hit.title ?? hit.url, "published": hit.published ?? "", "document": hit.document,
                      "snippet": Self.marked(hit.snippet)]
                 }])
        }
    }

    /// A search snippet with its `[matches]` as `<mark>`, everything else escaped.
    static func marked(_ snippet: String) -> String {
        SVG.escape(snippet).replacingOccurrences(of: "[", with: "<mark>").replacingOccurrences(of: "]", with: "</mark>")
    }

    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
