import Cronista
import CronistaPostgres
import CronistaStore
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Several workers ingesting the same articles into one database: each
/// article analysed once and stored once, and the stories they merge
/// consistent; a worker killed with SIGKILL loses and doubles nothing.
@Suite("Concurrent PostgreSQL workers", PostgresServer.required, .serialized)
struct ConcurrentWorkersTests {
    @Test("four workers (store instances on threads) analyse and store each article exactly once")
    func fourWorkersExactlyOnce() throws {
        let database = try ScratchDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-workers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Corpus.writeArticles(60, to: folder)
        let inputs: [Ingestor<PostgresStore>.Input] = files.map { file in
            Ingestor.Input(name: file) {
                ArticleReader().read([UInt8]((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()), source: file, format: .text)
            }
        }
        let analysed = Mutex<[String: Int]>([:])
        let results = Mutex<[Result<Ingestor<PostgresStore>.Progress, any Error>]>([])
        let stores = try (0..<4).map { _ in try database.store() }
        let done = DispatchGroup()
        for store in stores {
            done.enter()
            var ingestor = Ingestor(analyzer: Corpus.analyzer, store: store, batchSize: 4, threads: 1)
            ingestor.willAnalyze = { article in analysed.withLock { $0[article.id, default: 0] += 1 } }
            let worker = ingestor
            Thread {
                let result = Result { try worker.run(inputs) }
                results.withLock { $0.append(result) }
                done.leave()
            }.start()
        }
        done.wait()
        let progress = try results.withLock { try $0.map { try $0.get() } }
        #expect(progress.map(\.stored).reduce(0, +) == files.count)
        #expect(progress.allSatisfy { $0.failed == 0 })
        let counts = analysed.withLock { $0 }
        #expect(counts.count == files.count)
        #expect(counts.values.allSatisfy { $0 == 1 }, "an article was analysed twice")
        #expect(try stores[0].counts().articles == files.count)
        #expect(try stores[0].storedDocuments(among: Array(counts.keys)).count == files.count)
        // Story merging stayed consistent with the writers interleaved.
        #expect(try stores[0].consistencyProblems() == [])
        // The workers' stories are those of one worker alone (the articles
        // repeat five seeds, so the merged stories do not depend on the order).
        let alone = try ScratchDatabase()
        _ = try Ingestor(analyzer: Corpus.analyzer, store: try alone.store(), batchSize: 4, threads: 1).run(inputs)
        #expect(try alone.store().counts() == stores[0].counts())
    }

    @Test("one of four ingest processes killed with SIGKILL: nothing half stored, no claim lost, the rerun completes each article once")
    func killedWorker() throws {
        let database = try ScratchDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronista-killed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Corpus.writeArticles(120, to: folder)
        let expected = try Corpus.articles(files)
        let store = try database.store()
        let arguments = [folder.path, "--db", database.url, "--batch", "4", "--threads", "1", "--no-isolate"]
        let workers = try (0..<4).map { _ in try CronistaBinary.ingest(arguments) }
        let deadline = Date().addingTimeInterval(180)
        while Date() < deadline, workers[0].isRunning, try store.counts().articles < 12 { usleep(20_000) }
        kill(workers[0].processIdentifier, SIGKILL)
        for worker in workers { worker.waitUntilExit() }
        #expect(workers[0].terminationReason == .uncaughtSignal)
        for worker in workers.dropFirst() { #expect(worker.terminationReason == .exit && worker.terminationStatus == 0) }

        // Whatever is stored is whole, and stored once.
        let stored = try store.storedDocuments(among: Array(expected.keys))
        #expect(try store.counts().articles == stored.count)
        #expect(try store.consistencyProblems() == [])
        for id in stored.sorted().prefix(40) {
            #expect(try store.analysis(documentID: id) == Corpus.analyzer.analyze(expected[id]!))
        }
        // No claim outlived the dead worker: every article not stored can be claimed.
        let missing = Array(Set(expected.keys).subtracting(stored))
        #expect(try store.claim(missing) == Set(missing))
        try store.release(missing)

        // A rerun stores exactly what is missing.
        let rerun = try CronistaBinary.ingest([folder.path, "--db", database.url, "--threads", "1"])
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        #expect(try store.counts().articles == files.count)
        #expect(try store.storedDocuments(among: Array(expected.keys)).count == files.count)
        #expect(try store.consistencyProblems() == [])
        #expect(try database.store().inFlight() == [])
    }
}
