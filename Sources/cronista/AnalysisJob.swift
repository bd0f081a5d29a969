import Cronista
import Foundation

/// One piece of `analyze`'s input, worked on by one thread: the jobs are
/// made in input order and their results written in that order.
enum AnalysisJob: Sendable {
    /// An input that could not be read, reported in its place in the order.
    case failure(String)
    /// A `.txt` or `.html` file: read and analysed whole.
    case file(String)
    /// The start of a JSON Lines file, read line by line.
    case beginLines(String)
    /// One line of a JSON Lines file, without its line feed.
    case record(file: String, line: Int, bytes: [UInt8])
    /// The end of a JSON Lines file.
    case endLines(String)

    /// The jobs for `files`, in order, handed to `submit`: a JSON Lines
    /// file streamed a line at a time, so that it is never held whole.
    static func enumerate(_ files: [String], reader: ArticleReader, submit: (AnalysisJob) throws -> Void) throws {
        for file in files {
            guard InputFiles.format(of: file) == .jsonLines else {
                try submit(.file(file))
                continue
            }
            if let failure = InputFiles.refusal(of: file, limit: InputFiles.hardByteLimit) {
                try submit(.failure(failure.description))
                continue
            }
            guard var lines = LineReader(path: file) else {
                try submit(.failure("\(file): cannot read the file (permission denied?)"))
                continue
            }
            defer { lines.close() }
            try submit(.beginLines(file))
            var number = 0
            do {
                while let line = try lines.next() {
                    number += 1
                    try submit(.record(file: file, line: number, bytes: Array(line)))
                }
            } catch let error as POSIXError {
                try submit(.failure("\(file): cannot read the file: \(String(cString: strerror(error.code.rawValue)))"))
            }
            try submit(.endLines(file))
        }
    }
}

/// What one ``AnalysisJob`` gives, to be reported and written in order.
struct AnalysisJobResult: Sendable {
    enum Item: Sendable {
        /// An input or a record that could not be read (an error line).
        case readFailure(String)
        /// A warning line about an article that was analysed.
        case warning(String)
        /// One analysis: its JSON, the output name wanted for it and its source.
        case analysis(json: [UInt8], name: String, source: String)
    }

    var items: [Item] = []
    /// Set for ``AnalysisJob/beginLines(_:)``: the JSON Lines file starting.
    var beginLines: String?
    /// Set for ``AnalysisJob/endLines(_:)``: the JSON Lines file ended.
    var endLines: String?
}

/// The work of a job: reading, analysing and encoding, on any thread.
struct AnalysisWorker: Sendable {
    let analyzer: Analyzer
    let reader: ArticleReader
    /// Per site, the lines repeated across the batch (``SiteTemplate``).
    let templates: [String: Set<UInt64>]
    let published: String?
    let pretty: Bool

    func run(_ job: AnalysisJob) -> AnalysisJobResult {
        var result = AnalysisJobResult()
        switch job {
        case .failure(let message):
            result.items.append(.readFailure(message))
        case .beginLines(let file):
            result.beginLines = file
        case .endLines(let file):
            result.endLines = file
        case .file(let file):
            switch InputFiles.bytes(of: file, limit: reader.byteLimit) {
            case .failure(let failure):
                result.items.append(.readFailure(failure.description))
            case .success(let bytes):
                for article in reader.read(bytes, source: file, format: InputFiles.format(of: file)) {
                    add(article, file: file, to: &result)
                }
            }
        case .record(let file, let line, let bytes):
            if let article = reader.record(bytes[...], source: file, line: line) { add(article, file: file, to: &result) }
        }
        return result
    }

    private func add(_ read: Result<Article, ArticleReader.Failure>, file: String, to result: inout AnalysisJobResult) {
        var article: Article
        switch read {
        case .failure(let failure):
            result.items.append(.readFailure(failure.description))
            return
        case .success(let a): article = a
        }
        for warning in article.warnings { result.items.append(.warning("\(file): warning: \(warning)")) }
        if article.name == nil { article.name = InputFiles.baseName(file) }
        let template = templates[SiteTemplate.site(of: article.source)] ?? []
        let clock = ContinuousClock()
        let started = clock.now
        let analysis = analyzer.analyze(article, fallbackPublished: published, siteTemplate: template)
        // The last resort of linear time: a warning when an article takes far longer than its size should.
        let seconds = (clock.now - started).seconds
        let budget = AnalyzeCommand.timeBudget(bytes: article.text.utf8.count)
        if seconds > budget {
            result.items.append(.warning(String(format: "warning: %@: the analysis took %.1f s, over its budget of %.1f s", article.source, seconds, budget)))
        }
        var writer = JSONWriter(pretty: pretty, capacity: analysis.document.text.utf8.count * 3 + 4096)
        writer.write(analysis)
        result.items.append(.analysis(json: writer.bytes, name: article.name ?? analysis.document.id, source: article.source))
    }
}
