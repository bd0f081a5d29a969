import ArgumentParser
import CronistaStore
import Foundation

/// The `--db` option every store command takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The store file (SQLite).")
    var path: String = SQLiteStore.defaultPath

    /// Opens the store, creating it.
    func open() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: path)
        } catch {
            throw ValidationError("\(path): cannot open the store (\(error))")
        }
    }

    /// Opens an existing store for a query: for reading only when this
    /// user may not write the file or its folder (a read-only copy, a
    /// read-only mount), so that queries never fail with "attempt to write a
    /// readonly database".
    func openExisting() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no store here; run cronista ingest first, or give --db")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        if !manager.isWritableFile(atPath: path) || !manager.isWritableFile(atPath: folder.isEmpty ? "." : folder) {
            return try openReadOnly()
        }
        do {
            return try SQLiteStore(path: path)
        } catch {
            // A file system mounted read-only says so only when written to.
            if let store = try? openReadOnly() { return store }
            throw ValidationError("\(path): cannot open the store (\(error))")
        }
    }

    /// Opens the store for reading only.
    func openReadOnly() throws -> SQLiteStore {
        do {
            return try SQLiteStore(readingAt: path)
        } catch {
            let folder = (path as NSString).deletingLastPathComponent
            if !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder),
                !FileManager.default.fileExists(atPath: path + "-shm")
            {
                throw ValidationError(
                    "\(path): cannot open the store for reading: its folder is read-only, and SQLite's write-ahead log needs \(path)-shm beside it; copy the store to a writable folder")
            }
            throw ValidationError("\(path): cannot open the store for reading (\(error))")
        }
    }
}

/// The `--json` flag of the query commands, and the output of records.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    /// Writes `value` as indented JSON on standard output.
    func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try StandardOutput.writeLine(try encoder.encode(value))
    }
}
