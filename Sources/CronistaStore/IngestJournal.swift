import Cronista

/// What an ingest remembers beyond the articles it stored: the articles
/// that could not be analysed (`failed`), and the articles whose analysis
/// is under way (`in_flight`), so that a crash is contained.
///
/// A trap (an out-of-range index, a failed precondition) cannot be caught
/// in Swift: it ends the process. So before a batch is analysed its
/// articles are written to the journal as in flight, in a transaction of
/// their own, and they leave it when the batch is stored. An ingest that
/// starts and finds articles still in flight knows that the run before it
/// died analysing one of them (or was killed):
/// - one article left in flight after a crash (the supervising process saw
///   the worker die of a signal such as SIGILL or SIGSEGV), or a suspect
///   left in flight again, is the culprit: it is recorded as failed ("the
///   analysis crashed") and skipped from then on;
/// - otherwise they are suspects: they are analysed first, one at a time,
///   each marked alone, so the next crash leaves only the culprit in flight.
///
/// `cronista ingest` runs the work in a child process and starts it again
/// when it dies of a signal, so one run stores every good article and
/// quarantines the crashing ones (a batch of N costs at most two restarts
/// per culprit). `--retry-failed` clears the failures and tries them again.
public protocol IngestJournal: Sendable {
    /// Marks `articles` as being analysed, replacing any earlier marks.
    func markInFlight(_ articles: [JournalEntry]) throws
    /// Clears every in-flight mark.
    func clearInFlight() throws
    /// The articles left in flight by a run that did not finish.
    func inFlight() throws -> [JournalEntry]
    /// Records failures (one per document id; a repeated failure counts one more attempt).
    func recordFailures(_ failures: [FailedArticle]) throws
    /// The ids, among `documentIDs`, of documents recorded as failed.
    func failedDocuments(among documentIDs: [String]) throws -> Set<String>
    /// Every recorded failure, oldest first.
    func failures() throws -> [FailedArticle]
    /// Forgets every recorded failure (before ``Ingestor`` tries them again); returns how many.
    @discardableResult func clearFailures() throws -> Int
}

/// An article named in the journal.
public struct JournalEntry: Sendable, Equatable, Hashable {
    /// The document id (the SHA-256 of its bytes).
    public var documentID: String
    /// Where it was read from.
    public var source: String
    /// Marked alone, as a suspect of an earlier crash: left in flight again,
    /// it is the culprit.
    public var suspect: Bool

    public init(documentID: String, source: String, suspect: Bool = false) {
        self.documentID = documentID
        self.source = source
        self.suspect = suspect
    }
}

/// An article that could not be analysed or stored, and why.
public struct FailedArticle: Sendable, Equatable {
    public var documentID: String
    public var source: String
    public var reason: String
    /// How many runs failed on it.
    public var attempts: Int

    public init(documentID: String, source: String, reason: String, attempts: Int = 1) {
        self.documentID = documentID
        self.source = source
        self.reason = reason
        self.attempts = attempts
    }

    /// The reason recorded for an article whose analysis ended the process.
    public static let crashed = "the analysis crashed (the process died while analysing it)"
}
