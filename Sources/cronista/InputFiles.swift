import Cronista
import Foundation

/// Finding and reading the files the commands are given.
enum InputFiles {
    /// The largest file read at all; bigger ones are refused without reading.
    static let hardByteLimit = 1 << 30

    /// Files under `paths`: files as given, folders walked recursively for
    /// `.txt`, `.html`, `.htm` and `.jsonl` (gold files, hidden files and
    /// hidden folders skipped), sorted by path. Symbolic links are followed,
    /// each folder read once. A path that does not exist, a folder (or
    /// subfolder) that cannot be read and a folder holding no article file
    /// are each returned as a problem naming it, never passed over in silence.
    static func expand(_ paths: [String]) -> (files: [String], problems: [ArticleReader.Failure]) {
        var files: [String] = []
        var problems: [ArticleReader.Failure] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let dangling = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
                problems.append(.init(input: path, reason: dangling ? "broken symbolic link" : "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            var found: [String] = []
            var visited = Set<String>()
            walk(path, into: &found, problems: &problems, visited: &visited)
            if found.isEmpty && !problems.contains(where: { $0.input.hasPrefix(path) }) {
                problems.append(.init(input: path, reason: "no .txt, .html or .jsonl article files in the folder"))
            }
            files += found.sorted()
        }
        return (files, problems)
    }

    /// Adds the article files under `folder` to `found`, following symbolic
    /// links; a folder already seen (a link cycle) is not read again.
    private static func walk(_ folder: String, into found: inout [String], problems: inout [ArticleReader.Failure], visited: inout Set<String>) {
        let manager = FileManager.default
        guard visited.insert((folder as NSString).resolvingSymlinksInPath).inserted else { return }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append(.init(input: folder, reason: "cannot read the folder (permission denied?)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            let isArticle = !name.hasSuffix(".gold.json") && ArticleReader.Format(fileExtension: (name as NSString).pathExtension) != nil
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if isArticle { problems.append(.init(input: path, reason: "broken symbolic link")) }
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &found, problems: &problems, visited: &visited)
            } else if isArticle {
                found.append(path)
            }
        }
    }

    /// The format of a file by its extension; plain text when unknown.
    static func format(of path: String) -> ArticleReader.Format {
        ArticleReader.Format(fileExtension: (path as NSString).pathExtension) ?? .text
    }

    /// Why a file is not to be read at all (missing, a folder, over
    /// `limit` bytes), or nil when it may be.
    static func refusal(of path: String, limit: Int) -> ArticleReader.Failure? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .init(input: path, reason: "cannot read the file")
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            return .init(input: path, reason: "is a directory")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .init(input: path, reason: InputDecoding.Failure.tooLarge(bytes: size, limit: limit).description)
        }
        return nil
    }

    /// The bytes of a file, or a one-line reason it cannot be read.
    static func bytes(of path: String, limit: Int) -> Result<[UInt8], ArticleReader.Failure> {
        if let refusal = refusal(of: path, limit: limit) { return .failure(refusal) }
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
    // A failing standard error has nowhere to report to; it must not trap either.
    try? FileHandle.standardError.write(contentsOf: Data(("cronista: " + message + "\n").utf8))
}
