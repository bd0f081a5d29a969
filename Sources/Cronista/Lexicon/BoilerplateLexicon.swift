/// Phrases that mark a scraped line as navigation, prompts, links or
/// credits, loaded from `boilerplate.tsv` and `datelines.tsv`.
///
/// Phrases and lines are compared as sequences of folded words, with
/// punctuation marks as words of their own, through hash lookups: the cost
/// per line does not grow with the size of the lexicon.
public struct BoilerplateLexicon: Sendable {
    /// How a phrase must sit in a line to match it.
    public enum Match: String, Sendable {
        /// The whole line, without trailing punctuation, is the phrase.
        case line
        /// The line opens with the phrase.
        case prefix
        /// The phrase appears anywhere in the line.
        case contains
    }

    private struct Entry: Sendable {
        var words: [String]
        var reason: BoilerplateReason
        var match: Match
    }

    /// Entries by their first word.
    private var entries: [String: [Entry]] = [:]
    /// Folded words that open a dateline ("publicado em"), longest first.
    public private(set) var datelineOpeners: [String]

    public init(phrases: [(reason: BoilerplateReason, match: Match, phrase: String)], datelineOpeners: [String]) {
        for (reason, match, phrase) in phrases {
            let words = Self.words(phrase)
            guard let first = words.first else { continue }
            entries[first, default: []].append(Entry(words: words, reason: reason, match: match))
        }
        self.datelineOpeners = datelineOpeners.map(TextFolding.fold).sorted { $0.count > $1.count }
    }

    /// Loads the lexicon of `language`.
    public static func load(language: String) throws -> BoilerplateLexicon {
        var phrases: [(BoilerplateReason, Match, String)] = []
        for (index, row) in try ResourceFile.table("boilerplate.tsv", language: language).enumerated() {
            guard row.count >= 3, let reason = BoilerplateReason(rawValue: row[0]),
                let match = Match(rawValue: row[1])
            else {
                throw ResourceError.malformed(
                    file: "\(language)/boilerplate.tsv", line: index + 1, reason: "expected reason, match, phrase")
            }
            phrases.append((reason, match, row[2]))
        }
        let openers = try ResourceFile.table("datelines.tsv", language: language).map { $0[0] }
        return BoilerplateLexicon(phrases: phrases, datelineOpeners: openers)
    }

    /// The reason of a phrase that matches `line`, if any. With a
    /// `wordLimit`, only that many words at the start of a long line are read.
    public func reason(forLine line: String, wordLimit: Int? = nil) -> BoilerplateReason? {
        var words = Self.words(line, limit: wordLimit ?? Int.max)
        while let last = words.last, Self.trailingPunctuation.contains(last) { words.removeLast() }
        for start in words.indices {
            guard let candidates = entries[words[start]] else { continue }
            for entry in candidates where start + entry.words.count <= words.count {
                guard words[start..<start + entry.words.count].elementsEqual(entry.words) else { continue }
                switch entry.match {
                case .line where start == 0 && entry.words.count == words.count: return entry.reason
                case .prefix where start == 0: return entry.reason
                case .contains: return entry.reason
                default: continue
                }
            }
        }
        return nil
    }

    private static let trailingPunctuation: Set<String> = [".", ":", "!", "?", "…", ";", ","]

    /// Folded words of `text`, punctuation marks as words of their own.
    static func words(_ text: String, limit: Int = Int.max) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var start: Int?
        for (i, s) in scalars.enumerated() {
            if words.count >= limit { return words }
            if s.isAlphanumeric || (s == "'" && start != nil) {
                if start == nil { start = i }
                continue
            }
            if let st = start {
                words.append(TextFolding.fold(scalars: scalars[st..<i]))
                start = nil
            }
            if !s.isSpaceLike && !s.isHyphen { words.append(TextFolding.fold(scalars: scalars[i..<i + 1])) }
        }
        if let st = start { words.append(TextFolding.fold(scalars: scalars[st...])) }
        return words
    }
}
