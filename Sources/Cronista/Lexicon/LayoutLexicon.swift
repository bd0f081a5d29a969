/// The words the layout signals of the text stage read: function words
/// (for the share a real paragraph has), news agencies and the openers of
/// credit and byline lines, and the words of timestamp lines. Loaded from
/// `function-words.txt`, `agencies.tsv`, `credits.tsv` and `timestamps.tsv`.
///
/// Phrases are kept folded (lower case, no accents, hyphens as spaces) and
/// compared with folded words of a line, which are short: no tries needed.
public struct LayoutLexicon: Sendable {
    /// Function words, as vocabulary ids.
    public private(set) var functionWords: WordSet = []
    /// Folded agency name (words joined by one space) → the name recorded as credit.
    public private(set) var agencies: [String: String] = [:]
    /// The longest agency name, in words.
    public private(set) var longestAgency = 1
    /// Folded openers of source-credit lines ("fonte", "com informacoes"), as word lists.
    public private(set) var sourceOpeners: [[String]] = []
    /// Folded openers of byline lines ("por", "texto de").
    public private(set) var bylineOpeners: [[String]] = []
    /// Timestamp words by kind.
    public private(set) var timeUnits: Set<String> = []
    public private(set) var timeNumbers: Set<String> = []
    public private(set) var timeFillers: Set<String> = []

    public init() {}

    /// What a word of `timestamps.tsv` is.
    public enum TimestampWord: String, Sendable, CaseIterable {
        case unit, number, filler
    }

    /// What a line opener of `credits.tsv` opens.
    public enum CreditOpener: String, Sendable, CaseIterable {
        case source, byline
    }

    /// Loads the layout words of `language`, adding the function words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> LayoutLexicon {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> LayoutLexicon {
        var lexicon = LayoutLexicon()
        for (word, _) in try source.words("function-words.txt") {
            lexicon.functionWords.insert(vocabulary.intern(word))
        }
        for row in try source.rows("agencies.tsv") {
            try row.expect(2, columns: "name, credit")
            let name = Self.words(row[0])
            guard !name.isEmpty else { throw row.malformed("column 1: '\(row[0])' has no word") }
            lexicon.agencies[name.joined(separator: " ")] = row[1].trimmingCharacters(in: .whitespaces)
            lexicon.longestAgency = max(lexicon.longestAgency, name.count)
        }
        for row in try source.rows("credits.tsv") {
            try row.expect(2, columns: "kind, phrase")
            let kind = try row.enum(0, CreditOpener.self)
            let phrase = Self.words(row[1])
            guard !phrase.isEmpty else { throw row.malformed("column 2: '\(row[1])' has no word") }
            switch kind {
            case .source: lexicon.sourceOpeners.append(phrase)
            case .byline: lexicon.bylineOpeners.append(phrase)
            }
        }
        // Longest opener first, so that "texto de" wins over "texto".
        lexicon.sourceOpeners.sort { $0.count > $1.count }
        lexicon.bylineOpeners.sort { $0.count > $1.count }
        for row in try source.rows("timestamps.tsv") {
            try row.expect(2, columns: "kind, word")
            let kind = try row.enum(0, TimestampWord.self)
            let word = Self.words(row[1])
            guard word.count == 1 else { throw row.malformed("column 2: expected one word, found '\(row[1])'") }
            switch kind {
            case .unit: lexicon.timeUnits.insert(word[0])
            case .number: lexicon.timeNumbers.insert(word[0])
            case .filler: lexicon.timeFillers.insert(word[0])
            }
        }
        return lexicon
    }

    /// The folded words of `text`: letters and digits, split at everything else.
    public static func words(_ text: some StringProtocol) -> [String] {
        TextFolding.fold(text).split(whereSeparator: { c in !(c.isLetter || c.isNumber) }).map(String.init)
    }

    /// The agencies named in `words` (folded), longest names first, each once, in order.
    public func agencies(in words: [String]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < words.count {
            var matched = false
            for length in stride(from: min(longestAgency, words.count - i), through: 1, by: -1) {
                if let credit = agencies[words[i..<i + length].joined(separator: " ")] {
                    if !found.contains(credit) { found.append(credit) }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// Whether `words` (folded) are agency names only, with nothing else.
    public func isAgenciesOnly(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        var i = 0
        outer: while i < words.count {
            for length in stride(from: min(longestAgency, words.count - i), through: 1, by: -1)
            where agencies[words[i..<i + length].joined(separator: " ")] != nil {
                i += length
                continue outer
            }
            return false
        }
        return true
    }
}
