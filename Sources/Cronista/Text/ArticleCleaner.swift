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
        /// One-based input line number of each body line, in order.
        public var bodyLineNumbers: [Int]
        public var boilerplate: [BoilerplateLine]
        /// The date of a metadata header line, if the input had one.
        public var headerDate: String?
        /// The date of the first dateline, if any.
        public var datelineDate: String?
    }

    /// Cleans `raw`. When `readsHeader` is set, a ` date YYYY-MM[-DD]` prefix
    /// on the first line is taken as metadata.
    public func clean(_ raw: String, readsHeader: Bool = true) -> Result {
        var lines = Self.splitLines(raw)
        var header: MetadataHeader?
        if readsHeader, let first = lines.first, let h = MetadataHeader(line: first) {
            header = h
            lines[0] = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(h.length)))
        }
        let normalised = lines.map(Self.normaliseSpaces)
        let verdicts = filter.classify(normalised)

        var body: [String] = []
        var numbers: [Int] = []
        var boilerplate: [BoilerplateLine] = []
        var datelineDate: String?
        for (index, line) in normalised.enumerated() {
            let original = index == 0 && header != nil ? Self.firstLine(of: raw) : lines[index]
            if line.isEmpty {
                if index == 0, header != nil, !original.isEmpty {
                    boilerplate.append(BoilerplateLine(line: 1, text: original, reason: .dateline))
                }
                continue
            }
            switch verdicts[index] {
            case .body:
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
            text: body.joined(separator: "\n"), bodyLineNumbers: numbers, boilerplate: boilerplate,
            headerDate: header?.date, datelineDate: datelineDate)
    }

    /// Splits on LF, CRLF, CR and the Unicode line separators.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar.isLineBreak {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Runs of spaces, tabs and no-break spaces become one space; the line is
    /// trimmed; invisible format characters (zero-width space, BOM, soft hyphen) go.
    static func normaliseSpaces(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD, 0x00: continue
            default: break
            }
            if scalar.isHorizontalSpace || scalar.value < 0x20 {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" "); pending = false }
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func firstLine(of raw: String) -> String {
        String(String.UnicodeScalarView(raw.unicodeScalars.prefix { !$0.isLineBreak }))
    }
}
