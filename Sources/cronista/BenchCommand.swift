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

    @Option(help: "The stages to run after the text stage: all, or a comma list of syntax, time, entities, events (events implies time and entities), or none. With syntax, the same run also measures the analysis without it and the tagger and parser alone (words/s).")
    var stages: String = "all"

    @Flag(inversion: .prefixedNo, help: "Also run the real `analyze` on a JSON Lines corpus of the articles (--megabytes of text) to standard output and with --json-dir, on 1, 2 and all cores, and on one small article for the start-up time, beside the analysis alone.")
    var endToEnd = true

    @Flag(inversion: .prefixedNo, help: "Also time single articles of 10 KB, 100 KB and 1 MB of each pathological shape (one paragraph, a word run, quotes, a list of names) and print the ratios.")
    var linearity = true

    func parsedStages() throws -> Analyzer.Stages {
        var result: Analyzer.Stages = []
        for name in stages.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch name {
            case "all": result.formUnion(.all)
            case "none", "text": break
            case "time": result.insert(.time)
            case "entities": result.insert(.entities)
            case "events": result.insert(.events)
            case "syntax": result.insert(.syntax)
            default: throw ValidationError("unknown stage '\(name)'")
            }
        }
        return result
    }

    func run() throws {
        let stages = try parsedStages()
        let syntax = stages.contains(.syntax) ? try SyntaxResources.portuguese() : nil
        let analyzer = Analyzer(resources: try .portuguese(), syntax: syntax, stages: stages)
        let reader = ArticleReader()
        var articles: [Article] = []
        let (files, problems) = InputFiles.expand(paths)
        for problem in problems { printError(problem.description) }
        for file in files {
            guard case .success(let bytes) = InputFiles.bytes(of: file, limit: InputFiles.hardByteLimit) else { continue }
            for case .success(let article) in reader.read(bytes, source: file, format: InputFiles.format(of: file)) {
                articles.append(article)
            }
        }
        guard !articles.isEmpty else { throw ValidationError("no articles to benchmark in \(paths.joined(separator: ", "))") }
        print("Cronista bench: analyze (text stage + \(self.stages)), one core")
        print("  lexicon:     \(analyzer.resources.vocabulary.count) words")
        let with = measure(analyzer, articles)
        report(with)
        if let syntax {
            var without = stages
            without.remove(.syntax)
            print("  without syntax (same run):")
            let base = measure(Analyzer(resources: analyzer.resources, stages: without), articles)
            report(base)
            print("  syntax cost: \(String(format: "%.2f", base.rate / with.rate))× the time of the analysis without it (processor time: \(String(format: "%.2f", base.cpuRate / with.cpuRate))×)")
            measureSyntax(syntax, analyzer: analyzer, articles: articles)
        }
        print("  peak memory: \(String(format: "%.1f", Double(peakResidentBytes()) / 1_048_576)) MB (max RSS)")
        if endToEnd { try EndToEndBench(analyzer: Analyzer(resources: analyzer.resources, stages: .all), articles: articles, megabytes: megabytes).run() }
        if linearity { LinearityBench.run(analyzer, articles: articles) }
    }

    struct Measurement {
        var bytes: Int
        var count: Int
        var distinct: Int
        var seconds: Double
        /// Processor time: what the run costs on a machine shared with other work.
        var cpuSeconds: Double
        var rate: Double { Double(bytes) / 1e6 / seconds }
        var cpuRate: Double { Double(bytes) / 1e6 / cpuSeconds }
    }

    func measure(_ analyzer: Analyzer, _ articles: [Article]) -> Measurement {
        let target = megabytes * 1_000_000
        var bytes = 0
        var count = 0
        var checksum = 0
        let cpuStart = processorSeconds()
        let elapsed = ContinuousClock().measure {
            while bytes < target {
                for article in articles {
                    let analysis = analyzer.analyze(article)
                    checksum &+= analysis.sentences.count + analysis.entities.count + analysis.timexes.count
                    bytes += article.text.utf8.count
                    count += 1
                }
            }
        }
        if checksum == -1 { print("") }
        return Measurement(
            bytes: bytes, count: count, distinct: articles.count, seconds: elapsed.seconds, cpuSeconds: processorSeconds() - cpuStart)
    }

    func report(_ m: Measurement) {
        print("  articles:    \(m.count) (\(m.distinct) distinct, repeated)")
        print("  input:       \(String(format: "%.1f", Double(m.bytes) / 1e6)) MB of article text")
        print("  time:        \(String(format: "%.2f", m.seconds)) s (processor: \(String(format: "%.2f", m.cpuSeconds)) s)")
        print("  throughput:  \(String(format: "%.2f", m.rate)) MB/s, \(String(format: "%.0f", Double(m.count) / m.seconds)) articles/s")
    }

    /// Tagging, lemmatising and parsing alone, on the articles' own sentences.
    func measureSyntax(_ syntax: SyntaxResources, analyzer: Analyzer, articles: [Article]) {
        var sentences: [[String]] = []
        for article in articles {
            let document = analyzer.document(for: article)
            for range in document.sentenceWordRanges where !range.isEmpty {
                sentences.append(document.words[range].map(\.form))
            }
        }
        let perPass = sentences.reduce(0) { $0 + $1.count }
        guard perPass > 0 else { return }
        var words = 0
        var checksum = 0
        let cpuStart = processorSeconds()
        let elapsed = ContinuousClock().measure {
            while words < 2_000_000 {
                for sentence in sentences { checksum &+= syntax.model.analyze(sentence).count }
                words += perPass
            }
        }
        if checksum == -1 { print("") }
        let cpu = processorSeconds() - cpuStart
        print("  tag + lemma + parse alone: \(String(format: "%.0f", Double(words) / elapsed.seconds)) words/s on one core (\(words) words; \(String(format: "%.0f", Double(words) / cpu)) words per processor second)")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// The processor time the process has used, in seconds (the bench runs on one thread).
func processorSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The process's peak resident set size, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}
