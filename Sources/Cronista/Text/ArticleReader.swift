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
        if format == .jsonLines {
            do {
                _ = try InputDecoding.decode(bytes, byteLimit: Int.max)
            } catch {
                // Not text as a whole: still read the records that are, unless none is
                // (then the file is named once, for why it is not text).
                let results = error == .empty ? [] : jsonLines(bytes, source: source)
                if !results.contains(where: { (try? $0.get()) != nil }) {
                    return [.failure(Failure(input: source, reason: error.description))]
                }
                return results
            }
            return jsonLines(bytes, source: source)
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
        let decoder = JSONDecoder()
        for (index, lineBytes) in fileBytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let location = "\(source):\(index + 1)"
            let line: String
            do {
                line = try InputDecoding.decode(lineBytes, byteLimit: Int.max).text
            } catch .empty {
                continue
            } catch {
                results.append(.failure(Failure(input: location, reason: error.description)))
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let bytes = Array(trimmed.utf8)
            if bytes.count > byteLimit {
                results.append(.failure(Failure(input: location, reason: InputDecoding.Failure.tooLarge(bytes: bytes.count, limit: byteLimit).description)))
                continue
            }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(bytes))
            } catch {
                results.append(.failure(Failure(input: location, reason: "malformed JSON (\(Self.describe(error)))")))
                continue
            }
            let recordSource = record.url ?? record.id.map { "\(source)#\($0)" } ?? location
            let id = SHA256.hex(bytes)
            var article: Article
            if let body = record.text, body.unicodeScalars.contains(where: { $0.isLetter }) {
                article = Article(id: id, source: recordSource, title: record.title, text: body)
            } else if let markup = record.html {
                switch page(markup, id: id, source: recordSource) {
                case .success(let a): article = a
                case .failure(let f):
                    results.append(.failure(Failure(input: location, reason: f.reason)))
                    continue
                }
                if let title = record.title { article.title = title }
            } else {
                results.append(.failure(Failure(input: location, reason: "record has neither \"text\" nor \"html\"")))
                continue
            }
            article.name = record.id
            if let published = record.published.flatMap(HTMLArticleExtractor.isoDate) {
                article.published = published
                article.publishedFrom = .input
            }
            results.append(.success(article))
        }
        if results.isEmpty { return [.failure(Failure(input: source, reason: "empty input"))] }
        return results
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
