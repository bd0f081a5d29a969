import ArgumentParser
import CronistaPostgres
import CronistaStore
import Foundation

/// The PostgreSQL half of `cronista bench store --db postgres://…`: the same
/// corpus ingested by 1, 2, 4… `cronista ingest` worker processes sharing
/// one emptied database, each rate set against SQLite's in the same run.
struct PostgresIngestBench {
    var url: String
    var files: [String]
    /// Analysis threads in all: each of N workers gets threads / N (at least one).
    var threads: Int
    /// SQLite's single-process rate, articles/s, measured just before.
    var sqliteRate: Double
    var sqliteCounts: StoreCounts

    /// Measures each worker count; returns the store as the last run left it.
    func run(workers: [Int]) throws -> PostgresStore {
        let store = try PostgresStore(url: url)
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        let clock = ContinuousClock()
        print("Ingest into PostgreSQL (\(store.location)), worker processes sharing the database:")
        for count in workers {
            try store.removeEverything()
            let perWorker = max(1, threads / count)
            var processes: [Process] = []
            let elapsed = try clock.measure {
                for _ in 0..<count {
                    let process = Process()
                    process.executableURL = executable
                    process.arguments = ["ingest"] + files + ["--db", url, "--threads", String(perWorker), "--no-isolate"]
                    process.standardOutput = FileHandle.nullDevice
                    process.standardError = FileHandle.nullDevice
                    try process.run()
                    processes.append(process)
                }
                for process in processes { process.waitUntilExit() }
            }
            if let failed = processes.first(where: { $0.terminationReason != .exit || $0.terminationStatus != 0 }) {
                throw ValidationError("a PostgreSQL ingest worker failed (status \(failed.terminationStatus)); run `cronista ingest … --db \(store.location)` to see why")
            }
            let counts = try store.counts()
            let rate = Double(counts.articles) / StoreBenchCommand.seconds(elapsed)
            let ratio = sqliteRate > 0 ? rate / sqliteRate : 0
            print(
                "  \(count) worker\(count == 1 ? " " : "s") × \(perWorker) thread\(perWorker == 1 ? "" : "s"): "
                    + "\(String(format: "%.0f", rate)) articles/s (\(String(format: "%.2f", ratio))× SQLite), "
                    + "\(StoreBenchCommand.format(elapsed)) s, \(counts.articles) articles, \(counts.events) events in \(counts.stories) stories"
                    + (counts.articles == sqliteCounts.articles ? "" : " (SQLite stored \(sqliteCounts.articles))"))
        }
        try store.refreshStatistics()
        return store
    }
}
