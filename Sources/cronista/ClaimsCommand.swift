import ArgumentParser
import CronistaStore
import Foundation

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List claims and accusations: what is alleged, by whom, and who denied it when.")

    @Option(help: "Only claims involving this side: a code (PRK) or a name.")
    var about: String?

    @Option(help: "Most claims listed.")
    var limit: Int = 100

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let claims = try store.openExisting().claims(about: about, limit: limit)
        if output.json { return try output.printJSON(claims) }
        var table = TextTable("DATE", "CLAIM", "CLAIMED BY", "DENIED BY", "SOURCES")
        for claim in claims {
            let event = claim.event
            let what = "\(event.type.rawValue) \(EventsCommand.names(event.actors)) → \(EventsCommand.names(event.recipients))"
            let deniers = claim.denials.map { denial in
                EventsCommand.names(denial.deniers) + (denial.date.map { " (\($0))" } ?? "")
            }
            table.append(
                event.date ?? "-", what, claim.claimants.isEmpty ? "-" : EventsCommand.names(claim.claimants),
                deniers.isEmpty ? "-" : deniers.joined(separator: "; "), String(event.sourceCount))
        }
        table.maxWidth = 60
        print(table.render())
        print("\(claims.count) claims")
    }
}
