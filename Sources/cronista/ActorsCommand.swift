import ArgumentParser
import CronistaStore
import Foundation

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List global actors with their aliases, roles over time and counts.")

    @Option(help: "Only actors one of whose names matches (Lavrov, Casa Branca).")
    var name: String?

    @Option(help: "Most actors listed.")
    var limit: Int = 50

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let actors = try store.openExisting().actors(named: name, limit: limit)
        if output.json { return try output.printJSON(actors) }
        var table = TextTable("ACTOR", "TYPE", "CODE", "MENTIONS", "ARTICLES", "EVENTS", "ROLES", "ALIASES")
        for summary in actors {
            let roles = summary.roles.map { role in
                let span = [role.firstSeen, role.lastSeen].compactMap { $0 }
                return span.isEmpty ? role.role : "\(role.role) \(span.first!)..\(span.last!)"
            }
            table.append(
                summary.actor.name, summary.actor.type.rawValue, summary.actor.code, String(summary.mentions),
                String(summary.articles), String(summary.events), roles.isEmpty ? "-" : roles.joined(separator: "; "),
                summary.aliases.joined(separator: ", "))
        }
        table.maxWidth = 60
        print(table.render())
        print("\(actors.count) actors")
    }
}
