import Cronista
import CronistaStore
import Foundation
import Hummingbird

/// The article page: the cleaned text with what the analysis found marked
/// in it (entities, temporal expressions, quotes, event triggers), and the
/// boilerplate removed from it shown apart.
enum ArticleView {
    struct Mark {
        var start: Int
        var end: Int
        var kind: String
        var label: String
    }

    static func marks(_ analysis: Analysis) -> [Mark] {
        var marks: [Mark] = []
        for entity in analysis.entities {
            let label = "\(entity.type.rawValue): \(entity.name)" + (entity.affiliation.map { " (\($0))" } ?? "")
            for mention in entity.mentions {
                marks.append(Mark(start: mention.start, end: mention.end, kind: "ent ent-\(entity.type.rawValue.lowercased())", label: label))
            }
        }
        for timex in analysis.timexes {
            marks.append(Mark(start: timex.start, end: timex.end, kind: "tmx", label: "time: \(timex.value ?? "unresolved")"))
        }
        for quote in analysis.quotes {
            marks.append(Mark(start: quote.start, end: quote.end, kind: "quo", label: "quote" + (quote.speaker.map { " by \($0)" } ?? "")))
        }
        for event in analysis.events {
            marks.append(Mark(
                start: event.trigger.start, end: event.trigger.end, kind: "trg",
                label: "event: \(event.type.rawValue)\(event.mode.map { " (\($0))" } ?? "") · \(event.status.rawValue)"))
        }
        return marks
    }

    /// The text as HTML: each stretch covered by the same marks one `<span>`
    /// with their classes and labels; everything escaped.
    static func html(_ analysis: Analysis) -> String {
        let text = Array(analysis.document.text.unicodeScalars)
        let marks = self.marks(analysis).filter { $0.start >= 0 && $0.end <= text.count && $0.start < $0.end }
        var cuts = Set([0, text.count])
        for mark in marks {
            cuts.insert(mark.start)
            cuts.insert(mark.end)
        }
        let bounds = cuts.sorted()
        var out = ""
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: text[start..<end])
            let escaped = SVG.escape(String(piece))
            let covering = marks.filter { $0.start <= start && end <= $0.end }
            if covering.isEmpty {
                out += escaped
            } else {
                let classes = Set(covering.flatMap { $0.kind.split(separator: " ").map(String.init) }).sorted().joined(separator: " ")
                let labels = covering.map(\.label).joined(separator: "; ")
                out += "<span class=\"\(classes)\" title=\"\(SVG.escape(labels))\">\(escaped)</span>"
            }
        }
        return out
    }
}

extension Router {
    func addArticlePage(backend: Backend, pages: PageRenderer) {
        read("/articles/{document}", cache: backend.cache) { _, context in
            let document = try context.parameters.require("document")
            guard let analysis = try backend.store.analysis(documentID: document) else {
                throw Problem.notFound("no article \(document)")
            }
            let doc = analysis.document
            return pages.render(
                "article",
                ["title": doc.title ?? doc.source, "source": doc.source, "document": doc.id, "published": doc.published ?? "",
                 "variant": doc.variant?.rawValue ?? "", "text": ArticleView.html(analysis),
                 "entities": analysis.entities.count, "events": analysis.events.count, "timexes": analysis.timexes.count,
                 "quotes": analysis.quotes.count,
                 "event_list": analysis.events.map { event in
                     ["type": event.type.rawValue, "mode": event.mode ?? "", "status": event.status.rawValue,
                      "date": event.date ?? "", "evidence": event.evidence.text]
                 },
                 "boilerplate": doc.boilerplate.map { ["line": $0.line, "text": $0.text, "reason": $0.reason.rawValue] },
                 "has_boilerplate": !doc.boilerplate.isEmpty])
        }
    }
}
