/// A trie over vocabulary ids: finds, in one walk from a token, every
/// lexicon phrase that starts there. Lookups cost one small-dictionary
/// probe per token, whatever the size of the lexicon.
public struct PhraseTrie: Sendable {
    private var children: [[WordID: Int32]] = [[:]]
    private var values: [[Int32]] = [[]]

    public init() {}

    /// Adds a phrase (its words' ids) carrying `value`.
    public mutating func insert(_ words: [WordID], value: Int32) {
        var node = 0
        for word in words {
            if let next = children[node][word] {
                node = Int(next)
            } else {
                children.append([:])
                values.append([])
                let next = Int32(children.count - 1)
                children[node][word] = next
                node = Int(next)
            }
        }
        values[node].append(value)
    }

    /// The node reached from the root by `word`, if any.
    @inlinable public func start(_ word: WordID) -> Int? { step(from: 0, word) }

    /// The node reached from `node` by `word`, if any.
    public func step(from node: Int, _ word: WordID) -> Int? {
        guard word >= 0, let next = children[node][word] else { return nil }
        return Int(next)
    }

    /// The values of phrases ending at `node`.
    public func values(at node: Int) -> [Int32] { values[node] }

    /// Every phrase starting at token `start`: (end token index exclusive,
    /// values), shortest first.
    public func matches(in tokens: [Token], from start: Int) -> [(end: Int, values: [Int32])] {
        var found: [(Int, [Int32])] = []
        var node = 0
        var i = start
        while i < tokens.count, let next = step(from: node, tokens[i].word) {
            node = next
            i += 1
            if !values[node].isEmpty { found.append((i, values[node])) }
        }
        return found
    }
}

extension Vocabulary {
    /// The ids of the words of a lexicon phrase, tokenised the way text is,
    /// adding new words.
    public mutating func internPhrase(_ phrase: String) -> [WordID] {
        let scalars = Array(phrase.unicodeScalars)
        return Tokenizer(vocabulary: Vocabulary()).tokenize(scalars).map { intern($0.folded(in: scalars)) }
    }
}
