/// A syntactic word in the Universal Dependencies sense: "do" is the two
/// words "de" and "o", "reuniu-se" the words "reuniu" and "se".
public struct SyntacticWord: Sendable, Equatable {
    /// The word as UD writes it: "de", "o", "reuniu", "se", "encontrará".
    public var form: String
    /// The index of the ``Token`` it came from.
    public var token: Int
    /// The code-point span of that token; all words of one token share it.
    public var start: Int
    /// The end of that span (exclusive).
    public var end: Int

    /// A word `form` of the token at index `token`, spanning `start..<end`.
    public init(form: String, token: Int, start: Int, end: Int) {
        self.form = form
        self.token = token
        self.start = start
        self.end = end
    }
}

/// Splits tokens into syntactic words as the UD Portuguese treebanks do:
/// contractions of a preposition with an article or pronoun ("do" = de + o,
/// "à" = a + a, "nele" = em + ele, "pelos" = por + os) and pronouns joined
/// to a verb by a hyphen ("reuniu-se" = reuniu + se, "encontrar-se-á" =
/// encontrará + se).
///
/// All Portuguese lives in `Resources/<language>/syntax/`: `contractions.tsv`
/// (whole forms), `contexts.tsv` (forms that are also other words, such as
/// the pronoun "nos", decided by the next token) and `clitics.tsv`
/// (pronouns, future and conditional endings). The first word takes the
/// token's case ("Do" gives "De", "o"; "DA" gives "DE", "A").
public struct WordSplitter: Sendable {
    /// Lower-case form → its words.
    let contractions: [String: [String]]
    /// Lower-case form → its context rules, in order.
    let contexts: [String: [ContextRule]]
    /// Pronouns that may follow a verb after a hyphen.
    let enclitics: Set<String>
    /// Future and conditional endings after a mesoclitic pronoun.
    let endings: Set<String>
    /// Accented last scalar of a stem before an ending → what it stands for.
    let restorations: [Unicode.Scalar: String]
    /// The longest form in `contractions`, in scalars: longer tokens without
    /// a hyphen are not looked up.
    let longestContraction: Int

    /// One row of `contexts.tsv`.
    struct ContextRule: Sendable {
        enum Condition: String, Sendable {
            case nextIn = "next-in", nextEnds = "next-ends", nextEndsPlain = "next-ends-plain"
            case nextLower = "next-lower"
        }
        var condition: Condition
        var values: [String]
        var split: Bool
    }

    /// Reads `Resources/<language>/syntax/{contractions,contexts,clitics}.tsv`;
    /// a malformed row fails with its file and line.
    public static func load(language: String) throws -> WordSplitter {
        try load(from: .bundle(language))
    }

    /// Reads the rules from `source` (the bundle, or texts in their place).
    public static func load(from source: ResourceSource) throws -> WordSplitter {
        var contractions: [String: [String]] = [:]
        try forEachRow("syntax/contractions.tsv", source: source) { file, line, columns in
            guard columns.count == 2, !columns[0].isEmpty else {
                throw ResourceError.malformed(file: file, line: line, reason: "expected: form TAB words")
            }
            let words = columns[1].split(separator: " ").map(String.init)
            guard words.count >= 2 else {
                throw ResourceError.malformed(file: file, line: line, reason: "a contraction splits into two words or more")
            }
            guard contractions.updateValue(words, forKey: columns[0].lowercased()) == nil else {
                throw ResourceError.malformed(file: file, line: line, reason: "duplicate form \(columns[0])")
            }
        }
        var contexts: [String: [ContextRule]] = [:]
        try forEachRow("syntax/contexts.tsv", source: source) { file, line, columns in
            guard columns.count == 4, let condition = ContextRule.Condition(rawValue: columns[1]),
                columns[3] == "split" || columns[3] == "keep"
            else {
                throw ResourceError.malformed(
                    file: file, line: line, reason: "expected: form TAB next-in|next-ends|next-ends-plain|next-lower TAB values TAB split|keep")
            }
            guard contractions[columns[0]] != nil else {
                throw ResourceError.malformed(file: file, line: line, reason: "\(columns[0]) is not in contractions.tsv")
            }
            let rule = ContextRule(
                condition: condition, values: TabularText.values(columns[2]).filter { $0 != "-" }, split: columns[3] == "split")
            contexts[columns[0], default: []].append(rule)
        }
        var enclitics = Set<String>()
        var endings = Set<String>()
        var restorations: [Unicode.Scalar: String] = [:]
        try forEachRow("syntax/clitics.tsv", source: source) { file, line, columns in
            guard columns.count == 2 else {
                throw ResourceError.malformed(file: file, line: line, reason: "expected: enclitic|ending|restore TAB values")
            }
            let values = TabularText.values(columns[1])
            switch columns[0] {
            case "enclitic": enclitics.formUnion(values)
            case "ending": endings.formUnion(values)
            case "restore":
                for value in values {
                    let pair = value.split(separator: ":")
                    guard pair.count == 2, pair[0].unicodeScalars.count == 1, let scalar = pair[0].unicodeScalars.first else {
                        throw ResourceError.malformed(file: file, line: line, reason: "expected accented:plain, got \(value)")
                    }
                    restorations[scalar] = String(pair[1])
                }
            default:
                throw ResourceError.malformed(file: file, line: line, reason: "unknown kind \(columns[0])")
            }
        }
        let longest = contractions.keys.lazy.filter { !$0.contains("-") }.map { $0.unicodeScalars.count }.max() ?? 0
        return WordSplitter(
            contractions: contractions, contexts: contexts, enclitics: enclitics, endings: endings,
            restorations: restorations, longestContraction: longest)
    }

    private static func forEachRow(
        _ name: String, source: ResourceSource, _ body: (String, Int, [String]) throws -> Void
    ) throws {
        let text = try source.text(name)
        let file = source.fileName(name)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            try body(file, index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// The forms one token splits into, without context (an ambiguous form
    /// such as "nos" takes its usual reading, em + os); `[form]` when it does
    /// not split.
    public func words(of form: String) -> [String] {
        let scalars = Array(form.unicodeScalars)
        return words(of: scalars[...], next: nil) ?? [form]
    }

    /// The syntactic words of every token, in order: a token that does not
    /// split gives one word with its own text.
    public func split(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [SyntacticWord] {
        var result: [SyntacticWord] = []
        result.reserveCapacity(tokens.count + tokens.count / 8)
        for (index, token) in tokens.enumerated() {
            let text = scalars[token.start..<token.end]
            if token.kind == .word,
                let parts = words(of: text, next: index + 1 < tokens.count ? scalars[tokens[index + 1].start..<tokens[index + 1].end] : nil)
            {
                for part in parts {
                    result.append(SyntacticWord(form: part, token: index, start: token.start, end: token.end))
                }
            } else {
                result.append(SyntacticWord(form: String(String.UnicodeScalarView(text)), token: index, start: token.start, end: token.end))
            }
        }
        return result
    }

    /// The words of `form`, or nil when it is one word; `next` is the text
    /// of the following token, for the context rules.
    func words(of form: ArraySlice<Unicode.Scalar>, next: ArraySlice<Unicode.Scalar>?) -> [String]? {
        guard let first = form.first, first.isLetter else { return nil }
        var hyphen = -1
        for i in form.indices where form[i].isHyphen {
            hyphen = i
            break
        }
        if hyphen < 0 && form.count > longestContraction { return nil }
        let lower = Self.lowercased(form)
        if let parts = contractions[lower] {
            if let rules = contexts[lower], !shouldSplit(rules, next: next) { return nil }
            return Self.applyCase(of: form, to: parts)
        }
        return hyphen < 0 ? nil : clitics(form)
    }

    /// "reuniu-se" → reuniu, se; "encontrar-se-á" → encontrará, se.
    private func clitics(_ form: ArraySlice<Unicode.Scalar>) -> [String]? {
        var segments: [ArraySlice<Unicode.Scalar>] = []
        var start = form.startIndex
        for i in form.indices where form[i].isHyphen {
            segments.append(form[start..<i])
            start = i + 1
        }
        segments.append(form[start..<form.endIndex])
        // A pronoun is lower case, or all capitals in an all-capitals token ("REUNIU-SE");
        // the verb before it has two letters or more ("TV-A" is a name).
        let allCapitals = form.allSatisfy { !$0.isLowercaseLetter }
        func isPronoun(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
            guard !s.isEmpty else { return false }
            if s.allSatisfy(\.isLowercaseLetter) { return enclitics.contains(String(String.UnicodeScalarView(s))) }
            // In capitals a one-letter pronoun is no different from a letter ("TV-A").
            return allCapitals && s.count >= 2 && s.allSatisfy(\.isUppercaseLetter) && enclitics.contains(Self.lowercased(s))
        }
        var last = segments.count - 1
        var ending: ArraySlice<Unicode.Scalar>? = nil
        if segments.count >= 3, endings.contains(String(String.UnicodeScalarView(segments[last]))), isPronoun(segments[last - 1]) {
            ending = segments[last]
            last -= 1
        }
        var firstPronoun = last + 1
        while firstPronoun > 1, isPronoun(segments[firstPronoun - 1]) { firstPronoun -= 1 }
        guard firstPronoun <= last, firstPronoun >= 1 else { return nil }
        // The verb: every segment before the pronouns, hyphens kept ("auto-excluiu").
        let verbEnd = segments[firstPronoun - 1].endIndex
        var verb = Array(form[form.startIndex..<verbEnd])
        guard verb.count >= 2, verb.last.map({ $0.isLetter }) == true else { return nil }
        if let ending {
            if let plain = verb.last.flatMap({ restorations[$0] }) {
                verb.removeLast()
                verb.append(contentsOf: plain.unicodeScalars)
            }
            verb.append(contentsOf: ending)
        }
        var parts = [String(String.UnicodeScalarView(verb))]
        for k in firstPronoun...last { parts.append(String(String.UnicodeScalarView(segments[k]))) }
        return parts
    }

    private func shouldSplit(_ rules: [ContextRule], next: ArraySlice<Unicode.Scalar>?) -> Bool {
        guard let next, let head = next.first else { return true }
        let isLowerWord = head.isLowercaseLetter && next.allSatisfy(\.isLetter)
        let lower = Self.lowercased(next)
        for rule in rules {
            let holds: Bool
            switch rule.condition {
            case .nextIn: holds = rule.values.contains(lower)
            case .nextEnds: holds = isLowerWord && rule.values.contains { lower.hasSuffix($0) }
            case .nextEndsPlain:
                holds = isLowerWord && next.allSatisfy { $0.value < 0x80 } && rule.values.contains { lower.hasSuffix($0) }
            case .nextLower: holds = isLowerWord
            }
            if holds { return rule.split }
        }
        return true
    }

    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for s in scalars {
            if s.isUppercaseLetter, let lower = s.properties.lowercaseMapping.unicodeScalars.first {
                view.append(lower)
            } else {
                view.append(s)
            }
        }
        return String(view)
    }

    /// "Do" → "De", "o"; "DA" → "DE", "A"; "À" (one letter) → "A", "a".
    static func applyCase(of form: ArraySlice<Unicode.Scalar>, to parts: [String]) -> [String] {
        guard let first = form.first, first.isUppercaseLetter else { return parts }
        let letters = form.filter(\.isLetter)
        if letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter) { return parts.map { $0.uppercased() } }
        var result = parts
        if let head = result[0].unicodeScalars.first {
            result[0] = String(head).uppercased() + String(result[0].unicodeScalars.dropFirst())
        }
        return result
    }
}
