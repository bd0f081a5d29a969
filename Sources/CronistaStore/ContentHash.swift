import Cronista
import Crypto

/// The key that makes a re-sent article one article: the SHA-256 of its
/// source, published date and body text, the text normalised — line endings unified (CR LF, CR), spaces and
/// tabs at the ends of lines dropped, blank lines dropped — so that the same
/// article with an extra newline, Windows line endings or trailing spaces
/// is stored once and counted as one source. The document id (the SHA-256
/// of the input's bytes) stays the public identity of an analysis.
package enum ContentHash {
    /// The normalised text: its non-blank lines, trimmed at both ends, joined by line feeds.
    package static func normalised(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
            var end = trimmed.endIndex
            while end > trimmed.startIndex {
                let before = trimmed.index(before: end)
                guard trimmed[before] == " " || trimmed[before] == "\t" || trimmed[before] == "\u{A0}" else { break }
                end = before
            }
            if end > trimmed.startIndex { lines.append(trimmed[trimmed.startIndex..<end]) }
        }
        return lines.joined(separator: "\n")
    }

    /// The hex SHA-256 of the normalised `text`.
    package static func of(_ text: String) -> String {
        hex(Crypto.SHA256.hash(data: Array(normalised(text).utf8)))
    }

    /// The key of a document: its source and published date with its
    /// normalised text. A re-sent copy comes from the same source with the
    /// same date; the same words under another source or date (a wire
    /// story in two outlets, two reports of one statement) stay two articles.
    package static func of(_ document: AnalyzedDocument) -> String {
        hex(Crypto.SHA256.hash(data: Array((document.source + "\n" + (document.published ?? "") + "\n" + normalised(document.text)).utf8)))
    }

    /// A digest in lower-case hex.
    private static func hex(_ digest: Crypto.SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(Crypto.SHA256.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
