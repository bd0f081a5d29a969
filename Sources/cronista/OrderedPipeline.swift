import Foundation

/// Work spread over several threads, its results handed back one by one
/// in the order the inputs were submitted, with at most `window` inputs
/// in flight: a long input stream is processed in bounded memory.
///
/// With one thread nothing is started: each input is worked on in
/// ``submit(_:deliver:)`` itself, on the caller's thread.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let work: @Sendable (Input) -> Output
    private let threadCount: Int
    private let window: Int
    // Guarded by `condition`:
    private var queue: [(Int, Input)] = []
    private var queueHead = 0
    private var finished: [Int: Output] = [:]
    private var closed = false
    private var running = 0
    // The caller's thread only:
    private var submitted = 0
    private var delivered = 0

    /// Starts `threads` workers running `work`; `window` (at least
    /// `threads`) bounds the inputs submitted and not yet delivered.
    init(threads: Int, window: Int, work: @escaping @Sendable (Input) -> Output) {
        self.work = work
        threadCount = max(1, threads)
        self.window = max(window, threadCount)
        guard threadCount > 1 else { return }
        running = threadCount
        for index in 0..<threadCount {
            let thread = Thread { [self] in self.workerLoop() }
            thread.name = "cronista-worker-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    deinit { close() }

    /// Submits `input`; hands every result that is ready, in order, to
    /// `deliver`, and waits for the oldest while the window is full.
    func submit(_ input: Input, deliver: (Output) throws -> Void) rethrows {
        guard threadCount > 1 else {
            try deliver(work(input))
            return
        }
        condition.lock()
        queue.append((submitted, input))
        submitted += 1
        condition.signal()
        condition.unlock()
        try deliverReady(waitingWhile: { $0 >= self.window }, deliver: deliver)
    }

    /// Hands every remaining result, in order, to `deliver`, then stops the workers.
    func finish(deliver: (Output) throws -> Void) rethrows {
        defer { close() }
        try deliverReady(waitingWhile: { $0 > 0 }, deliver: deliver)
    }

    /// Stops the workers: inputs not yet started are dropped. Waits for
    /// those working to end, so nothing runs after the command returns.
    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    /// Delivers results in order: those ready, and waits for more while
    /// `waitingWhile(outstanding)` holds.
    private func deliverReady(waitingWhile: (Int) -> Bool, deliver: (Output) throws -> Void) rethrows {
        condition.lock()
        while true {
            if let output = finished.removeValue(forKey: delivered) {
                delivered += 1
                condition.unlock()
                try deliver(output)
                condition.lock()
                continue
            }
            guard waitingWhile(submitted - delivered) else { break }
            condition.wait()
        }
        condition.unlock()
    }

    private func workerLoop() {
        condition.lock()
        while true {
            while queueHead == queue.count && !closed { condition.wait() }
            if closed { break }
            let (index, input) = queue[queueHead]
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let output = work(input)
            condition.lock()
            finished[index] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
