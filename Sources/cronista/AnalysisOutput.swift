import Cronista
import Foundation

/// Where `analyze` puts its results, in input order, on one thread: JSON
/// Lines on standard output (buffered, written in large blocks) or one file
/// per article in a folder, and error and warning lines on standard error.
///
/// The records of a JSON Lines file none of which can be read report the
/// file once, for why it is not text, when it is not: their error lines
/// are held until the file's first good record or its end.
struct AnalysisOutput {
    let jsonDirectory: String?
    let reader: ArticleReader
    /// Whether any input or output failed: the exit code is then 1.
    private(set) var failed = false
    private var names = OutputNames()
    private var buffer: [UInt8] = []
    /// The standard output block size.
    private let blockSize = 1 << 18
    /// The JSON Lines file being read: whether a record was good yet, and the error lines held.
    private var lines: (file: String, good: Bool, held: [String])?

    init(jsonDirectory: String?, reader: ArticleReader) {
        self.jsonDirectory = jsonDirectory
        self.reader = reader
        if jsonDirectory == nil { buffer.reserveCapacity(blockSize * 2) }
    }

    /// Reports and writes one job's result.
    mutating func deliver(_ result: AnalysisJobResult) throws {
        if let file = result.beginLines { lines = (file, false, []) }
        for item in result.items {
            switch item {
            case .readFailure(let message):
                if let current = lines, !current.good {
                    lines?.held.append(message)
                } else {
                    report(message)
                }
            case .warning(let message):
                printError(message)
            case .analysis(let json, let name, let source):
                if let current = lines, !current.good {
                    for message in current.held { report(message) }
                    lines = (current.file, true, [])
                }
                try write(json, name: name, source: source)
            }
        }
        if let file = result.endLines, let current = lines {
            lines = nil
            if !current.good {
                if case .success(let bytes) = InputFiles.bytes(of: file, limit: InputFiles.hardByteLimit),
                    let failure = reader.jsonLinesFailure(bytes, source: file)
                {
                    report(failure.description)
                } else if current.held.isEmpty {
                    report(ArticleReader.Failure(input: file, reason: "empty input").description)
                } else {
                    for message in current.held { report(message) }
                }
            }
        }
    }

    /// Writes what standard output still holds.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try StandardOutput.write(bytes: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func report(_ message: String) {
        printError(message)
        failed = true
    }

    private mutating func write(_ json: [UInt8], name wanted: String, source: String) throws {
        guard let jsonDirectory else {
            buffer.append(contentsOf: json)
            buffer.append(0x0A)
            if buffer.count >= blockSize { try flush() }
            return
        }
        let (name, renamed) = names.claim(wanted)
        if renamed {
            printError("\(source): output name '\(OutputNames.safe(wanted))' already used in this run; written as \(name).json")
        }
        let url = URL(fileURLWithPath: jsonDirectory).appendingPathComponent(name + ".json")
        do {
            try Data(json).write(to: url, options: .atomic)
        } catch {
            report("\(source): cannot write \(url.path): \(StandardOutput.describe(error))")
        }
    }
}
