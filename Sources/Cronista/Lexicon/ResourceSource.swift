/// Where the loaders read a language's data files from: the package bundle,
/// or texts given in memory over it, so that a loader can be tested on a
/// sample file and any error names the file and line.
public struct ResourceSource: Sendable {
    /// The language folder, e.g. `pt`; files are named `<language>/<path>` in errors.
    public var language: String
    /// Texts that replace the bundle's files, by path (`events/triggers.tsv`).
    public var overrides: [String: String]
    /// Called with the path of every file read (to check that none is unused).
    public var onRead: (@Sendable (String) -> Void)?

    /// The bundled files of `language`, with `overrides` in place of some.
    public init(language: String, overrides: [String: String] = [:], onRead: (@Sendable (String) -> Void)? = nil) {
        self.language = language
        self.overrides = overrides
        self.onRead = onRead
    }

    /// The bundled files of `language`.
    public static func bundle(_ language: String) -> ResourceSource { ResourceSource(language: language) }

    /// This source with `text` in place of the file at `path`.
    public func replacing(_ path: String, with text: String) -> ResourceSource {
        var copy = self
        copy.overrides[path] = text
        return copy
    }

    /// The name of a file in errors: `<language>/<path>`.
    public func fileName(_ path: String) -> String { "\(language)/\(path)" }

    /// The text of the file at `path`.
    public func text(_ path: String) throws -> String {
        onRead?(path)
        if let text = overrides[path] { return text }
        return try ResourceFile.load(path, language: language)
    }

    /// The rows of the tab-separated file at `path`.
    public func rows(_ path: String) throws -> [ResourceRow] {
        TabularText.rows(try text(path), file: fileName(path))
    }

    /// The entries of the one-per-line list at `path` (``WordList``).
    public func words(_ path: String, phrases: Bool = false) throws -> [(word: String, row: ResourceRow)] {
        try WordList.entries(try text(path), file: fileName(path), phrases: phrases)
    }
}
