import Cronista
import CronistaStore
import Dispatch
import Foundation
import Hummingbird
import Synchronization

/// `GET /api/export`: every story event, streamed as CSV, JSON Lines or
/// PLOVER records. The store is read on a thread of its own, in pages, and
/// at most a few 64 KB chunks wait for the client at a time.
enum Export {
    static func response(format: String, backend: Backend) throws -> Response {
        let contentType: String
        switch format {
        case "csv": contentType = "text/csv; charset=utf-8"
        case "jsonl", "plover": contentType = "application/jsonl; charset=utf-8"
        default: throw Problem.badRequest("format is csv, jsonl or plover, not '\(format)'")
        }
        let lexicon = format == .some("plover") ? try backend.analyzer().resources.eventExtractor.lexicon : nil
        let store = backend.store
        let pipe = ChunkPipe()
        let thread = Thread {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var buffer = Data()
            func line(_ text: String) throws {
                buffer.append(contentsOf: text.utf8)
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 {
                    try pipe.send(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            do {
                if format == "csv" { try line(EventCSV.headerLine) }
                try store.forEachStory { story in
                    switch format {
                    case "csv": try line(EventCSV.line(story))
                    case "plover":
                        if let lexicon, let record = PLOVERRecord(story, lexicon: lexicon) {
                            try line(String(decoding: try encoder.encode(record), as: UTF8.self))
                        }
                    default: try line(String(decoding: try encoder.encode(story), as: UTF8.self))
                    }
                }
                if !buffer.isEmpty { try pipe.send(buffer) }
                pipe.finish(nil)
            } catch {
                pipe.finish(error)
            }
        }
        thread.start()
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentDisposition] = "attachment; filename=\"cronista-export.\(format == "csv" ? "csv" : "jsonl")\""
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                do {
                    for try await chunk in pipe.stream {
                        pipe.consumed()
                        try await writer.write(ByteBuffer(bytes: chunk))
                    }
                    try await writer.finish(nil)
                } catch {
                    pipe.cancel()
                    throw error
                }
            })
    }
}

/// Chunks handed from a producing thread to an async consumer, at most
/// ``capacity`` waiting at once: the producer blocks until the consumer
/// takes one, and stops when the consumer goes away.
final class ChunkPipe: Sendable {
    struct Cancelled: Error {}

    static let capacity = 4
    let stream: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private let permits = DispatchSemaphore(value: ChunkPipe.capacity)
    private let cancelled = Atomic<Bool>(false)

    init() {
        (stream, continuation) = AsyncThrowingStream.makeStream()
        continuation.onTermination = { [self] _ in cancel() }
    }

    func send(_ chunk: Data) throws {
        permits.wait()
        if cancelled.load(ordering: .sequentiallyConsistent) {
            permits.signal()
            throw Cancelled()
        }
        continuation.yield(chunk)
    }

    func consumed() { permits.signal() }

    func finish(_ error: (any Error)?) {
        if let error { continuation.finish(throwing: error) } else { continuation.finish() }
    }

    func cancel() {
        cancelled.store(true, ordering: .sequentiallyConsistent)
        permits.signal()
    }
}
