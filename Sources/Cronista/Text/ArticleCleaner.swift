/// Turns the decoded text of a scraped article into its body: recognises the
/// metadata header, drops boilerplate lines (listing each with its reason),
/// normalises spaces and line breaks, and never rewrites a word.
public struct ArticleCleaner: Sendable {
    let filter: BoilerplateFilter

    public init(filter: BoilerplateFilter) {
        self.filter = filter
    }

    /// The cleaned body of an article and what was learned on the way.
    public struct Result: Sendable {
        /// Body lines joined by line feeds.
        public var text: String
        /// The scalars of `text`.
        public var scalars: [Unicode.Scalar]
        /// The tokens of `text`, as ``Tokenizer`` gives them.
        public var tokens: [Token]
        /// One-based input line number of each body line, in order.
        public var bodyLineNumbers: [Int]
        public var boilerplate: [BoilerplateLine]
        /// The date of a metadata header line, if the input had one.
        public var headerDate: String?
        /// The date of the first dateline, if any.
        public var datelineDate: String?
        /// The agencies the credit lines, bylines and datelines name, joined by `/`.
        public var credit: String?
    }

    /// Cleans `raw`. When `readsHeader` is set, a ` date YYYY-MM[-DD]` prefix
    /// on the first line is taken as metadata. Lines whose ``SiteTemplate``
    /// keys are in `siteTemplate` are the site's template.
    public func clean(_ raw: String, readsHeader: Bool = true, siteTemplate: Set<UInt64> = []) -> Result {
        var lines = Self.splitLines(raw)
        var header: MetadataHeader?
        if readsHeader, let first = lines.first, let h = MetadataHeader(line: first) {
            header = h
            lines[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(h.length)))
        }
        let normalised = lines.map(Self.normaliseSpaces)
        let classified = filter.classifyLines(normalised, siteTemplate: siteTemplate)

        var body: [String] = []
        var scalars: [Unicode.Scalar] = []
        var tokens: [Token] = []
        var numbers: [Int] = []
        var boilerplate: [BoilerplateLine] = []
        var datelineDate: String?
        var agencies: [String] = []
        for (index, line) in normalised.enumerated() {
            let original = index == 0 && header != nil ? Self.firstLine(of: raw) : lines[index]
            if line.isEmpty {
                if index == 0, header != nil, !original.isEmpty {
                    boilerplate.append(BoilerplateLine(line: 1, text: original, reason: .dateline))
                }
                continue
            }
            switch classified[index].verdict {
            case .body, .boilerplate(.credit), .boilerplate(.byline):
                for agency in classified[index].agencies where !agencies.contains(agency) { agencies.append(agency) }
            default: break
            }
            switch classified[index].verdict {
            case .body:
                // Line by line, offsets shifted: the same tokens as the joined text's.
                if !body.isEmpty { scalars.append("\n") }
                let offset = scalars.count
                for (k, var token) in classified[index].tokens.enumerated() {
                    token.start += offset
                    token.end += offset
                    if k == 0 && offset > 0 { token.followsLineBreak = true }
                    tokens.append(token)
                }
                scalars.append(contentsOf: classified[index].scalars)
                body.append(line)
                numbers.append(index + 1)
            case .boilerplate(let reason):
                boilerplate.append(BoilerplateLine(line: index + 1, text: original, reason: reason))
            case .dateline(let date):
                if datelineDate == nil { datelineDate = date }
                boilerplate.append(BoilerplateLine(line: index + 1, text: original, reason: .dateline))
            }
        }
        return Result(
            text: body.joined(separator: "\n"), scalars: scalars, tokens: tokens, bodyLineNumbers: numbers, boilerplate: boilerplate,
            headerDate: header?.date, datelineDate: datelineDate, credit: agencies.isEmpty ? nil : agencies.joined(separator: "/"))
    }

    /// Splits on LF, CRLF, CR and the Unicode line separators (NEL, U+2028, U+2029).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var breakLength = 0
                if b == 0x0A || b == 0x0B || b == 0x0C {
                    breakLength = 1
                } else if b == 0x0D {
                    breakLength = i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 {
                    breakLength = 2
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    breakLength = 3
                }
                if breakLength > 0 {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += breakLength
                    start = i
                } else {
                    i += 1
                }
            }
            if start < n { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self)) }
        }
        return lines
    }

    /// Runs of spaces, tabs and no-break spaces become one space; the line is
    /// trimmed; invisible format characters (zero-width space, BOM, soft
    /// hyphen) and control characters go. Works on UTF-8 bytes.
    static func normaliseSpaces(_ line: String) -> String {
        if isNormalised(line) { return line }
        var line = line
        line.makeContiguousUTF8()
        return line.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pending = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var length = 1
                var isSpace = false
                var drop = false
                if b < 0x20 || b == 0x20 || b == 0x7F {
                    isSpace = b == 0x20 || b == 0x09
                    drop = !isSpace
                } else if b == 0xC2, i + 1 < n {
                    length = 2
                    isSpace = bytes[i + 1] == 0xA0
                    drop = bytes[i + 1] == 0xAD
                } else if b == 0xE2, i + 2 < n {
                    length = 3
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    isSpace = (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F)
                    drop = b1 == 0x80 && (b2 >= 0x8B && b2 <= 0x8D)
                } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                    length = 3
                    isSpace = true
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                    length = 3
                    drop = true
                }
                if isSpace {
                    pending = !out.isEmpty
                } else if !drop {
                    if pending {
                        out.append(0x20)
                        pending = false
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(n, i + length)]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        } ?? line
    }

    /// Plain printable ASCII and ordinary UTF-8 with single inner spaces:
    /// nothing to normalise.
    private static func isNormalised(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var previousSpace = true
            for b in bytes {
                if b == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF { return false }
            }
            return !previousSpace || bytes.isEmpty
        }
    }

    private static func firstLine(of raw: String) -> String {
        String(String.UnicodeScalarView(raw.unicodeScalars.prefix { !$0.isLineBreak }))
    }
}
