import Foundation

/// The syntax stage's data for one language, from `Resources/<language>/syntax/`:
/// the contraction and clitic rules and the trained model. Loaded apart
/// from ``LanguageResources`` (and only when the syntax stage is asked
/// for), since the model is the largest file.
public struct SyntaxResources: Sendable {
    public var splitter: WordSplitter
    public var model: SyntaxModel

    /// Loads the syntax data of `language`; a missing or corrupt model
    /// file is an error naming it.
    public static func load(language: String) throws -> SyntaxResources {
        try load(from: .bundle(language))
    }

    /// Loads the syntax data from `source`.
    public static func load(from source: ResourceSource) throws -> SyntaxResources {
        let folder = "syntax"
        let model = try SyntaxModelFiles.read(
            model: try source.bytes("\(folder)/\(SyntaxModelFiles.modelFile)"),
            lexicon: try source.text("\(folder)/\(SyntaxModelFiles.lexiconFile)"),
            rules: try source.text("\(folder)/\(SyntaxModelFiles.rulesFile)"),
            folder: source.fileName(folder))
        return SyntaxResources(splitter: try WordSplitter.load(from: source), model: model)
    }

    /// The Portuguese syntax data, loaded on first use.
    public static func portuguese() throws -> SyntaxResources {
        try cachedPortuguese.get()
    }

    private static let cachedPortuguese = Result { try load(language: "pt") }
}

extension ResourceSource {
    /// The bytes of the (binary) file at `path`.
    public func bytes(_ path: String) throws -> [UInt8] {
        onRead?(path)
        if let text = overrides[path] { return Array(text.utf8) }
        return try ResourceFile.bytes(path, language: language)
    }
}

extension ResourceFile {
    /// The bytes of a resource file (binary models).
    public static func bytes(_ name: String, language: String) throws -> [UInt8] {
        let path = "Resources/\(language)/\(name)"
        for root in [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap({ $0 }) {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
                return [UInt8](data)
            }
        }
        throw ResourceError.missing("\(language)/\(name)")
    }
}
