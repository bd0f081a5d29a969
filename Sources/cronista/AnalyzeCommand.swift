import ArgumentParser
import Cronista
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles (.txt, .html, .jsonl files or folders) into analysis/1 JSON.",
        discussion: """
            Writes one analysis per article as JSON Lines on standard output, or one \
            file per article with --json-dir. Inputs that cannot be read are reported \
            on standard error; the others are still analysed, and the exit code is 1.
            """)

    @Argument(help: "Files or folders to analyse.")
    var paths: [String]

    @Option(name: .customLong("json-dir"), help: "Write OUT/NAME.json per article instead of JSON Lines on stdout.")
    var jsonDirectory: String?

    @Option(help: "Published date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that state none.")
    var published: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Flag(help: "Add the syntactic words (tags, lemmas, features, dependency heads) to each analysis, as its `words` field.")
    var syntax = false

    @Option(help: "Analysis threads (default: the number of cores). The output is in input order whatever the number.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard threads > 0 else { throw ValidationError("--threads must be positive") }
        if let published, !MetadataHeader.isPartialISODate(published) {
            throw ValidationError("--published must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(published)'")
        }
    }

    func run() throws {
        let analyzer = try Analyzer.portuguese(stages: syntax ? Analyzer.Stages.all.union(.syntax) : .all)
        let reader = ArticleReader()
        if let jsonDirectory {
            do {
                try FileManager.default.createDirectory(atPath: jsonDirectory, withIntermediateDirectories: true)
            } catch {
                printError("\(jsonDirectory): cannot create the output folder: \(StandardOutput.describe(error))")
                throw ExitCode(1)
            }
        }
        let (files, problems) = InputFiles.expand(paths)
        for problem in problems { printError(problem.description) }
        let tally = try Self.siteTally(files, reader: reader, threads: threads)
        let worker = AnalysisWorker(
            analyzer: analyzer, reader: reader, templates: tally.templates(), published: published, pretty: pretty)
        var output = AnalysisOutput(jsonDirectory: jsonDirectory, reader: reader)
        let pipeline = OrderedPipeline(threads: threads, window: threads * 16) { worker.run($0) }
        defer { pipeline.close() }
        try AnalysisJob.enumerate(files, reader: reader) { job in
            try pipeline.submit(job) { try output.deliver($0) }
        }
        try pipeline.finish { try output.deliver($0) }
        try output.flush()
        if output.failed || !problems.isEmpty { throw ExitCode(1) }
    }

    /// The lines each site repeats across the batch: a first pass over the
    /// inputs counting, per site, the articles each line appears in (read
    /// on `threads` threads, JSON Lines streamed).
    static func siteTally(_ files: [String], reader: ArticleReader, threads: Int) throws -> SiteTemplate.Tally {
        var tally = SiteTemplate.Tally()
        guard files.count > 1 || files.contains(where: { InputFiles.format(of: $0) == .jsonLines }) else { return tally }
        let pipeline = OrderedPipeline<AnalysisJob, [(site: String, keys: Set<UInt64>)]>(threads: threads, window: threads * 16) { job in
            func lines(_ read: Result<Article, ArticleReader.Failure>) -> (site: String, keys: Set<UInt64>)? {
                guard case .success(let article) = read else { return nil }
                return (SiteTemplate.site(of: article.source), SiteTemplate.keys(of: article))
            }
            switch job {
            case .file(let file):
                guard case .success(let bytes) = InputFiles.bytes(of: file, limit: reader.byteLimit) else { return [] }
                return reader.read(bytes, source: file, format: InputFiles.format(of: file)).compactMap(lines)
            case .record(let file, let line, let bytes):
                return reader.record(bytes[...], source: file, line: line).flatMap(lines).map { [$0] } ?? []
            case .failure, .beginLines, .endLines:
                return []
            }
        }
        defer { pipeline.close() }
        let add: ([(site: String, keys: Set<UInt64>)]) -> Void = { for (site, keys) in $0 { tally.add(keys, site: site) } }
        try AnalysisJob.enumerate(files, reader: reader) { try pipeline.submit($0, deliver: add) }
        pipeline.finish(deliver: add)
        return tally
    }

    /// The seconds an article of `bytes` may take before a warning: ten
    /// times a slow machine's time (about 200 KB/s), and at least 5 s.
    static func timeBudget(bytes: Int) -> Double { 5 + Double(bytes) / 20_000 }

}
