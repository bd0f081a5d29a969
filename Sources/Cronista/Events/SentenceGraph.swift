/// One sentence's dependency tree as the events stage reads it: the words
/// with their heads and dependents, the token each word came from, and the
/// entity each word mentions.
///
/// Word indices are 0-based positions in ``words`` (a word's UD id minus
/// one); ``root`` heads are `-1`.
struct SentenceGraph {
    /// The sentence's syntactic words, in order.
    let words: [AnalyzedWord]
    /// The 0-based head of each word, `-1` for the root.
    let head: [Int]
    /// The dependents of each word, in text order.
    let children: [[Int]]
    /// The index in the document's tokens of the token each word came from.
    let token: [Int]
    /// The index of the entity each word mentions (the recognizer's), or -1.
    let entity: [Int32]
    /// Folded lemma of each word (case, accents and hyphens ignored).
    let lemma: [String]

    init(words: ArraySlice<AnalyzedWord>, tokens: [Token], firstToken: Int, entityOfToken: [Int32]) {
        self.words = Array(words)
        let n = self.words.count
        var head = [Int](repeating: -1, count: n)
        var children = [[Int]](repeating: [], count: n)
        var token = [Int](repeating: 0, count: n)
        var entity = [Int32](repeating: -1, count: n)
        var t = firstToken
        for (i, word) in self.words.enumerated() {
            let h = word.head - 1
            if h >= 0 && h < n && h != i {
                head[i] = h
                children[h].append(i)
            }
            // Words are in text order and each lies inside one token.
            while t + 1 < tokens.count && tokens[t].end <= word.start { t += 1 }
            token[i] = t
            if t < entityOfToken.count { entity[i] = entityOfToken[t] }
        }
        self.head = head
        self.children = children
        self.token = token
        self.entity = entity
        self.lemma = self.words.map { TextFolding.fold($0.lemma) }
    }

    var count: Int { words.count }

    /// The relation of word `i` without its subtype ("obl:agent" → "obl").
    func relation(_ i: Int) -> Substring {
        let deprel = words[i].deprel
        return deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)
    }

    /// The dependents of `i` whose relation is `deprel` exactly or, when
    /// `deprel` has no subtype, any subtype of it.
    func dependents(of i: Int, _ deprel: String) -> [Int] {
        children[i].filter { words[$0].deprel == deprel || (!deprel.contains(":") && relation($0) == deprel) }
    }

    /// The folded lemma of the case marker ("a", "com", "de") of word `i`, if any.
    func caseMarker(of i: Int) -> String? {
        children[i].first { words[$0].deprel == "case" }.map { lemma[$0] }
    }

    /// Whether word `i` carries feature `feature` ("Tense=Fut").
    func has(_ i: Int, _ feature: String) -> Bool {
        words[i].feats.split(separator: "|").contains { $0 == feature }
    }

    /// Whether word `i` is a verb or auxiliary.
    func isVerb(_ i: Int) -> Bool { words[i].upos == "VERB" || words[i].upos == "AUX" }

    /// Whether word `i` is a noun.
    func isNoun(_ i: Int) -> Bool { words[i].upos == "NOUN" }

    /// The chain of heads above `i`, nearest first, at most `limit` long.
    func ancestors(of i: Int, limit: Int = 8) -> [Int] {
        var chain: [Int] = []
        var k = head[i]
        while k >= 0 && chain.count < limit {
            chain.append(k)
            k = head[k]
        }
        return chain
    }

    /// The words of the subtree of `i`, breadth first, skipping dependents
    /// whose relation is in `excluded`, at most `limit` of them.
    func subtree(of i: Int, excluding excluded: Set<Substring> = [], limit: Int = 64) -> [Int] {
        var found = [i]
        var next = 0
        while next < found.count && found.count < limit {
            for c in children[found[next]] where !excluded.contains(relation(c)) && !excluded.contains(Substring(words[c].deprel)) {
                found.append(c)
                if found.count >= limit { break }
            }
            next += 1
        }
        return found
    }

    /// The scalar span of the words `indices`.
    func span(of indices: [Int]) -> TextSpan {
        var start = Int.max
        var end = 0
        for i in indices {
            start = min(start, words[i].start)
            end = max(end, words[i].end)
        }
        return TextSpan(start: start, end: end)
    }
}
