import Cronista
import Foundation

/// Finding and reading the files the commands are given.
enum InputFiles {
    /// The largest file read at all; bigger ones are refused without reading.
    static let hardByteLimit = 1 << 30

    /// Files under `paths`: files as given, folders walked recursively for
    /// `.txt`, `.html`, `.htm` and `.jsonl` (gold files and hidden files skipped),
    /// sorted by path. Paths that do not exist are returned as failures.
    static func expand(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") || name.hasSuffix(".gold.json") { continue }
                    guard ArticleReader.Format(fileExtension: (name as NSString).pathExtension) != nil else { continue }
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return (files, missing)
    }

    /// The format of a file by its extension; plain text when unknown.
    static func format(of path: String) -> ArticleReader.Format {
        ArticleReader.Format(fileExtension: (path as NSString).pathExtension) ?? .text
    }

    /// The bytes of a file, or a one-line reason it cannot be read.
    static func bytes(of path: String, limit: Int) -> Result<[UInt8], ArticleReader.Failure> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(.init(input: path, reason: "cannot read the file"))
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            return .failure(.init(input: path, reason: "is a directory"))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .failure(.init(input: path, reason: InputDecoding.Failure.tooLarge(bytes: size, limit: limit).description))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.init(input: path, reason: "cannot read the file (permission denied?)"))
        }
        return .success([UInt8](data))
    }

    /// The base name without extension.
    static func baseName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("cronista: " + message + "\n").utf8))
}

/// The analysis encoder: JSON, key order as in the spec, slashes unescaped.
func makeEncoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
}
