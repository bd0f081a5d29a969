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
/// what the crash lost. An article that cannot be analysed or prepared is
/// recorded in the journal's `failed` table and skipped, the rest of its
/// batch stored; later runs skip it too unless ``retryFailed`` is set.
/// Articles are marked in flight while they are analysed, so that the run
/// after a crash finds the culprit (see ``IngestJournal``).
public struct Ingestor<Store: EventStore & IngestJournal>: Sendable {
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
        /// Inputs or records that could not be read, and articles that could
        /// not be analysed in this run (now in the `failed` table).
        public var failed: Int
        /// Articles skipped because an earlier run recorded them as failed.
        public var failedBefore: Int = 0
        /// Articles left to other workers sharing the store (``ArticleClaims``):
        /// claimed by one of them, or stored by one since this run looked.
        public var claimedElsewhere: Int = 0
    }

    public var analyzer: Analyzer
    public var store: Store
    /// Articles per transaction.
    public var batchSize: Int
    /// Analysis threads.
    public var threads: Int
    /// The published date given to articles that state none.
    public var fallbackPublished: String?
    /// Whether articles recorded as failed are tried again (`--retry-failed`).
    public var retryFailed = false
    /// Whether the run before this one is known to have crashed (its process
    /// died of a signal while analysing): then a single article it left in
    /// flight is the culprit.
    public var afterCrash = false
    /// Called on the analysing thread just before each article is analysed
    /// (a fault-injection point for the tests of crash containment).
    public var willAnalyze: (@Sendable (Article) -> Void)?

    public init(
        analyzer: Analyzer, store: Store, batchSize: Int = 256, threads: Int = 2, fallbackPublished: String? = nil,
        retryFailed: Bool = false
    ) {
        self.analyzer = analyzer
        self.store = store
        self.batchSize = max(1, batchSize)
        self.threads = max(1, threads)
        self.fallbackPublished = fallbackPublished
        self.retryFailed = retryFailed
    }

    /// Ingests `inputs` in order. `failure` hears of each input or record
    /// that cannot be read and of each article that cannot be analysed (the
    /// rest is still stored); `progress` is told after each stored batch.
    /// Throws when the store fails; every batch committed before stays stored.
    @discardableResult
    public func run(
        _ inputs: [Input], failure: (ArticleReader.Failure) -> Void = { _ in },
        progress: (Progress) -> Void = { _ in }
    ) throws -> Progress {
        var state = Progress(inputsRead: 0, inputsTotal: inputs.count, stored: 0, skipped: 0, failed: 0)
        // What the last run left in flight: one article is the culprit of its
        // crash; several are suspects, analysed one at a time this run.
        var suspects = Set<String>()
        let leftover = try store.inFlight()
        if leftover.count == 1, let culprit = leftover.first, afterCrash || culprit.suspect {
            try store.recordFailures([FailedArticle(documentID: culprit.documentID, source: culprit.source, reason: FailedArticle.crashed)])
            state.failed += 1
            failure(ArticleReader.Failure(input: culprit.source, reason: FailedArticle.crashed + "; recorded as failed"))
        } else {
            suspects = Set(leftover.map(\.documentID))
        }
        if retryFailed {
            suspects.formUnion(try store.failures().map(\.documentID))
            try store.clearFailures()
        }
        try store.clearInFlight()

        let writer = PipelinedWriter(store: store)
        // Claims on a shared store (``ArticleClaims``): those of the batch being
        // written are given up once it is committed, the rest at the end.
        let claims = store as? any ArticleClaims
        var claimedInWriter: [String] = []
        var claimedHere: [String] = []
        defer {
            if let claims, !(claimedInWriter + claimedHere).isEmpty {
                _ = try? writer.finish()
                try? claims.release(claimedInWriter + claimedHere)
            }
        }
        var pending: [Article] = []
        var seen = Set<String>()
        var lines = SiteLineCounter()
        // The (site, lines) of the articles counted in this run: a re-sent copy adds no counts.
        var counted = Set<Int>()

        func flush(_ articles: [Article]) throws {
            let known = try store.storedDocuments(among: articles.map(\.id))
            let failedBefore = try store.failedDocuments(among: articles.map(\.id)).subtracting(known)
            var fresh = articles.filter { !known.contains($0.id) && !failedBefore.contains($0.id) }
            if let claims, !fresh.isEmpty {
                let mine = try claims.claim(fresh.map(\.id))
                state.claimedElsewhere += fresh.count - mine.count
                fresh = fresh.filter { mine.contains($0.id) }
                claimedHere = fresh.map(\.id)
            }
            state.skipped += articles.filter { known.contains($0.id) }.count
            state.failedBefore += articles.filter { failedBefore.contains($0.id) }.count
            // Each site's template lines, counted with this batch before it is analysed.
            var keyed: [(site: String, keys: Set<UInt64>)] = []
            for article in fresh {
                let site = SiteTemplate.site(of: article.source)
                let keys = SiteTemplate.keys(of: article)
                var hasher = Hasher()
                hasher.combine(site)
                hasher.combine(keys)
                keyed.append(counted.insert(hasher.finalize()).inserted ? (site, keys) : (site, []))
            }
            let templates = try lines.add(keyed, store: store)
            var templateOf: [String: Set<UInt64>] = [:]
            var siteLinesOf: [String: (site: String, keys: [UInt64])] = [:]
            for (index, article) in fresh.enumerated() {
                templateOf[article.id] = index < templates.count ? templates[index] : []
                siteLinesOf[article.id] = (keyed[index].site, keyed[index].keys.sorted())
            }
            var results: [(Article, Result<PreparedAnalysis, any Error>)] = []
            // Suspects of a crash alone, each marked on its own.
            for article in fresh where suspects.contains(article.id) {
                try store.markInFlight([JournalEntry(documentID: article.id, source: article.source, suspect: true)])
                results += analyzeInParallel([article], threads: 1, templates: [templateOf[article.id] ?? []])
            }
            let rest = fresh.filter { !suspects.contains($0.id) }
            if !rest.isEmpty {
                try store.markInFlight(rest.map { JournalEntry(documentID: $0.id, source: $0.source) })
                results += analyzeInParallel(rest, threads: threads, templates: rest.map { templateOf[$0.id] ?? [] })
            }
            try store.clearInFlight()
            var analyses: [PreparedAnalysis] = []
            var failures: [FailedArticle] = []
            for (article, result) in results {
                switch result {
                case .success(var analysis):
                    analysis.siteLines = siteLinesOf[article.id]
                    analyses.append(analysis)
                case .failure(let error):
                    failures.append(FailedArticle(documentID: article.id, source: article.source, reason: "\(error)"))
                    failure(ArticleReader.Failure(input: article.source, reason: "cannot be analysed (\(error)); recorded as failed"))
                }
            }
            try store.recordFailures(failures)
            state.failed += failures.count
            if let claims, !failures.isEmpty {
                let failed = Set(failures.map(\.documentID))
                try claims.release(Array(failed))
                claimedHere.removeAll { failed.contains($0) }
            }
            let receipt = try writer.submit(analyses)
            if let claims {
                // The batch before this one is committed: its claims can go.
                try claims.release(claimedInWriter)
                claimedInWriter = claimedHere
                claimedHere = []
            }
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
        if let claims {
            try claims.release(claimedInWriter)
            claimedInWriter = []
        }
        state.stored += last.stored
        state.skipped += last.skipped
        if state.stored > 0 { try store.refreshStatistics() }
        progress(state)
        return state
    }

    /// The analyses of `articles`, in order, computed and prepared for
    /// storing on `threads` threads: the caller's and threads of their own
    /// (not Dispatch's pool, which on a two-core machine the writer may
    /// already occupy). An analysis that cannot be prepared is a failure
    /// of its article alone. `templates` holds each article's site template lines.
    func analyzeInParallel(
        _ articles: [Article], threads: Int, templates: [Set<UInt64>] = []
    ) -> [(Article, Result<PreparedAnalysis, any Error>)] {
        guard !articles.isEmpty else { return [] }
        let analyzer = self.analyzer
        let fallback = fallbackPublished
        let willAnalyze = self.willAnalyze
        let slots = AnalysisSlots(count: articles.count)
        let workers = min(threads, articles.count)
        let work = { @Sendable (worker: Int) in
            var local: [(Int, Result<PreparedAnalysis, any Error>)] = []
            for index in stride(from: worker, to: articles.count, by: workers) {
                willAnalyze?(articles[index])
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
        return Array(zip(articles, slots.analyses))
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
