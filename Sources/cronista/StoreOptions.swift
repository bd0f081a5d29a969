import ArgumentParser
import CronistaPostgres
import CronistaStore
import Foundation

/// A store the commands can use, whichever its database.
typealias CommandStore = EventStore & IngestJournal & StoreLookups

/// The `--db` option every store command takes: an SQLite file, or a
/// PostgreSQL database (`postgres://user@host[:port]/database`); without
/// it, the `CRONISTA_DB` environment variable, else `cronista.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "The store: an SQLite file, or postgres://user@host[:port]/database (default: $CRONISTA_DB, else cronista.sqlite).")
    var location: String?

    /// The store as given: `--db`, `CRONISTA_DB`, or the default file.
    var path: String {
        if let location { return location }
        if let variable = ProcessInfo.processInfo.environment["CRONISTA_DB"], !variable.isEmpty { return variable }
        return SQLiteStore.defaultPath
    }

    /// Whether the store is a PostgreSQL database.
    var isPostgres: Bool { PostgresLocation.isURL(path) }

    /// The store's name for messages (a URL without its password).
    var name: String { (try? PostgresLocation(url: path).description) ?? path }

    /// Opens the store, creating it. `worker` names an ingest worker in a
    /// shared PostgreSQL store's journal.
    func open(worker: String? = nil) throws -> any CommandStore {
        if isPostgres { return try openPostgres(worker: worker) }
        do {
            return try SQLiteStore(path: path)
        } catch {
            throw ValidationError("\(path): cannot open the store (\(error))")
        }
    }

    func openPostgres(worker: String? = nil) throws -> PostgresStore {
        do {
            return try PostgresStore(url: path, worker: worker)
        } catch let error as PostgresLocation.Invalid {
            throw ValidationError(error.description)
        } catch {
            throw ValidationError("\(name): cannot open the store (\(error))")
        }
    }

    /// Opens an existing store for a query: for reading only when this
    /// user may not write the file or its folder (a read-only copy, a
    /// read-only mount), so that queries never fail with "attempt to write a
    /// readonly database".
    func openExisting() throws -> any CommandStore {
        if isPostgres { return try openPostgres() }
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

    /// Opens the SQLite store for reading only.
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
