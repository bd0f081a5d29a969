/// A greedy left-to-right part-of-speech tagger (averaged perceptron),
/// trained on Universal Dependencies treebanks by ``SyntaxTrainer``.
public struct PartOfSpeechTagger: Sendable {
    let model: PerceptronModel
    /// Lower-case form hash → bit set of the tags the treebanks give it.
    let ambiguity: [UInt64: UInt32]

    init(model: PerceptronModel, ambiguity: [UInt64: UInt32]) {
        self.model = model
        self.ambiguity = ambiguity
    }

    /// The ambiguity-class atom of each word.
    static func classes(of words: [WordAtoms], ambiguity: [UInt64: UInt32]) -> [UInt64] {
        words.map { ambiguity[$0.lower].map { UInt64($0) } ?? TaggerFeatures.unknownClass }
    }

    /// The tag of each word.
    func tag(_ words: [WordAtoms]) -> [UniversalTag] {
        let classes = Self.classes(of: words, ambiguity: ambiguity)
        var tags: [UniversalTag] = []
        tags.reserveCapacity(words.count)
        var p1 = -1, p2 = -2
        let count = UniversalTag.allCases.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.capacity) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { scores in
                for i in words.indices {
                    let n = TaggerFeatures.extract(words, classes: classes, at: i, previous: p1, p2, into: keys)
                    scores.initialize(repeating: 0)
                    model.score(UnsafeBufferPointer(rebasing: keys[..<n]), into: scores)
                    var best = 0
                    for c in 1..<count where scores[c] > scores[best] { best = c }
                    tags.append(UniversalTag(rawValue: best)!)
                    p2 = p1
                    p1 = best
                }
            }
        }
        return tags
    }

    /// The tags of `forms`.
    public func tag(forms: [String]) -> [UniversalTag] {
        tag(forms.map { WordAtoms($0) })
    }
}
