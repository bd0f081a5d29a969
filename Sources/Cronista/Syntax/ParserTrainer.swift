/// Trains the arc-hybrid parser with a dynamic oracle (Goldberg & Nivre
/// 2013): from the second epoch on it mostly follows its own predictions
/// and learns the best move from wherever it is.
struct ParserTrainer {
    var options: SyntaxTrainer.Options
    var log: @Sendable (String) -> Void

    func train(words: [[ParserWord]], sentences: [UDSentence]) -> DependencyParser {
        let labels = Array(Set(sentences.flatMap { $0.words.map(\.deprel) })).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let rootLabel = labelIndex["root"] ?? 0
        let gold: [[Int32]] = sentences.map { sentence in
            [0] + Projectivizer.projectivize(sentence.words.map(\.head)).map { Int32($0) }
        }
        let goldLabels: [[Int]] = sentences.map { [0] + $0.words.map { labelIndex[$0.deprel]! } }
        var transitions = PerceptronTrainer(classCount: 3)
        var labeller = PerceptronTrainer(classCount: labels.count)
        var random = SplitMix64(seed: options.seed &+ 7)
        var keys = [UInt64](repeating: 0, count: max(ParserFeatures.capacity, LabelFeatures.capacity))
        var scores = [Float](repeating: 0, count: max(3, labels.count))
        for epoch in 1..<(options.parserEpochs + 1) {
            var correct = 0, total = 0
            for s in random.permutation(sentences.count) where !words[s].isEmpty {
                var state = ArcHybridState(count: words[s].count)
                while !state.isTerminal {
                    keys.withUnsafeMutableBufferPointer { buffer in
                        let n = ParserFeatures.extract(state, words: words[s], into: buffer)
                        let used = UnsafeBufferPointer(rebasing: buffer[..<n])
                        for c in 0..<3 { scores[c] = 0 }
                        transitions.score(used, into: &scores)
                        var predicted: ArcHybridState.Transition? = nil
                        var oracle: ArcHybridState.Transition? = nil
                        var costs = [Int](repeating: Int.max, count: 3)
                        for t in ArcHybridState.Transition.allCases where state.isValid(t) {
                            costs[t.rawValue] = state.cost(t, gold: gold[s])
                            if predicted == nil || scores[t.rawValue] > scores[predicted!.rawValue] { predicted = t }
                        }
                        let minimum = costs.min()!
                        for t in ArcHybridState.Transition.allCases where costs[t.rawValue] == minimum {
                            if oracle == nil || scores[t.rawValue] > scores[oracle!.rawValue] { oracle = t }
                        }
                        if costs[predicted!.rawValue] > minimum {
                            transitions.update(used, truth: oracle!.rawValue, guess: predicted!.rawValue)
                        }
                        transitions.advance()
                        let explore = epoch > 1 && random.next() % 10 != 0
                        let chosen = explore ? predicted! : oracle!
                        var label = 0
                        if let (head, dependent) = state.arc(for: chosen) {
                            if head == 0 {
                                label = rootLabel
                            } else {
                                let m = LabelFeatures.extract(state, head: head, dependent: dependent, words: words[s], into: buffer)
                                let labelKeys = UnsafeBufferPointer(rebasing: buffer[..<m])
                                for c in 0..<labels.count { scores[c] = 0 }
                                labeller.score(labelKeys, into: &scores)
                                label = scores.withUnsafeMutableBufferPointer {
                                    DependencyParser.bestLabel($0, count: labels.count, head: head, rootLabel: rootLabel)
                                }
                                if gold[s][dependent] == Int32(head) {
                                    labeller.update(labelKeys, truth: goldLabels[s][dependent], guess: label)
                                    labeller.advance()
                                    total += 1
                                    if label == goldLabels[s][dependent] { correct += 1 }
                                }
                            }
                        }
                        state.apply(chosen, label: label)
                    }
                }
            }
            log("parser epoch \(epoch): label accuracy on correct arcs \(Double(correct) / Double(max(1, total)))")
        }
        return DependencyParser(
            transitions: transitions.averaged(minimumWeight: options.minimumWeight),
            labeller: labeller.averaged(minimumWeight: options.minimumWeight), labels: labels)
    }
}
