import Foundation

/// Loads the pipeline's language data files, which ship as package resources
/// under `Resources/<language>/`.
public enum ResourceFile {
    /// The text of a resource file, e.g. `load("boilerplate.tsv", language: "pt")`.
    public static func load(_ name: String, language: String) throws -> String {
        let path = "Resources/\(language)/\(name)"
        for root in roots {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        throw ResourceError.missing("\(language)/\(name)")
    }

    /// The rows of a tab-separated resource file, with their line numbers
    /// (see ``TabularText/rows(_:file:)``).
    public static func table(_ name: String, language: String) throws -> [ResourceRow] {
        TabularText.rows(try load(name, language: language), file: "\(language)/\(name)")
    }

    /// The paths, relative to `Resources/<language>/`, of every file the
    /// bundle holds for `language`, sorted.
    public static func names(language: String) -> [String] {
        for root in roots {
            let folder = root.appendingPathComponent("Resources/\(language)")
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            var names: [String] = []
            let prefix = folder.standardizedFileURL.path + "/"
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let path = url.standardizedFileURL.path
                names.append(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent)
            }
            if !names.isEmpty { return names.sorted() }
        }
        return []
    }

    private static var roots: [URL] { [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 } }
}

/// A resource file that could not be found or read.
public enum ResourceError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    /// A row that does not fit its file's format: the file (`pt/roles.tsv`),
    /// the 1-based line number in it, and what is wrong.
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): return "missing resource file \(name)"
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}
