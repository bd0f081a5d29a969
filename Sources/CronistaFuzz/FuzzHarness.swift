import Cronista
import Foundation

/// One fuzz input through what a hostile feed reaches: the readers (corpus
/// text, HTML, JSON Lines, chosen by the input's first byte) and, for every
/// article they return, decoding, cleaning and the whole analysis (with the
/// syntax stage when the second byte is odd). The analysis is encoded as
/// the public JSON too, so that every field is computed.
///
/// A trap anywhere is a crash libFuzzer keeps; so is an input that takes
/// more than ``slowness`` times the CPU time its size should take (linear time
/// is part of the contract: docs/reliability.md).
enum FuzzHarness {
    /// The analyzers, loaded once per process.
    static let analyzer = try! Analyzer.portuguese()
    static let syntaxAnalyzer = try! Analyzer.portuguese(stages: Analyzer.Stages.all.union(.syntax))
    static let reader = ArticleReader()
    static let encoder = JSONEncoder()

    /// How many times its expected time an input may take before it counts as a failure.
    static let slowness = 10.0
    /// The expected time of an input: a fixed cost plus a rate, generous for
    /// an instrumented build (the analysis runs at about 1 MB/s uninstrumented).
    static func expectedSeconds(bytes: Int) -> Double { 0.02 + Double(bytes) / 100_000 }

    /// The reader format a first byte selects.
    static func format(_ byte: UInt8) -> ArticleReader.Format {
        switch byte % 3 {
        case 0: return .text
        case 1: return .html
        default: return .jsonLines
        }
    }

    /// Runs one input; returns a description of the failure, if any.
    @discardableResult
    static func run(_ data: [UInt8]) -> String? {
        guard data.count >= 2 else { return nil }
        let format = format(data[0])
        let analyzer = data[1] & 1 == 1 ? syntaxAnalyzer : analyzer
        let body = Array(data[2...])
        func analyse() -> Double {
            let start = threadCPUSeconds()
            var checksum = 0
            for case .success(let article) in reader.read(body, source: "fuzz", format: format) {
                let analysis = analyzer.analyze(article, fallbackPublished: "2024-06-19")
                checksum &+= (try? encoder.encode(analysis).count) ?? 0
            }
            if checksum == -1 { print("") }
            return threadCPUSeconds() - start
        }
        var seconds = analyse()
        let limit = slowness * expectedSeconds(bytes: data.count)
        // Confirmed once, so that a page fault storm or a preempted core is not a finding.
        if seconds > limit { seconds = min(seconds, analyse()) }
        if seconds > limit {
            return String(format: "slow input: %d bytes took %.2f s, more than %.0f× the expected %.3f s", data.count, seconds, slowness,
                expectedSeconds(bytes: data.count))
        }
        return nil
    }
}

/// The CPU time of the calling thread: what an input costs, whatever else
/// the machine runs (wall time on a shared machine made false findings).
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Loads the analyzers before the first input, so that libFuzzer's timeout never counts it.
func loadAnalyzers() {
    _ = FuzzHarness.analyzer
    _ = FuzzHarness.syntaxAnalyzer
}
