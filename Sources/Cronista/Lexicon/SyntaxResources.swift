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
        let folder = "syntax"
        let bytes = try ResourceFile.bytes("\(folder)/\(SyntaxModelFiles.modelFile)", language: language)
        let model = try SyntaxModelFiles.read(
            model: bytes,
            lexicon: try ResourceFile.load("\(folder)/\(SyntaxModelFiles.lexiconFile)", language: language),
            rules: try ResourceFile.load("\(folder)/\(SyntaxModelFiles.rulesFile)", language: language),
            folder: "\(language)/\(folder)")
        return SyntaxResources(splitter: try WordSplitter.load(language: language), model: model)
    }

    /// The Portuguese syntax data, loaded on first use.
    public static func portuguese() throws -> SyntaxResources {
        try cachedPortuguese.get()
    }

    private static let cachedPortuguese = Result { try load(language: "pt") }
}

extension ResourceFile {
    /// The bytes of a resource file (binary models).
    public static func bytes(_ name: String, language: String) throws -> [UInt8] {
        let path = "Resources/\(language)/\(name)"
        let roots = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
        for root in roots {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
                return [UInt8](data)
            }
        }
        throw ResourceError.missing("\(language)/\(name)")
    }
}
