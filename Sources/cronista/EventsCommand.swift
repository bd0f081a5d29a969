import ArgumentParser
import Cronista
import CronistaStore
import Foundation

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List story events: who did what to whom, when and where, with their sources.",
        discussion: "Actors are codes (RUS, EU, NATO) or names (Lavrov). Dates overlap the range at the precision they have.")

    @Option(help: "Who acts: a code (RUS) or a name (Lavrov); either side of a meeting or agreement.")
    var actor: String?

    @Option(help: "Who else takes part, on either side: a code or a name.")
    var with: String?

    @Option(help: "A PLOVER event type (CONSULT, AID, ACCUSE, ...).")
    var type: String?

    @Option(help: "Earliest date, YYYY, YYYY-MM or YYYY-MM-DD.")
    var from: String?

    @Option(help: "Latest date, YYYY, YYYY-MM or YYYY-MM-DD.")
    var to: String?

    @Option(help: "Most events listed.")
    var limit: Int = 100

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let type, EventType(rawValue: type.uppercased()) == nil {
            throw ValidationError("unknown event type '\(type)'; one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for date in [from, to].compactMap({ $0 }) where !MetadataHeader.isPartialISODate(date) {
            throw ValidationError("dates are YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let query = EventQuery(
            actor: actor, with: with, type: type.flatMap { EventType(rawValue: $0.uppercased()) }, from: from, to: to,
            limit: limit)
        let events = try store.openExisting().events(matching: query)
        if output.json { return try output.printJSON(events) }
        var table = TextTable("DATE", "TYPE", "MODE", "ACTORS", "RECIPIENTS", "WHERE", "STATUS", "SCORE", "SOURCES")
        for event in events {
            table.append(
                event.date ?? "-", event.type.rawValue, event.mode ?? "-", Self.names(event.actors),
                Self.names(event.recipients), event.location?.name ?? "-", event.status.rawValue,
                String(format: "%.1f", event.score), String(event.sourceCount))
        }
        print(table.render())
        print("\(events.count) events")
    }

    static func names(_ actors: [ActorRef]) -> String {
        guard !actors.isEmpty else { return "-" }
        return actors.map { actor in actor.affiliation.map { "\(actor.name) (\($0))" } ?? actor.name }.joined(separator: ", ")
    }
}
