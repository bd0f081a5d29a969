/// One sentence of a CoNLL-U file (Universal Dependencies): its comments,
/// syntactic words and multiword tokens.
public struct UDSentence: Sendable, Equatable {
    /// The `# sent_id`, when given.
    public var id: String?
    /// The `# text`, when given.
    public var text: String?
    /// Every comment line, without its leading `# `, in order.
    public var comments: [String]
    /// The syntactic words, ids 1...n in order.
    public var words: [UDWord]
    /// The multiword tokens ("do" = de + o), by their word ranges.
    public var multiwordTokens: [UDMultiwordToken]

    public init(id: String? = nil, text: String? = nil, comments: [String] = [], words: [UDWord], multiwordTokens: [UDMultiwordToken] = []) {
        self.id = id
        self.text = text
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
    }
}

/// One syntactic word of a CoNLL-U sentence.
public struct UDWord: Sendable, Equatable {
    public var form: String
    public var lemma: String
    /// Universal part-of-speech tag ("NOUN", "VERB"…).
    public var upos: String
    public var xpos: String
    /// Morphological features, `Name=Value|…` or `_`.
    public var feats: String
    /// One-based id of the head word, 0 for the root.
    public var head: Int
    /// The dependency relation to the head ("nsubj", "obl:agent"…).
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
                head: Int = 0, deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }
}

/// A surface token that stands for several words (`2-3 no` = em + o).
public struct UDMultiwordToken: Sendable, Equatable {
    /// Ids of the first and last word it covers.
    public var first: Int
    public var last: Int
    public var form: String
    public var misc: String

    public init(first: Int, last: Int, form: String, misc: String = "_") {
        self.first = first
        self.last = last
        self.form = form
        self.misc = misc
    }
}

/// A CoNLL-U line that cannot be read.
public struct CoNLLUError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Reads and writes the CoNLL-U format (https://universaldependencies.org/format.html).
public enum CoNLLU {
    /// The sentences of a CoNLL-U text. Empty nodes (`8.1`) are skipped;
    /// a malformed line throws with `file` and its line number.
    public static func read(_ text: String, file: String = "input") throws -> [UDSentence] {
        var sentences: [UDSentence] = []
        var current = UDSentence(words: [])
        var lineNumber = 0
        func flush() {
            if !current.words.isEmpty { sentences.append(current) }
            current = UDSentence(words: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().drop { $0 == " " }
                current.comments.append(String(comment))
                if comment.hasPrefix("sent_id = ") { current.id = String(comment.dropFirst(10)) }
                if comment.hasPrefix("text = ") { current.text = String(comment.dropFirst(7)) }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw CoNLLUError(file: file, line: lineNumber, reason: "bad multiword token id '\(id)'")
                }
                current.multiwordTokens.append(UDMultiwordToken(first: first, last: last, form: String(columns[1]), misc: String(columns[9])))
                continue
            }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "word id '\(id)' out of sequence")
            }
            let head = columns[6] == "_" ? 0 : Int(columns[6])
            guard let head, head >= 0 else {
                throw CoNLLUError(file: file, line: lineNumber, reason: "bad head '\(columns[6])'")
            }
            current.words.append(
                UDWord(
                    form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
                    feats: String(columns[5]), head: head, deprel: String(columns[7]), deps: String(columns[8]),
                    misc: String(columns[9])))
        }
        flush()
        for sentence in sentences where sentence.words.contains(where: { $0.head > sentence.words.count }) {
            throw CoNLLUError(file: file, line: lineNumber, reason: "sentence \(sentence.id ?? "?") has a head beyond its last word")
        }
        return sentences
    }

    /// The CoNLL-U text of `sentences`, each followed by a blank line.
    public static func write(_ sentences: [UDSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += "# \(comment)\n" }
            if !sentence.comments.contains(where: { $0.hasPrefix("text = ") }), let text = sentence.text {
                out += "# text = \(text)\n"
            }
            var tokens = sentence.multiwordTokens.makeIterator()
            var next = tokens.next()
            for (i, word) in sentence.words.enumerated() {
                let id = i + 1
                while let token = next, token.first == id {
                    out += "\(token.first)-\(token.last)\t\(token.form)\t_\t_\t_\t_\t_\t_\t_\t\(token.misc)\n"
                    next = tokens.next()
                }
                out += "\(id)\t\(word.form)\t\(word.lemma)\t\(word.upos)\t\(word.xpos)\t\(word.feats)\t\(word.head)\t\(word.deprel)\t\(word.deps)\t\(word.misc)\n"
            }
            out += "\n"
        }
        return out
    }
}
