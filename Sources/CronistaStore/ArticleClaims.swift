/// A store that several ingest processes write at once: before a worker
/// analyses an article it claims it, so that no two workers analyse the
/// same article, and it gives the claim up once the article's batch is
/// committed (or the article recorded as failed).
///
/// A claim belongs to the worker's connection: a worker that dies (even by
/// SIGKILL) loses its claims with it, so none is ever left stranded, and a
/// later run analyses what the dead worker had not committed. ``Ingestor``
/// uses claims when its store offers them; ``SQLiteStore``, with one writer
/// per file, does not need them.
public protocol ArticleClaims: Sendable {
    /// Claims, among `documentIDs`, every article no other worker holds and
    /// none has stored or recorded as failed; returns those claimed. Checking
    /// after claiming means a worker never analyses an article another
    /// worker committed before giving its claim up.
    func claim(_ documentIDs: [String]) throws -> Set<String>

    /// Gives up claims taken by ``claim(_:)``.
    func release(_ documentIDs: [String]) throws
}
