import ArgumentParser
import Cronista
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis throughput (the default) or the store's ingest and query speed.",
        subcommands: [AnalysisBenchCommand.self, StoreBenchCommand.self],
        defaultSubcommand: AnalysisBenchCommand.self)
}

struct AnalysisBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Measure analysis throughput on one core and peak memory.",
        discussion: "Analyses the given articles (by default the bundled Examples/) over and over until at least --megabytes of input text has been processed.")

    @Argument(help: "Files or folders of articles (default: Examples).")
    var paths: [String] = ["Examples"]

    @Option(help: "Megabytes of input text to analyse.")
    var megabytes: Int = 50

    @Option(help: "The stages to run after the text stage: all, or a comma list of time, entities, events (events implies the others), or none.")
    var stages: String = "all"

    func parsedStages() throws -> Analyzer.Stages {
        var result: Analyzer.Stages = []
        for name in stages.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch name {
            case "all": result.formUnion(.all)
            case "none", "text": break
            case "time": result.insert(.time)
            case "entities": result.insert(.entities)
            case "events": result.insert(.events)
            default: throw ValidationError("unknown stage '\(name)'")
            }
        }
        return result
    }

    func run() throws {
        let analyzer = Analyzer(resources: try .portuguese(), stages: try parsedStages())
        let reader = ArticleReader()
        var articles: [Article] = []
        let (files, missing) = InputFiles.expand(paths)
        for path in missing { printError("\(path): no such file or directory") }
        for file in files {
            guard case .success(let bytes) = InputFiles.bytes(of: file, limit: InputFiles.hardByteLimit) else { continue }
            for case .success(let article) in reader.read(bytes, source: file, format: InputFiles.format(of: file)) {
                articles.append(article)
            }
        }
        guard !articles.isEmpty else { throw ValidationError("no articles to benchmark in \(paths.joined(separator: ", "))") }
        let target = megabytes * 1_000_000
        let clock = ContinuousClock()
        var bytes = 0
        var count = 0
        var checksum = 0
        let elapsed = clock.measure {
            while bytes < target {
                for article in articles {
                    let analysis = analyzer.analyze(article)
                    checksum &+= analysis.sentences.count + analysis.entities.count + analysis.timexes.count
                    bytes += article.text.utf8.count
                    count += 1
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("Cronista bench: analyze (text stage + \(stages)), one core")
        print("  lexicon:     \(analyzer.resources.vocabulary.count) words")
        print("  articles:    \(count) (\(articles.count) distinct, repeated)")
        print("  input:       \(String(format: "%.1f", Double(bytes) / 1e6)) MB of article text")
        print("  time:        \(String(format: "%.2f", seconds)) s")
        print("  throughput:  \(String(format: "%.2f", Double(bytes) / 1e6 / seconds)) MB/s, \(String(format: "%.0f", Double(count) / seconds)) articles/s")
        print("  peak memory: \(String(format: "%.1f", Double(peakResidentBytes()) / 1_048_576)) MB (max RSS)")
        if checksum == -1 { print("") }
    }
}

/// The process's peak resident set size, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}
