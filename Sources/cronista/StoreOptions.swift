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

    /// Opens an existing store for a query.
    func openExisting() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path): no store here; run cronista ingest first, or give --db")
        }
        return try open()
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
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
