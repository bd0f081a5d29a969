import CronistaStore
import Foundation

/// 64-bit advisory lock keys from names: the first eight bytes of their FNV-1a hash.
enum ClaimKey {
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The key of a document's claim.
    static func document(_ id: String) -> Int64 { Int64(bitPattern: hash("document|" + id)) }
}

/// Claims are session advisory locks (`pg_try_advisory_lock`) on each
/// document's key, taken on the store's claims connection: a claim is held
/// exactly as long as the worker's connection, so a worker's death releases
/// it, and no table row can be left claiming an article nobody works on.
extension PostgresStore: ArticleClaims {
    /// Opens the claims connection when needed, taking the lock on this worker's name (see ``IngestJournal``).
    func claimsSession<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
        let owner = Self.ownerKey(worker)
        return try pool.withClaims(setUp: { session in
            try session.execute("SELECT pg_advisory_lock(?)", [.int(owner)])
        }, body)
    }

    public func claim(_ documentIDs: [String]) throws -> Set<String> {
        guard !documentIDs.isEmpty else { return [] }
        let keys = Dictionary(documentIDs.map { (ClaimKey.document($0), $0) }, uniquingKeysWith: { a, _ in a })
        return try claimsSession { session in
            let ordered = keys.keys.sorted()
            var claimed = Set<String>()
            for row in try session.query(
                "SELECT k FROM unnest(?::bigint[]) AS c(k) WHERE pg_try_advisory_lock(k)", [.ints(ordered)])
            {
                if let id = keys[try row.int64(0)] { claimed.insert(id) }
            }
            guard !claimed.isEmpty else { return [] }
            // Claimed now, so any worker that stored one of them has committed: leave those.
            let done = Set(try session.query(
                """
                SELECT document_id FROM article WHERE document_id = ANY(?)
                UNION SELECT document_id FROM failed WHERE document_id = ANY(?)
                """, [.texts(Array(claimed)), .texts(Array(claimed))]).map { try $0.string(0) })
            if !done.isEmpty { try unlock(Array(done), session: session) }
            return claimed.subtracting(done)
        }
    }

    public func release(_ documentIDs: [String]) throws {
        guard !documentIDs.isEmpty else { return }
        try claimsSession { try unlock(documentIDs, session: $0) }
    }

    private func unlock(_ documentIDs: [String], session: PostgresSession) throws {
        try session.execute(
            "SELECT pg_advisory_unlock(k) FROM unnest(?::bigint[]) AS c(k)", [.ints(documentIDs.map(ClaimKey.document))])
    }
}
