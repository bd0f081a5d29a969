import ArgumentParser
import CronistaStore
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Story events between two sides per month, with the summed PLOVER score.")

    @Option(help: "The two sides, A:B, codes or names (RUS:PRK, Putin:Kim).")
    var dyad: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard Dyad(parsing: dyad) != nil else { throw ValidationError("--dyad is A:B, such as RUS:PRK, not '\(dyad)'") }
    }

    func run() throws {
        let buckets = try store.openExisting().timeline(Dyad(parsing: dyad)!)
        if output.json { return try output.printJSON(buckets) }
        var table = TextTable("MONTH", "EVENTS", "SCORE")
        for bucket in buckets {
            table.append(bucket.month, String(bucket.events), String(format: "%+.1f", bucket.score))
        }
        print(table.render())
        print("\(buckets.reduce(0) { $0 + $1.events }) events in \(buckets.count) months")
    }
}
