/// Story events as CSV with GDELT-style columns: one row per story event,
/// actors as codes (affiliation and sector, `RUSGOV`) and names, several
/// joined by `;`.
public enum EventCSV {
    public static let header = [
        "date", "actor_codes", "actor_names", "recipient_codes", "recipient_names", "type", "mode", "score",
        "status", "location", "lat", "lon", "source_url", "sources",
    ]

    /// The header line.
    public static var headerLine: String { header.joined(separator: ",") }

    /// One CSV line (without line break) for `story`.
    public static func line(_ story: StoryEvent) -> String {
        let fields: [String] = [
            story.date ?? "",
            story.actors.map(\.code).joined(separator: ";"),
            story.actors.map(\.name).joined(separator: ";"),
            story.recipients.map(\.code).joined(separator: ";"),
            story.recipients.map(\.name).joined(separator: ";"),
            story.type.rawValue,
            story.mode ?? "",
            number(story.score),
            story.status.rawValue,
            story.location?.name ?? "",
            story.location?.lat.map(number) ?? "",
            story.location?.lon.map(number) ?? "",
            story.sources.first?.url ?? "",
            String(story.sourceCount),
        ]
        return fields.map(escape).joined(separator: ",")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// RFC 4180 quoting: fields with commas, quotes or line breaks quoted, quotes doubled.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
