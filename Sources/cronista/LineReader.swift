import Foundation

/// The lines of a file, read in chunks: each line's bytes without its line
/// feed (split on 0x0A, nothing decoded), so a JSON Lines file of any size
/// is read in the memory of its longest line.
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`.
    private var start = 0
    private var atEnd = false
    /// Whether the piece after the last line feed has been handed out.
    private var handedLast = false
    private let chunkSize: Int

    /// Opens `path`; nil when it cannot be opened.
    init?(path: String, chunkSize: Int = 1 << 20) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// Closes the file.
    func close() { closeDescriptor(descriptor) }

    /// The next line, or nil after the last. As with
    /// `split(separator: 0x0A, omittingEmptySubsequences: false)`, a file
    /// ending in a line feed ends with an empty line.
    /// Throws the `errno` of a failed read.
    mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            if atEnd {
                if handedLast { return nil }
                handedLast = true
                return buffer[start...]
            }
            try fill()
        }
    }

    /// Drops the lines handed out and reads one more chunk behind the rest.
    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let old = buffer.count
        buffer.reserveCapacity(old + chunkSize)
        var count = 0
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunkSize) }
            if count >= 0 || errno != EINTR { break }
        }
        if count < 0 {
            buffer.removeLast(chunkSize)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        buffer.removeLast(chunkSize - count)
        if count == 0 { atEnd = true }
    }
}

/// `close(2)`, out of reach of the reader's own `close()`.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
