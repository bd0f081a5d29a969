import Cronista
import Foundation

/// The file names of `analyze --json-dir` outputs: safe on every file
/// system (no separators or control characters, no leading dot, at most
/// ``maximumBytes`` UTF-8 bytes) and unique within a run, so that two
/// articles never overwrite each other's analysis (duplicate record ids,
/// `a.txt` beside `a.html`).
struct OutputNames {
    /// The longest base name kept as it is; most file systems allow 255
    /// bytes for the whole name, `.json` and a `-N` suffix included.
    static let maximumBytes = 200

    private var used: Set<String> = []

    /// A name for `wanted` not given before in this run: `wanted` made safe,
    /// else with `-2`, `-3`… appended. `renamed` is true when it had to change
    /// for uniqueness.
    mutating func claim(_ wanted: String) -> (name: String, renamed: Bool) {
        let base = Self.safe(wanted)
        var name = base
        var n = 1
        // Compared case-folded: on macOS "A.json" and "a.json" are one file.
        while !used.insert(name.lowercased()).inserted {
            n += 1
            name = "\(base)-\(n)"
        }
        return (name, n > 1)
    }

    /// A record id made safe as a file name: separators and control
    /// characters replaced, a leading dot guarded, and a name longer than
    /// ``maximumBytes`` cut at a character boundary and ended by a hash of
    /// the whole, so that long ids stay distinct.
    static func safe(_ name: String) -> String {
        let cleaned = String(name.unicodeScalars.map { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F ? "_" : Character($0) })
        var safe = cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
        if safe.utf8.count > maximumBytes {
            let hash = String(SHA256.hex(Array(safe.utf8)).prefix(16))
            var kept = String.UnicodeScalarView()
            var bytes = 0
            for scalar in safe.unicodeScalars {
                let size = String(scalar).utf8.count
                if bytes + size > maximumBytes - hash.count - 1 { break }
                kept.append(scalar)
                bytes += size
            }
            safe = String(kept) + "-" + hash
        }
        return safe
    }
}
