import Foundation

/// Parsing of the simple tab-separated format every lexicon file uses.
public enum TabularText {
    /// Rows of `text`, from the file named `file` (for error messages):
    /// blank lines and lines starting with `#` are skipped; columns are
    /// separated by tabs; trailing empty columns are kept. Each row keeps its
    /// 1-based line number.
    public static func rows(_ text: String, file: String) -> [ResourceRow] {
        var rows: [ResourceRow] = []
        var number = 0
        // "\r\n" is one Character in Swift: split on it too.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(ResourceRow(
                file: file, line: number,
                columns: trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    /// The `|`-separated values of one column, trimmed, empties dropped.
    public static func values(_ column: String) -> [String] {
        column.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// One row of a resource file: its columns and where it stands, so that a
/// loader can say which line is wrong.
public struct ResourceRow: Sendable {
    /// The file, as `<language>/<path>`.
    public var file: String
    /// The 1-based line number in the file.
    public var line: Int
    public var columns: [String]

    public init(file: String, line: Int, columns: [String]) {
        self.file = file
        self.line = line
        self.columns = columns
    }

    public var count: Int { columns.count }

    /// Column `index`, or the empty string when the row is shorter.
    public subscript(index: Int) -> String { index < columns.count ? columns[index] : "" }

    /// Column `index`, or nil when it is absent or empty.
    public func optional(_ index: Int) -> String? {
        let value = self[index]
        return value.isEmpty ? nil : value
    }

    /// The `|`-separated values of column `index` (``TabularText/values(_:)``).
    public func values(_ index: Int) -> [String] { TabularText.values(self[index]) }

    /// The error for this row.
    public func malformed(_ reason: String) -> ResourceError {
        .malformed(file: file, line: line, reason: reason)
    }

    /// Throws unless the row has between `minimum` and `maximum` columns
    /// (`columns` names them, for the message) and none of the first
    /// `required` (by default `minimum`) is empty.
    public func expect(_ minimum: Int, _ maximum: Int? = nil, required: Int? = nil, columns names: String) throws {
        let maximum = maximum ?? minimum
        guard (minimum...maximum).contains(count) else {
            throw malformed("expected \(minimum == maximum ? "\(minimum)" : "\(minimum)–\(maximum)") columns (\(names)), found \(count)")
        }
        if let empty = (0..<(required ?? minimum)).first(where: { columns[$0].trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw malformed("column \(empty + 1) is empty (\(names))")
        }
    }

    /// Column `index` read as a value of `T`, or a thrown error naming what was expected.
    public func parse<T>(_ index: Int, as what: String, _ convert: (String) -> T?) throws -> T {
        guard let value = convert(self[index]) else { throw malformed("column \(index + 1): '\(self[index])' is not \(what)") }
        return value
    }

    /// Column `index` as one of the raw values of `T`.
    public func `enum`<T: RawRepresentable & CaseIterable>(_ index: Int, _ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: self[index]) else {
            throw malformed(
                "column \(index + 1): '\(self[index])' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}

/// The lines of a one-word-per-line list (`function-words.txt`): blank lines
/// and `#` comments skipped, surrounding spaces trimmed.
public enum WordList {
    /// The entries of `text` with their rows; a line with a tab is malformed,
    /// and so is one with a space unless `phrases` allows several words.
    public static func entries(_ text: String, file: String, phrases: Bool = false) throws -> [(word: String, row: ResourceRow)] {
        var out: [(String, ResourceRow)] = []
        for row in TabularText.rows(text, file: file) {
            let word = row[0].trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            if row.count > 1 { throw row.malformed("expected one entry per line, found a tab") }
            if !phrases && word.contains(" ") { throw row.malformed("expected one word, found '\(word)'") }
            out.append((word, row))
        }
        return out
    }
}
