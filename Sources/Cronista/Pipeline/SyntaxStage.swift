/// Syntactic words, tags, lemmas and the dependency parse of each sentence.
/// After the entity stage, the capitalised words of entities are tagged as
/// proper names ("o Chega", "Irfaan Ali", "Lula"), which the tagger alone
/// reads as a verb, an adverb or a noun.
public struct SyntaxStage: Stage {
    public let splitter: WordSplitter
    public let model: SyntaxModel
    public var name: String { "syntax" }

    public init(splitter: WordSplitter, model: SyntaxModel) {
        self.splitter = splitter
        self.model = model
    }

    public func process(_ document: inout Document) {
        var words: [AnalyzedWord] = []
        words.reserveCapacity(document.tokens.count + document.tokens.count / 8)
        var t = 0
        let tokens = document.tokens
        for (s, sentence) in document.sentences.enumerated() {
            while t < tokens.count && tokens[t].start < sentence.start { t += 1 }
            let first = t
            while t < tokens.count && tokens[t].end <= sentence.end { t += 1 }
            guard t > first else { continue }
            let split = splitter.split(Array(tokens[first..<t]), in: document.scalars)
            var names: [Bool] = []
            if let entityOfToken = document.recognition?.entityOfToken {
                names = split.map { word in
                    let token = first + word.token
                    return entityOfToken[token] >= 0 && tokens[token].isCapitalized && tokens[token].kind == .word
                        && word.start == tokens[token].start && !word.form.isEmpty && word.form.unicodeScalars.first!.properties.isUppercase
                }
            }
            let parsed = model.analyze(split.map(\.form), names: names)
            for (i, word) in parsed.enumerated() {
                words.append(
                    AnalyzedWord(
                        sentence: s, id: i + 1, form: word.form, lemma: word.lemma, upos: word.tag.name, feats: word.feats,
                        head: word.head, deprel: word.relation, start: split[i].start, end: split[i].end))
            }
        }
        document.words = words
    }
}
