import ArgumentParser
import Foundation

/// Standard output that fails cleanly: a write that cannot be made (a full
/// disk, a closed pipe) ends the command with one error line and exit
/// code 1, instead of trapping inside `FileHandle.write(_:)`.
enum StandardOutput {
    /// Writes `data` to standard output, or reports why it could not and
    /// throws `ExitCode(1)`.
    static func write(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            printError("cannot write to standard output: \(describe(error))")
            throw ExitCode(1)
        }
    }

    /// Writes `bytes` to standard output with as few `write` calls as it
    /// takes, or reports why it could not and throws `ExitCode(1)`.
    static func write(bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { writeDescriptor(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                printError("cannot write to standard output: \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
            offset += written
        }
    }

    /// Writes `data` followed by a line feed.
    static func writeLine(_ data: Data) throws {
        var line = data
        line.append(0x0A)
        try write(line)
    }

    /// A short reason for a failed write ("No space left on device").
    static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(error.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}

/// `write(2)`, out of reach of ``StandardOutput``'s own `write`.
private func writeDescriptor(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
