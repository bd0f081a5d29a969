/// Phrases that mark a scraped line as navigation, prompts, links or
/// credits, loaded from `boilerplate.tsv` and `datelines.tsv`.
///
/// Phrases and lines are compared as sequences of folded words, with
/// punctuation marks as words of their own, through hash lookups: the cost
/// per line does not grow with the size of the lexicon.
public struct BoilerplateLexicon: Sendable {
    /// How a phrase must sit in a line to match it.
    public enum Match: String, Sendable, CaseIterable {
        /// The whole line, without trailing punctuation, is the phrase.
        case line
        /// The line opens with the phrase.
        case prefix
        /// The phrase appears anywhere in the line.
        case contains
    }

    private struct Entry: Sendable {
        var length: Int
        var reason: BoilerplateReason
        var match: Match
    }

    private var entries: [Entry] = []
    private var trie = PhraseTrie()
    private var trailingPunctuation: WordSet = []
    /// Folded words that open a dateline ("publicado em"), longest first.
    public private(set) var datelineOpeners: [String]

    public init(
        phrases: [(reason: BoilerplateReason, match: Match, phrase: String)], datelineOpeners: [String],
        vocabulary: inout Vocabulary
    ) {
        for (reason, match, phrase) in phrases {
            let words = vocabulary.internPhrase(phrase)
            guard !words.isEmpty else { continue }
            trie.insert(words, value: Int32(entries.count))
            entries.append(Entry(length: words.count, reason: reason, match: match))
        }
        trailingPunctuation = WordSet([".", ":", "!", "?", "…", ";", ","].map { vocabulary.intern($0) })
        self.datelineOpeners = datelineOpeners.map(TextFolding.fold).sorted { $0.count > $1.count }
    }

    /// Loads the lexicon of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> BoilerplateLexicon {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `boilerplate.tsv` and `datelines.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> BoilerplateLexicon {
        var phrases: [(BoilerplateReason, Match, String)] = []
        for row in try source.rows("boilerplate.tsv") {
            try row.expect(3, columns: "reason, match, phrase")
            phrases.append((try row.enum(0, BoilerplateReason.self), try row.enum(1, Match.self), row[2]))
        }
        var openers: [String] = []
        for row in try source.rows("datelines.tsv") {
            try row.expect(1, columns: "phrase")
            openers.append(row[0])
        }
        return BoilerplateLexicon(phrases: phrases, datelineOpeners: openers, vocabulary: &vocabulary)
    }

    /// The reason of a phrase that matches a line, given its tokens. With a
    /// `wordLimit`, phrases are only looked for among the first words.
    public func reason(forLine tokens: [Token], wordLimit: Int? = nil) -> BoilerplateReason? {
        var count = tokens.count
        while count > 0, tokens[count - 1].isKnown, trailingPunctuation.contains(tokens[count - 1].word) { count -= 1 }
        guard count > 0 else { return nil }
        let line = Array(tokens[0..<count])
        for start in 0..<min(count, wordLimit ?? count) where line[start].isKnown && trie.start(line[start].word) != nil {
            for (end, values) in trie.matches(in: line, from: start) {
                for value in values {
                    let entry = entries[Int(value)]
                    switch entry.match {
                    case .line where start == 0 && end == count: return entry.reason
                    case .prefix where start == 0: return entry.reason
                    case .contains: return entry.reason
                    default: continue
                    }
                }
            }
        }
        return nil
    }
}
