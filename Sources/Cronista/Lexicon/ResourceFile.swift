import Foundation

/// Loads the pipeline's language data files, which ship as package resources
/// under `Resources/<language>/`.
public enum ResourceFile {
    /// The text of a resource file, e.g. `load("boilerplate.tsv", language: "pt")`.
    public static func load(_ name: String, language: String) throws -> String {
        let path = "Resources/\(language)/\(name)"
        let roots = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
        for root in roots {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        throw ResourceError.missing("\(language)/\(name)")
    }

    /// The rows of a tab-separated resource file: comment lines (`#`) and
    /// blank lines skipped, each row split on tabs.
    public static func table(_ name: String, language: String) throws -> [[String]] {
        try TabularText.rows(load(name, language: language))
    }
}

/// A resource file that could not be found or read.
public enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): return "missing resource file \(name)"
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}

/// Parsing of the simple tab-separated format every lexicon file uses.
public enum TabularText {
    /// Rows of `text`: blank lines and lines starting with `#` are skipped;
    /// columns are separated by tabs; trailing empty columns are kept.
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        return rows
    }

    /// The `|`-separated values of one column, trimmed, empties dropped.
    public static func values(_ column: String) -> [String] {
        column.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
