import Foundation

/// Reads articles from the bytes of an input file: corpus text (`.txt`),
/// HTML pages (`.html`, `.htm`) and JSON Lines (`.jsonl`, one article per
/// line with `id`, `url`, `title`, `published` and `text` or `html`).
///
/// Pure: the caller does the file I/O and hands over the bytes.
public struct ArticleReader: Sendable {
    /// The input formats understood.
    public enum Format: String, Sendable, CaseIterable {
        case text, html, jsonLines

        /// The format a file name's extension implies, if any.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "txt", "text": self = .text
            case "html", "htm", "xhtml": self = .html
            case "jsonl", "ndjson": self = .jsonLines
            default: return nil
            }
        }
    }

    /// An input, or one record of it, that could not be read.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The input's path, with `:LINE` for a JSON Lines record.
        public var input: String
        public var reason: String

        public init(input: String, reason: String) {
            self.input = input
            self.reason = reason
        }

        public var description: String { "\(input): \(reason)" }
    }

    let html = HTMLArticleExtractor()
    public let byteLimit: Int

    public init(byteLimit: Int = InputDecoding.defaultByteLimit) {
        self.byteLimit = byteLimit
    }

    /// The articles in `bytes`, read as `format`; each record that fails is
    /// reported on its own, and the rest are still returned.
    public func read(_ bytes: [UInt8], source: String, format: Format) -> [Result<Article, Failure>] {
        // JSON Lines are decoded record by record: one binary or undecodable
        // record is reported on its own and the file's other records are read.
        // The file as a whole is decoded only when no record could be read,
        // to name the file once for why it is not text.
        if format == .jsonLines {
            let results = jsonLines(bytes, source: source)
            if !results.contains(where: { (try? $0.get()) != nil }), let failure = jsonLinesFailure(bytes, source: source) {
                return [.failure(failure)]
            }
            return results
        }
        let decoded: InputDecoding.Decoded
        do {
            decoded = try InputDecoding.decodeReporting(bytes, byteLimit: byteLimit)
        } catch {
            return [.failure(Failure(input: source, reason: error.description))]
        }
        let text = decoded.text
        let id = SHA256.hex(bytes)
        let results: [Result<Article, Failure>]
        switch format {
        case .text:
            results = [.success(Article(id: id, source: source, text: text, mayHaveHeader: true))]
        case .html:
            results = [page(text, id: id, source: source)]
        case .jsonLines:
            results = jsonLines(Array(text.utf8), source: source)
        }
        guard let warning = decoded.warning else { return results }
        return results.map { $0.map { article in
            var article = article
            article.warnings.append(warning)
            return article
        } }
    }

    private func page(_ markup: String, id: String, source: String) -> Result<Article, Failure> {
        let page = html.extract(markup)
        guard page.text.unicodeScalars.contains(where: { $0.isLetter }) else {
            return .failure(Failure(input: source, reason: "no article text found in the HTML"))
        }
        return .success(
            Article(
                id: id, source: source, title: page.title, published: page.published,
                publishedFrom: page.published == nil ? nil : .header, text: page.text))
    }

    /// One JSON Lines record.
    struct Record: Decodable {
        var id: String?
        var url: String?
        var title: String?
        var published: String?
        var text: String?
        var html: String?
    }

    private func jsonLines(_ fileBytes: [UInt8], source: String) -> [Result<Article, Failure>] {
        var results: [Result<Article, Failure>] = []
        var lineNumber = 0
        var start = fileBytes.startIndex
        while start <= fileBytes.endIndex {
            let end = fileBytes[start...].firstIndex(of: 0x0A) ?? fileBytes.endIndex
            lineNumber += 1
            if let result = record(fileBytes[start..<end], source: source, line: lineNumber) { results.append(result) }
            start = end + 1
        }
        if results.isEmpty { return [.failure(Failure(input: source, reason: "empty input"))] }
        return results
    }

    /// Why a JSON Lines file none of whose records could be read is not
    /// text at all (binary, undecodable, empty), or nil when it is text.
    public func jsonLinesFailure(_ fileBytes: [UInt8], source: String) -> Failure? {
        do {
            _ = try InputDecoding.decode(fileBytes, byteLimit: Int.max)
            return nil
        } catch {
            return Failure(input: source, reason: error.description)
        }
    }

    /// One JSON Lines record: the bytes of line number `line` of `source`
    /// without its line feed. Nil for a blank line.
    ///
    /// A line of plain UTF-8 (the usual case) is trimmed of ASCII white
    /// space and parsed from its bytes as they are; any other line is first
    /// decoded as ``InputDecoding`` decodes an input, which gives the same
    /// article for a plain line.
    public func record(_ lineBytes: ArraySlice<UInt8>, source: String, line: Int) -> Result<Article, Failure>? {
        let location = "\(source):\(line)"
        guard let bytes = Self.plainRecordBytes(lineBytes) else { return decodedRecord(lineBytes, location: location, source: source) }
        if bytes.isEmpty { return nil }
        return parsedRecord(bytes, location: location, source: source)
    }

    /// The bytes of a line trimmed of ASCII white space when the line is
    /// plain UTF-8 text that ``InputDecoding`` would read as it is (no byte
    /// order mark, no NUL, not binary, no non-ASCII byte at either end of
    /// the trimmed record, where Unicode white space would be trimmed);
    /// empty for a blank line; nil for any other line.
    static func plainRecordBytes(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var lower = line.startIndex
        var upper = line.endIndex
        while lower < upper, isSpace(line[lower]) { lower += 1 }
        while upper > lower, isSpace(line[upper - 1]) { upper -= 1 }
        if lower == upper {
            // Blank as InputDecoding sees it: spaces, tabs, CR and LF only.
            return line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? line[lower..<upper] : nil
        }
        guard line[lower] < 0x80, line[upper - 1] < 0x80, !InputDecoding.looksBinary(line) else { return nil }
        let trimmed = line[lower..<upper]
        var ascii = true
        for byte in trimmed where byte >= 0x80 {
            ascii = false
            break
        }
        if !ascii {
            guard trimmed.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) != nil }) ?? false else { return nil }
        }
        return trimmed
    }

    /// A line that is not plain UTF-8: decoded, then trimmed as text.
    func decodedRecord(_ lineBytes: ArraySlice<UInt8>, location: String, source: String) -> Result<Article, Failure>? {
        let line: String
        do {
            line = try InputDecoding.decode(lineBytes, byteLimit: Int.max).text
        } catch .empty {
            return nil
        } catch {
            return .failure(Failure(input: location, reason: error.description))
        }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        return parsedRecord(Array(trimmed.utf8)[...], location: location, source: source)
    }

    /// A record from its trimmed text's bytes.
    private func parsedRecord(_ bytes: ArraySlice<UInt8>, location: String, source: String) -> Result<Article, Failure> {
        if bytes.count > byteLimit {
            return .failure(Failure(input: location, reason: InputDecoding.Failure.tooLarge(bytes: bytes.count, limit: byteLimit).description))
        }
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(bytes))
        } catch {
            return .failure(Failure(input: location, reason: "malformed JSON (\(Self.describe(error)))"))
        }
        let recordSource = record.url ?? record.id.map { "\(source)#\($0)" } ?? location
        let id = SHA256.hex(bytes)
        var article: Article
        if let body = record.text, body.unicodeScalars.contains(where: { $0.isLetter }) {
            article = Article(id: id, source: recordSource, title: record.title, text: body)
        } else if let markup = record.html {
            switch page(markup, id: id, source: recordSource) {
            case .success(let a): article = a
            case .failure(let f): return .failure(Failure(input: location, reason: f.reason))
            }
            if let title = record.title { article.title = title }
        } else {
            return .failure(Failure(input: location, reason: "record has neither \"text\" nor \"html\""))
        }
        article.name = record.id
        if let published = record.published.flatMap(HTMLArticleExtractor.isoDate) {
            article.published = published
            article.publishedFrom = .input
        }
        return .success(article)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.typeMismatch(_, let context): return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _): return "missing \(key.stringValue)"
        default: return "\(error)"
        }
    }
}
