import Cronista
import Dispatch
import Foundation
import Synchronization

/// Reads, analyses and stores articles: analysis on several threads (the
/// ``Analyzer`` is a value shared by all), one writer storing batch after
/// batch, each batch one transaction, while the next batch is analysed.
///
/// Articles already stored are recognised by their document id (the SHA-256
/// of their bytes) before analysis, so a rerun after a crash only analyses
/// what the crash lost.
public struct Ingestor<Store: EventStore>: Sendable {
    /// One input: a file, read when its turn comes.
    public struct Input: Sendable {
        /// The path, for error messages.
        public var name: String
        /// Its articles, or the reason each could not be read.
        public var read: @Sendable () -> [Result<Article, ArticleReader.Failure>]

        public init(name: String, read: @escaping @Sendable () -> [Result<Article, ArticleReader.Failure>]) {
            self.name = name
            self.read = read
        }
    }

    /// How far an ingest has come.
    public struct Progress: Sendable, Equatable {
        public var inputsRead: Int
        public var inputsTotal: Int
        /// Articles newly stored.
        public var stored: Int
        /// Articles already in the store.
        public var skipped: Int
        /// Inputs or records that could not be read.
        public var failed: Int
    }

    public var analyzer: Analyzer
    public var store: Store
    /// Articles per transaction.
    public var batchSize: Int
    /// Analysis threads.
    public var threads: Int
    /// The published date given to articles that state none.
    public var fallbackPublished: String?

    public init(analyzer: Analyzer, store: Store, batchSize: Int = 256, threads: Int = 2, fallbackPublished: String? = nil) {
        self.analyzer = analyzer
        self.store = store
        self.batchSize = max(1, batchSize)
        self.threads = max(1, threads)
        self.fallbackPublished = fallbackPublished
    }

    /// Ingests `inputs` in order. `failure` hears of each input or record
    /// that cannot be read (the rest is still stored); `progress` is told
    /// after each stored batch. Throws when the store fails; every batch
    /// committed before stays stored.
    @discardableResult
    public func run(
        _ inputs: [Input], failure: (ArticleReader.Failure) -> Void = { _ in },
        progress: (Progress) -> Void = { _ in }
    ) throws -> Progress {
        var state = Progress(inputsRead: 0, inputsTotal: inputs.count, stored: 0, skipped: 0, failed: 0)
        let writer = PipelinedWriter(store: store)
        var pending: [Article] = []
        var seen = Set<String>()
        var lines = SiteLineCounter()

        func flush(_ articles: [Article]) throws {
            let known = try store.storedDocuments(among: articles.map(\.id))
            let fresh = articles.filter { !known.contains($0.id) }
            state.skipped += articles.count - fresh.count
            let keyed = fresh.map { (site: SiteTemplate.site(of: $0.source), keys: SiteTemplate.keys(of: $0)) }
            let templates = try lines.add(keyed, store: store)
            var analyses = try analyzeInParallel(fresh, templates: templates)
            for index in analyses.indices { analyses[index].siteLines = (keyed[index].site, keyed[index].keys.sorted()) }
            let receipt = try writer.submit(analyses)
            state.stored += receipt.stored
            state.skipped += receipt.skipped
            progress(state)
        }

        for input in inputs {
            for result in input.read() {
                switch result {
                case .failure(let reason):
                    state.failed += 1
                    failure(reason)
                case .success(let article):
                    if seen.insert(article.id).inserted { pending.append(article) } else { state.skipped += 1 }
                }
            }
            state.inputsRead += 1
            while pending.count >= batchSize {
                try flush(Array(pending.prefix(batchSize)))
                pending.removeFirst(batchSize)
            }
            if seen.count > 1_000_000 { seen.removeAll(keepingCapacity: true) }
        }
        if !pending.isEmpty { try flush(pending) }
        let last = try writer.finish()
        state.stored += last.stored
        state.skipped += last.skipped
        if state.stored > 0 { try store.refreshStatistics() }
        progress(state)
        return state
    }

    /// The analyses of `articles`, in order, computed and prepared for
    /// storing on ``threads`` threads: the caller's and threads of their own
    /// (not Dispatch's pool, which on a two-core machine the writer may
    /// already occupy).
    func analyzeInParallel(_ articles: [Article], templates: [Set<UInt64>] = []) throws -> [PreparedAnalysis] {
        guard !articles.isEmpty else { return [] }
        let analyzer = self.analyzer
        let fallback = fallbackPublished
        let slots = AnalysisSlots(count: articles.count)
        let workers = min(threads, articles.count)
        let work = { @Sendable (worker: Int) in
            var local: [(Int, Result<PreparedAnalysis, any Error>)] = []
            for index in stride(from: worker, to: articles.count, by: workers) {
                let template = index < templates.count ? templates[index] : []
                let analysis = analyzer.analyze(articles[index], fallbackPublished: fallback, siteTemplate: template)
                local.append((index, Result { try PreparedAnalysis(analysis) }))
            }
            slots.fill(local)
        }
        let done = DispatchGroup()
        for worker in 1..<workers {
            done.enter()
            Thread {
                work(worker)
                done.leave()
            }.start()
        }
        work(0)
        done.wait()
        return try slots.analyses.map { try $0.get() }
    }
}

/// The counts of site lines an ingest run works with: for each (site, line)
/// met in the run, the count the store held before the run (read once, when
/// the run first meets it, so before the run has stored any article with
/// it) plus the articles of the run that carry it. So the template of each
/// batch is known before it is analysed, while the batch before it is still
/// being written.
struct SiteLineCounter {
    var before: [String: [UInt64: Int]] = [:]
    var run = SiteTemplate.Tally()

    /// Counts the lines of a batch's articles and returns, per article, the
    /// keys of its site's template.
    mutating func add(_ articles: [(site: String, keys: Set<UInt64>)], store: some EventStore) throws -> [Set<UInt64>] {
        var unseen: [String: Set<UInt64>] = [:]
        for (site, keys) in articles {
            let known = before[site] ?? [:]
            for key in keys where known[key] == nil { unseen[site, default: []].insert(key) }
        }
        for (site, keys) in unseen {
            let stored = try store.siteLineCounts(site: site, keys: Array(keys))
            var known = before[site] ?? [:]
            for key in keys { known[key] = stored[key] ?? 0 }
            before[site] = known
        }
        for (site, keys) in articles { run.add(keys, site: site) }
        return articles.map { site, keys in
            let stored = before[site] ?? [:]
            let counted = run.counts[site] ?? [:]
            return keys.filter { (stored[$0] ?? 0) + (counted[$0] ?? 0) >= SiteTemplate.threshold }
        }
    }
}

/// The prepared analyses of a batch, filled in by the analysis threads.
final class AnalysisSlots: Sendable {
    private let slots: Mutex<[Result<PreparedAnalysis, any Error>?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func fill(_ analyses: [(Int, Result<PreparedAnalysis, any Error>)]) {
        slots.withLock { slots in
            for (index, analysis) in analyses { slots[index] = analysis }
        }
    }

    var analyses: [Result<PreparedAnalysis, any Error>] { slots.withLock { $0.compactMap { $0 } } }
}

/// One writer thread: a batch is stored while the caller analyses the next.
/// At most one batch is in flight; its receipt (or error) is collected when
/// the next batch is submitted, or by ``finish()``.
final class PipelinedWriter<Store: EventStore>: Sendable {
    private let store: Store
    private let queue = DispatchQueue(label: "cronista.store.writer")
    private let group = DispatchGroup()
    private let outcome = Mutex<Result<StoreReceipt, any Error>?>(nil)

    init(store: Store) {
        self.store = store
    }

    /// Waits for the batch in flight, then starts storing `analyses`;
    /// returns the receipt of the batch waited for.
    func submit(_ analyses: [PreparedAnalysis]) throws -> StoreReceipt {
        let previous = try finish()
        guard !analyses.isEmpty else { return previous }
        queue.async(group: group) { [self] in
            let result = Result { try store.store(analyses) }
            outcome.withLock { $0 = result }
        }
        return previous
    }

    /// Waits for the batch in flight and returns its receipt.
    func finish() throws -> StoreReceipt {
        group.wait()
        let result = outcome.withLock { value in
            defer { value = nil }
            return value
        }
        return try result?.get() ?? StoreReceipt()
    }
}
