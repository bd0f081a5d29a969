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

    func validate() throws {
        if let published, !MetadataHeader.isPartialISODate(published) {
            throw ValidationError("--published must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(published)'")
        }
    }

    func run() throws {
        let analyzer = try Analyzer.portuguese(stages: syntax ? Analyzer.Stages.all.union(.syntax) : .all)
        let reader = ArticleReader()
        let encoder = makeEncoder(pretty: pretty)
        if let jsonDirectory {
            do {
                try FileManager.default.createDirectory(atPath: jsonDirectory, withIntermediateDirectories: true)
            } catch {
                printError("\(jsonDirectory): cannot create the output folder: \(StandardOutput.describe(error))")
                throw ExitCode(1)
            }
        }
        let (files, problems) = InputFiles.expand(paths)
        var failed = !problems.isEmpty
        for problem in problems { printError(problem.description) }
        var names = OutputNames()
        let tally = Self.siteTally(files, reader: reader)
        for file in files {
            let format = InputFiles.format(of: file)
            let limit = format == .jsonLines ? InputFiles.hardByteLimit : reader.byteLimit
            let bytes: [UInt8]
            switch InputFiles.bytes(of: file, limit: limit) {
            case .success(let b): bytes = b
            case .failure(let failure):
                printError(failure.description)
                failed = true
                continue
            }
            for result in reader.read(bytes, source: file, format: format) {
                switch result {
                case .failure(let failure):
                    printError(failure.description)
                    failed = true
                case .success(var article):
                    for warning in article.warnings { printError("\(file): warning: \(warning)") }
                    if article.name == nil { article.name = InputFiles.baseName(file) }
                    let template = tally.template(site: SiteTemplate.site(of: article.source))
                    let clock = ContinuousClock()
                    let started = clock.now
                    let analysis = analyzer.analyze(article, fallbackPublished: published, siteTemplate: template)
                    // The last resort of linear time: a warning when an article takes far longer than its size should.
                    let seconds = (clock.now - started).seconds
                    let budget = Self.timeBudget(bytes: article.text.utf8.count)
                    if seconds > budget {
                        printError(String(format: "warning: %@: the analysis took %.1f s, over its budget of %.1f s", article.source, seconds, budget))
                    }
                    let json = try encoder.encode(analysis)
                    guard let jsonDirectory else {
                        try StandardOutput.writeLine(json)
                        continue
                    }
                    let (name, renamed) = names.claim(article.name ?? analysis.document.id)
                    if renamed {
                        printError("\(article.source): output name '\(OutputNames.safe(article.name ?? ""))' already used in this run; written as \(name).json")
                    }
                    let url = URL(fileURLWithPath: jsonDirectory).appendingPathComponent(name + ".json")
                    do {
                        try json.write(to: url, options: .atomic)
                    } catch {
                        printError("\(article.source): cannot write \(url.path): \(StandardOutput.describe(error))")
                        failed = true
                    }
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The lines each site repeats across the batch: a first pass over the
    /// inputs counting, per site, the articles each line appears in.
    static func siteTally(_ files: [String], reader: ArticleReader) -> SiteTemplate.Tally {
        var tally = SiteTemplate.Tally()
        guard files.count > 1 || files.contains(where: { InputFiles.format(of: $0) == .jsonLines }) else { return tally }
        for file in files {
            let format = InputFiles.format(of: file)
            let limit = format == .jsonLines ? InputFiles.hardByteLimit : reader.byteLimit
            guard case .success(let bytes) = InputFiles.bytes(of: file, limit: limit) else { continue }
            for case .success(let article) in reader.read(bytes, source: file, format: format) { tally.add(article) }
        }
        return tally
    }

    /// The seconds an article of `bytes` may take before a warning: ten
    /// times a slow machine's time (about 200 KB/s), and at least 5 s.
    static func timeBudget(bytes: Int) -> Double { 5 + Double(bytes) / 20_000 }

}
