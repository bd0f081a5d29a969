import ArgumentParser

@main
struct CronistaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cronista",
        abstract: "Structured, verifiable political event data from Portuguese news.",
        subcommands: [
            AnalyzeCommand.self, EvalCommand.self, BenchCommand.self,
            IngestCommand.self, EventsCommand.self, ActorsCommand.self, TimelineCommand.self,
            ClaimsCommand.self, SearchCommand.self, ExportCommand.self, ServeCommand.self,
            TrainCommand.self, ParseCommand.self,
        ])
}
