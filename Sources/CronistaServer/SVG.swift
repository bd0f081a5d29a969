import CronistaStore
import Foundation

/// Charts drawn on the server as SVG: no script runs in the browser.
enum SVG {
    static let cooperation = "#1a7f37"
    static let conflict = "#c62828"
    static let neutral = "#6e7781"

    /// Text escaped for HTML and XML.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The colour of a relation by its cooperative and conflictual events.
    static func colour(cooperative: Int, conflictual: Int) -> String {
        cooperative > conflictual ? cooperation : conflictual > cooperative ? conflict : neutral
    }

    /// An actor in the middle, its counterparts around it; each edge as
    /// wide as their events, green when mostly cooperative, red when mostly
    /// conflictual. Each node links to its actor page.
    static func network(center: ActorRef, counterparts: [Counterpart], limit: Int = 14) -> String {
        let shown = Array(counterparts.prefix(limit))
        let width = 640.0, height = 460.0, cx = width / 2, cy = height / 2, radius = 170.0
        let most = Double(shown.map(\.events).max() ?? 1)
        var edges = "", nodes = ""
        for (index, other) in shown.enumerated() {
            let angle = 2 * Double.pi * Double(index) / Double(max(shown.count, 1)) - Double.pi / 2
            let x = cx + radius * cos(angle), y = cy + radius * sin(angle)
            let stroke = 1.5 + 8.5 * Double(other.events) / most
            let colour = colour(cooperative: other.cooperative, conflictual: other.conflictual)
            let label = "\(other.actor.name): \(other.events) events, \(other.cooperative) cooperative, \(other.conflictual) conflictual"
            edges += """
                <line x1="\(number(cx))" y1="\(number(cy))" x2="\(number(x))" y2="\(number(y))" stroke="\(colour)" \
                stroke-width="\(number(stroke))" stroke-opacity="0.75"><title>\(escape(label))</title></line>

                """
            let anchor = abs(x - cx) < 1 ? "middle" : x > cx ? "start" : "end"
            let dx = abs(x - cx) < 1 ? 0.0 : x > cx ? 14 : -14
            let dy = abs(x - cx) < 1 ? (y > cy ? 26.0 : -16) : 5
            nodes += """
                <a href="/actors/\(other.actor.id)"><circle cx="\(number(x))" cy="\(number(y))" r="9" fill="#fff" \
                stroke="\(colour)" stroke-width="3"><title>\(escape(label))</title></circle>\
                <text x="\(number(x + dx))" y="\(number(y + dy))" text-anchor="\(anchor)" class="label">\
                \(escape(String(other.actor.name.prefix(28))))</text></a>

                """
        }
        let summary = shown.isEmpty
            ? "\(center.name) has no counterparts in the stored events"
            : "Counterparts of \(center.name): " + shown.map { "\($0.actor.name) (\($0.events))" }.joined(separator: ", ")
        return """
            <svg class="chart network" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(escape(summary))" \
            xmlns="http://www.w3.org/2000/svg">
            <title>\(escape(summary))</title>
            \(edges)\(nodes)<circle cx="\(number(cx))" cy="\(number(cy))" r="16" fill="#0b3d91"/>
            <text x="\(number(cx))" y="\(number(cy + 36))" text-anchor="middle" class="label center">\(escape(center.name))</text>
            </svg>
            """
    }

    /// Months as bars: cooperative events above the axis, conflictual below;
    /// each bar links to `link(month)` when given.
    /// `width` is in the chart's own units (its height stays 284): wider
    /// for a chart spanning the page.
    static func timeline(_ months: [MonthCount], title: String, width: Double = 640, link: ((String) -> String)? = nil) -> String {
        guard !months.isEmpty else {
            return "<p class=\"empty\">No dated events to chart.</p>"
        }
        let filled = fill(months)
        let top = 20.0, axis = 140.0, bottom = 260.0, left = 44.0
        let step = (width - left - 10) / Double(filled.count)
        let bar = max(2, min(28, step * 0.7))
        let most = Double(filled.map { max($0.cooperative + ($0.events - $0.cooperative - $0.conflictual), $0.conflictual) }.max() ?? 1)
        let scaleUp = (axis - top) / max(most, 1), scaleDown = (bottom - axis - 20) / max(most, 1)
        var bars = ""
        for (index, month) in filled.enumerated() {
            let x = left + Double(index) * step + (step - bar) / 2
            let other = month.events - month.cooperative - month.conflictual
            let up = Double(month.cooperative) * scaleUp, neutralHeight = Double(other) * scaleUp
            let down = Double(month.conflictual) * scaleDown
            let label = "\(month.month): \(month.events) events, \(month.cooperative) cooperative, \(month.conflictual) conflictual, score \(number(month.score))"
            var shapes = "<title>\(escape(label))</title>"
            if up > 0 {
                shapes += "<rect x=\"\(number(x))\" y=\"\(number(axis - up))\" width=\"\(number(bar))\" height=\"\(number(up))\" fill=\"\(cooperation)\"/>"
            }
            if neutralHeight > 0 {
                shapes += "<rect x=\"\(number(x))\" y=\"\(number(axis - up - neutralHeight))\" width=\"\(number(bar))\" height=\"\(number(neutralHeight))\" fill=\"\(neutral)\"/>"
            }
            if down > 0 {
                shapes += "<rect x=\"\(number(x))\" y=\"\(number(axis))\" width=\"\(number(bar))\" height=\"\(number(down))\" fill=\"\(conflict)\"/>"
            }
            if month.events > 0, let link {
                bars += "<a href=\"\(escape(link(month.month)))\">\(shapes)</a>\n"
            } else {
                bars += "<g>\(shapes)</g>\n"
            }
            let every = max(1, Int((Double(filled.count) * 90 / (width - left)).rounded(.up)))
            if index % every == 0 {
                bars += "<text x=\"\(number(x + bar / 2))\" y=\"\(number(bottom + 14))\" text-anchor=\"middle\" class=\"tick\">\(escape(month.month))</text>\n"
            }
        }
        return """
            <svg class="chart timeline" viewBox="0 0 \(Int(width)) \(Int(bottom + 24))" role="img" aria-label="\(escape(title))" \
            xmlns="http://www.w3.org/2000/svg">
            <title>\(escape(title))</title>
            <line x1="\(left)" y1="\(axis)" x2="\(width - 10)" y2="\(axis)" stroke="#444" stroke-width="1"/>
            <line x1="\(left)" y1="\(top)" x2="\(width - 10)" y2="\(top)" stroke="#d0d7de" stroke-dasharray="3 3"/>
            <text x="4" y="\(top + 4)" class="tick">\(Int(most)) coop.</text>
            <text x="4" y="\(axis + 4)" class="tick">0</text>
            <text x="4" y="\(bottom - 16)" class="tick">\(Int(most)) confl.</text>
            \(bars)</svg>
            """
    }

    /// Every month from the first to the last, empty ones included (at most 240).
    /// Seasons and other spans that are not one month are left out.
    static func fill(_ all: [MonthCount]) -> [MonthCount] {
        let months = all.filter { monthIndex($0.month) != nil }
        guard let first = months.first?.month, let last = months.last?.month,
            let start = monthIndex(first), let end = monthIndex(last), end >= start, end - start < 240
        else { return all }
        let byMonth = Dictionary(months.map { ($0.month, $0) }, uniquingKeysWith: { a, _ in a })
        return (start...end).map { index in
            let month = String(format: "%04d-%02d", index / 12, index % 12 + 1)
            return byMonth[month] ?? MonthCount(month: month, events: 0, cooperative: 0, conflictual: 0, score: 0, stories: nil)
        }
    }

    static func monthIndex(_ month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number) else { return nil }
        return year * 12 + number - 1
    }
}
