import Cronista
import Foundation

/// `analyze` as a user runs it, measured beside the analysis inside it in
/// one run: a JSON Lines corpus of the bench's articles is written, its
/// articles analysed alone on one core, then the real `cronista analyze`
/// run on it (to standard output and with `--json-dir`, on 1 and more
/// threads) and on one small article for the start-up time.
struct EndToEndBench {
    let analyzer: Analyzer
    let articles: [Article]
    let megabytes: Int

    /// A figure of one `analyze` run.
    struct Run {
        var seconds: Double
        /// Processor seconds of the child process, all threads.
        var cpuSeconds: Double
        var status: Int32
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try writeCorpus(to: corpus)
        let reader = ArticleReader()
        let records = reader.read([UInt8](try Data(contentsOf: corpus)), source: corpus.path, format: .jsonLines).compactMap { try? $0.get() }
        let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
        let megabytesRead = Double(bytes) / 1e6
        print("  end to end, in this run: \(records.count) records, \(String(format: "%.1f", megabytesRead)) MB of text in one JSON Lines file")

        // The analysis alone, as analyze does it (with the batch's site templates), on one core.
        var tally = SiteTemplate.Tally()
        for article in records { tally.add(article) }
        let templates = tally.templates()
        var checksum = 0
        let cpuStart = processorSeconds()
        let alone = ContinuousClock().measure {
            for article in records {
                let analysis = analyzer.analyze(article, siteTemplate: templates[SiteTemplate.site(of: article.source)] ?? [])
                checksum &+= analysis.sentences.count
            }
        }.seconds
        let aloneCPU = processorSeconds() - cpuStart
        if checksum == -1 { print("") }
        let aloneRate = megabytesRead / alone
        print("    analysis alone:        \(String(format: "%6.2f", aloneRate)) MB/s (one core; processor \(String(format: "%.2f", aloneCPU)) s)")

        let executable = Self.executable()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let threadCounts = Array(Set([1, 2, cores])).sorted()
        var stdoutRates: [Int: Double] = [:]
        for threads in threadCounts {
            let run = try Self.time(executable, ["analyze", "--threads", "\(threads)", corpus.path])
            let rate = megabytesRead / run.seconds
            stdoutRates[threads] = rate
            print("    analyze > stdout:      \(String(format: "%6.2f", rate)) MB/s on \(threads) thread\(threads == 1 ? " " : "s"), \(String(format: "%.2f", rate / aloneRate))× the analysis alone, \(String(format: "%.2f", run.cpuSeconds / run.seconds)) cores busy\(run.status == 0 ? "" : " (exit \(run.status))")")
        }
        for threads in threadCounts {
            let out = folder.appendingPathComponent("out-\(threads)")
            let run = try Self.time(executable, ["analyze", "--threads", "\(threads)", "--json-dir", out.path, corpus.path])
            try? FileManager.default.removeItem(at: out)
            let rate = megabytesRead / run.seconds
            print("    analyze --json-dir:    \(String(format: "%6.2f", rate)) MB/s on \(threads) thread\(threads == 1 ? " " : "s"), \(String(format: "%.2f", rate / (stdoutRates[threads] ?? rate)))× stdout, \(String(format: "%.2f", run.cpuSeconds / run.seconds)) cores busy\(run.status == 0 ? "" : " (exit \(run.status))")")
        }

        // Start-up: one small article, and --help, medians of three.
        let small = folder.appendingPathComponent("small.txt")
        let smallest = articles.min { $0.text.utf8.count < $1.text.utf8.count }
        try Data((smallest?.text ?? "O ministro chegou a Luanda.").utf8).write(to: small)
        let single = try (0..<3).map { _ in try Self.time(executable, ["analyze", small.path]) }.map(\.seconds).sorted()[1]
        let help = try (0..<3).map { _ in try Self.time(executable, ["--help"]) }.map(\.seconds).sorted()[1]
        print("    start-up:              \(String(format: "%.0f", single * 1000)) ms for a single-article analyze, \(String(format: "%.0f", help * 1000)) ms for --help (medians of 3)")
    }

    /// The bench's articles repeated to `megabytes` as JSON Lines records,
    /// each copy under a site of its own, so no copy makes another's lines
    /// look like a site's template.
    func writeCorpus(to url: URL) throws {
        var writer = JSONWriter()
        var bytes = 0
        var copy = 0
        while bytes < megabytes * 1_000_000 {
            copy += 1
            for (index, article) in articles.enumerated() {
                writer.beginObject()
                writer.key("id"); writer.value("c\(copy)-\(index)")
                writer.key("text"); writer.value(article.text)
                writer.key("url"); writer.value("https://copy\(copy).bench.invalid/\(index)")
                writer.endObject()
                writer.appendRaw(0x0A)
                bytes += article.text.utf8.count
            }
        }
        try Data(writer.bytes).write(to: url)
    }

    /// This program's own executable.
    static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Runs `executable ARGUMENTS`, output discarded: wall and processor time.
    static func time(_ executable: URL, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let before = childProcessorSeconds()
        let clock = ContinuousClock()
        let started = clock.now
        try process.run()
        process.waitUntilExit()
        let seconds = (clock.now - started).seconds
        return Run(seconds: seconds, cpuSeconds: childProcessorSeconds() - before, status: process.terminationStatus)
    }

    /// The processor time of the child processes waited for, in seconds.
    static func childProcessorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
