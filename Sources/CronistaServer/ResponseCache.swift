import CronistaStore
import Foundation
import Hummingbird
import Synchronization

/// The answers of read routes, by URI, while the store does not change:
/// most reads are repeated (the dashboard, a busy dyad, a word searched
/// again), and the store only changes when articles are stored.
///
/// Bounded in bytes; past the bound the oldest entries go first. Emptied
/// when this server stores articles, and when the store's
/// ``StoreBrowsing/generation()`` moves (another process ingesting), which
/// is read at most every ``recheck`` (on the store's queue, never on the
/// caller's thread), so that an answer lags an outside ingest by about that.
final class ResponseCache: Sendable {
    /// How often the store's generation is read.
    static let recheck: Duration = .milliseconds(250)

    private struct State {
        var entries: [String: Reply] = [:]
        /// Keys, oldest first (some already evicted or replaced).
        var order: [String] = []
        var orderStart = 0
        var bytes = 0
        var generation: Int64?
        var checked: ContinuousClock.Instant?
        /// Counts the emptyings, so that an answer read before one is not kept after it.
        var epoch = 0

        mutating func empty() {
            entries.removeAll()
            order.removeAll()
            orderStart = 0
            bytes = 0
            epoch += 1
        }
    }

    let capacity: Int
    private let state = Mutex(State())
    private let generation: (@Sendable () throws -> Int64)?

    /// A cache of at most `capacity` bytes of bodies (0: none) over `store`.
    init(capacity: Int, store: any EventStore) {
        self.capacity = capacity
        if let browsing = store as? any StoreBrowsing {
            generation = { try browsing.generation() }
        } else {
            generation = nil
        }
    }

    var isEnabled: Bool { capacity > 0 && generation != nil }

    /// The answer kept for `key`, if the store has not changed since, and
    /// the epoch to give ``keep(_:for:epoch:)`` with an answer read now.
    func reply(for key: String) -> (reply: Reply?, epoch: Int) {
        guard isEnabled else { return (nil, 0) }
        revalidate()
        return state.withLock { ($0.entries[key], $0.epoch) }
    }

    /// Keeps `reply` for `key` unless the cache was emptied since `epoch`
    /// (nor one larger than a tenth of the capacity).
    func keep(_ reply: Reply, for key: String, epoch: Int) {
        let size = reply.body.readableBytes + key.utf8.count + 256
        guard isEnabled, reply.status == .ok, size <= capacity / 10 else { return }
        state.withLock { state in
            guard state.epoch == epoch else { return }
            if let old = state.entries.updateValue(reply, forKey: key) {
                state.bytes -= old.body.readableBytes + key.utf8.count + 256
            } else {
                state.order.append(key)
            }
            state.bytes += size
            while state.bytes > capacity, state.orderStart < state.order.count {
                let oldest = state.order[state.orderStart]
                state.orderStart += 1
                if let gone = state.entries.removeValue(forKey: oldest) {
                    state.bytes -= gone.body.readableBytes + oldest.utf8.count + 256
                }
            }
            if state.orderStart > 4096, state.orderStart * 2 > state.order.count {
                state.order.removeFirst(state.orderStart)
                state.orderStart = 0
            }
        }
    }

    /// Forgets every answer (after a write).
    func clear() {
        state.withLock { state in
            state.empty()
            state.generation = nil
            state.checked = nil
        }
    }

    /// Empties the cache when the store's generation moved since last read.
    private func revalidate() {
        let now = ContinuousClock.now
        let due = state.withLock { state -> Bool in
            guard let checked = state.checked, now - checked < Self.recheck else {
                state.checked = now
                return true
            }
            return false
        }
        guard due, let generation else { return }
        Blocking.queue.async { [self] in
            let current = (try? generation()) ?? -1
            state.withLock { state in
                if state.generation != current {
                    state.empty()
                    state.generation = current
                }
            }
        }
    }
}
