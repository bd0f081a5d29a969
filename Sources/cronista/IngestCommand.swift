import ArgumentParser
import Cronista
import CronistaStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and store them, with global actors, story events and claims.",
        discussion: """
            Idempotent: an article already stored (same bytes) is skipped, so ingesting \
            the same files twice changes nothing, and a rerun after an interrupted ingest \
            stores only what is missing. Articles are stored in batches, one transaction \
            each. Inputs that cannot be read are reported on standard error, one line \
            each, and skipped; the exit code is then 1.

            An article that cannot be analysed is recorded in the store's `failed` table \
            and skipped, by this run and the next (--retry-failed tries them again). The \
            analysis runs in a child process: if it crashes, the article it was on is \
            found from the store's journal and quarantined, and the ingest resumes \
            (docs/store.md, "Crash containment"; --no-isolate runs in this process).
            """)

    @Argument(help: "Files or folders of articles (.txt, .html, .jsonl).")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Published date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that state none.")
    var published: String?

    @Option(help: "Articles per transaction.")
    var batch: Int = 256

    @Option(help: "Analysis threads (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Try again the articles an earlier ingest recorded as failed.")
    var retryFailed = false

    @Flag(inversion: .prefixedNo, help: "Analyse in a child process that is started again if it crashes (the default).")
    var isolate = true

    /// Set by the supervising process on its child; `--after-crash` when the child before it died of a signal.
    @Flag(help: .hidden) var worker = false
    @Flag(help: .hidden) var afterCrash = false

    func validate() throws {
        if let published, !MetadataHeader.isPartialISODate(published) {
            throw ValidationError("--published must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(published)'")
        }
        guard batch > 0, threads > 0 else { throw ValidationError("--batch and --threads must be positive") }
    }

    func run() throws {
        if isolate && !worker { return try IngestSupervisor.run(arguments: Array(CommandLine.arguments.dropFirst())) }
        if worker { IngestSupervisor.dieWithSupervisor() }
        let (files, problems) = InputFiles.expand(paths)
        for problem in problems { printError(problem.description) }
        // A worker of a shared PostgreSQL store is named by its supervisor, so a restarted child finds its marks.
        let supervisor = ProcessInfo.processInfo.environment[IngestSupervisor.supervisorVariable] ?? String(getpid())
        let opened = try store.open(worker: "\(ProcessInfo.processInfo.hostName):\(supervisor)")
        try ingest(into: opened, files: files, unreadable: !problems.isEmpty)
    }

    /// Ingests `files` into `target`.
    private func ingest<Store: EventStore & IngestJournal>(into target: Store, files: [String], unreadable: Bool) throws {
        var ingestor = Ingestor(
            analyzer: try Analyzer.portuguese(), store: target, batchSize: batch, threads: threads,
            fallbackPublished: published, retryFailed: retryFailed)
        ingestor.afterCrash = afterCrash
        ingestor.willAnalyze = IngestSupervisor.faultInjection()
        var bar = ProgressBar()
        let result = try ingestor.run(
            files.map { Self.input($0) as Ingestor<Store>.Input },
            failure: { printError($0.description) },
            progress: { state in
                let rate = Double(state.stored) / max(bar.elapsed, 0.001)
                bar.update(
                    done: state.inputsRead, total: state.inputsTotal,
                    detail: "\(state.stored) stored, \(state.skipped) already stored, \(state.failed) failed, \(Int(rate)) articles/s")
            })
        bar.finish()
        let before = result.failedBefore > 0 ? ", \(result.failedBefore) skipped as failed before (--retry-failed to try them)" : ""
        let elsewhere = result.claimedElsewhere > 0 ? ", \(result.claimedElsewhere) left to other workers" : ""
        print("\(result.stored) articles stored, \(result.skipped) already stored, \(result.failed) failed\(before)\(elsewhere), in \(store.name)")
        if result.failed > 0 || unreadable { throw ExitCode(1) }
    }

    /// An input reading `file` when its turn comes.
    static func input<Store>(_ file: String) -> Ingestor<Store>.Input {
        Ingestor.Input(name: file) {
            let reader = ArticleReader()
            let format = InputFiles.format(of: file)
            let limit = format == .jsonLines ? InputFiles.hardByteLimit : reader.byteLimit
            switch InputFiles.bytes(of: file, limit: limit) {
            case .failure(let failure): return [.failure(failure)]
            case .success(let bytes):
                return reader.read(bytes, source: file, format: format).map { result in
                    result.map { article in
                        var article = article
                        for warning in article.warnings { printError("\(file): warning: \(warning)") }
                        if article.name == nil { article.name = InputFiles.baseName(file) }
                        return article
                    }
                }
            }
        }
    }
}
