import ArgumentParser
import Cronista
import CronistaStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every story event to standard output: CSV, JSON Lines, or PLOVER records.",
        discussion: """
            csv: GDELT-style columns (date, actor and recipient codes and names, type, mode, \
            score, status, location, source URL). jsonl: one story event per line with all its \
            sources and evidence. plover: POLECAT-like records, planned CONSULT, SUPPORT, \
            COOPERATE and AID reduced to AGREE, negated events left out.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, plover
    }

    @Option(help: "csv, jsonl or plover.")
    var format: Format = .jsonl

    @OptionGroup var store: StoreOptions

    func run() throws {
        let out = BufferedOutput()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if format == .csv { try out.line(EventCSV.headerLine) }
        let lexicon = format == .plover ? try LanguageResources.portuguese().eventExtractor.lexicon : nil
        try store.openExisting().forEachStory { story in
            switch format {
            case .csv: try out.line(EventCSV.line(story))
            case .jsonl: try out.line(String(decoding: try encoder.encode(story), as: UTF8.self))
            case .plover:
                if let lexicon, let record = PLOVERRecord(story, lexicon: lexicon) { try out.line(String(decoding: try encoder.encode(record), as: UTF8.self)) }
            }
        }
        try out.flush()
    }
}

/// Standard output written in large blocks.
final class BufferedOutput {
    private var buffer = Data()

    func line(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { try flush() }
    }

    func flush() throws {
        try StandardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
