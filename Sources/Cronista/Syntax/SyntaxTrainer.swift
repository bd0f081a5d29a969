/// Trains a ``SyntaxModel`` from Universal Dependencies sentences,
/// deterministically: a fixed seed orders the examples, and the same
/// treebanks give the same model on every run.
public struct SyntaxTrainer {
    public struct Options: Sendable {
        public var taggerEpochs = 16
        public var parserEpochs = 15
        public var seed: UInt64 = 20_261_201
        /// Features of the tagger's ambiguity classes: forms seen at least this often.
        public var ambiguityMinimumCount = 2
        /// Parser trained on the tagger's own tags, by this many folds (0: gold tags).
        public var jackknifeFolds = 4
        /// Averaged weights of this magnitude or less are dropped (model size).
        public var minimumWeight: Float = 1
        public init() {}
    }

    public var options: Options
    /// Progress messages (epoch figures).
    public var log: @Sendable (String) -> Void

    public init(options: Options = Options(), log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    public func train(_ sentences: [UDSentence]) -> SyntaxModel {
        let atoms = sentences.map { $0.words.map { WordAtoms($0.form) } }
        let gold = sentences.map { $0.words.map { UniversalTag(name: $0.upos) ?? .x } }
        let tagger = trainTagger(atoms: atoms, tags: gold, order: Array(sentences.indices))
        let lemmatizer = LemmaRuleLearner.learn(sentences)
        var parserTags = gold
        if options.jackknifeFolds > 1 {
            parserTags = jackknife(atoms: atoms, tags: gold)
        }
        let words: [[ParserWord]] = sentences.indices.map { s in
            let entries = sentences[s].words.indices.map { i in
                let word = sentences[s].words[i]
                return parserTags[s][i] == gold[s][i]
                    ? Lemmatizer.Entry(lemma: word.lemma, feats: word.feats) : lemmatizer.analyze(word.form, tag: parserTags[s][i])
            }
            return atoms[s].indices.map { ParserWord(atoms: atoms[s][$0], tag: parserTags[s][$0], feats: Substring(entries[$0].feats)) }
        }
        let parser = ParserTrainer(options: options, log: log).train(words: words, sentences: sentences)
        return SyntaxModel(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    /// Tags for each training sentence from a tagger that never saw it.
    func jackknife(atoms: [[WordAtoms]], tags: [[UniversalTag]]) -> [[UniversalTag]] {
        var result = tags
        let folds = options.jackknifeFolds
        for fold in 0..<folds {
            let training = atoms.indices.filter { $0 % folds != fold }
            let tagger = trainTagger(atoms: atoms, tags: tags, order: training)
            for s in atoms.indices where s % folds == fold { result[s] = tagger.tag(atoms[s]) }
            log("jackknife fold \(fold + 1)/\(folds)")
        }
        return result
    }

    func trainTagger(atoms: [[WordAtoms]], tags: [[UniversalTag]], order sentences: [Int]) -> PartOfSpeechTagger {
        var counts: [UInt64: (total: Int, tags: UInt32)] = [:]
        for s in sentences {
            for (word, tag) in zip(atoms[s], tags[s]) {
                counts[word.lower, default: (0, 0)].total += 1
                counts[word.lower, default: (0, 0)].tags |= 1 << UInt32(tag.rawValue)
            }
        }
        let ambiguity = counts.filter { $0.value.total >= options.ambiguityMinimumCount }.mapValues(\.tags)
        let classes = atoms.map { PartOfSpeechTagger.classes(of: $0, ambiguity: ambiguity) }
        let count = UniversalTag.allCases.count
        var model = PerceptronTrainer(classCount: count)
        var random = SplitMix64(seed: options.seed)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.capacity)
        var scores = [Float](repeating: 0, count: count)
        for epoch in 1...options.taggerEpochs {
            var correct = 0, total = 0
            for o in random.permutation(sentences.count) {
                let s = sentences[o]
                var p1 = -1, p2 = -2
                for i in atoms[s].indices {
                    keys.withUnsafeMutableBufferPointer { buffer in
                        let n = TaggerFeatures.extract(atoms[s], classes: classes[s], at: i, previous: p1, p2, into: buffer)
                        let used = UnsafeBufferPointer(rebasing: buffer[..<n])
                        for c in 0..<count { scores[c] = 0 }
                        model.score(used, into: &scores)
                        var guess = 0
                        for c in 1..<count where scores[c] > scores[guess] { guess = c }
                        let truth = tags[s][i].rawValue
                        model.update(used, truth: truth, guess: guess)
                        model.advance()
                        if guess == truth { correct += 1 }
                        total += 1
                        p2 = p1
                        p1 = guess
                    }
                }
            }
            log("tagger epoch \(epoch): training accuracy \(Double(correct) / Double(max(1, total)))")
        }
        return PartOfSpeechTagger(model: model.averaged(minimumWeight: options.minimumWeight), ambiguity: ambiguity)
    }
}
