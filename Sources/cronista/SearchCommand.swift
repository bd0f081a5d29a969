import ArgumentParser
import CronistaStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find stored articles containing every word given (accents optional).")

    @Argument(help: "The words to find, such as \"mísseis balísticos\".")
    var text: String

    @Option(help: "Most articles listed.")
    var limit: Int = 20

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let hits = try store.openExisting().search(text, limit: limit)
        if output.json { return try output.printJSON(hits) }
        var table = TextTable("PUBLISHED", "SOURCE", "PASSAGE")
        table.maxWidth = 100
        for hit in hits {
            table.append(hit.published ?? "-", hit.url, hit.snippet)
        }
        print(table.render())
        print("\(hits.count) articles")
    }
}
