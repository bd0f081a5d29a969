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

    /// The tag of each word. The features that do not read the previous
    /// tags are scored for the whole sentence first, in one batch whose
    /// table reads overlap; the greedy pass then adds those of the tags.
    ///
    /// `names` marks the words another stage knows to be proper names (an
    /// entity's words): they are tagged PROPN, and the next words read that tag.
    func tag(_ words: [WordAtoms], names: [Bool] = []) -> [UniversalTag] {
        let classes = Self.classes(of: words, ambiguity: ambiguity)
        var tags: [UniversalTag] = []
        tags.reserveCapacity(words.count)
        var p1 = -1, p2 = -2
        let count = UniversalTag.allCases.count
        let n = words.count
        let staticKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n * TaggerFeatures.staticCount)
        let staticScores = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n * count)
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: TaggerFeatures.capacity)
        defer {
            staticKeys.deallocate()
            staticScores.deallocate()
            keys.deallocate()
        }
        staticScores.initialize(repeating: 0)
        for i in 0..<n {
            let k = TaggerFeatures.extractStatic(words, classes: classes, at: i, into: UnsafeMutableBufferPointer(rebasing: staticKeys[(i * TaggerFeatures.staticCount)...]))
            model.score(
                UnsafeBufferPointer(rebasing: staticKeys[(i * TaggerFeatures.staticCount)..<(i * TaggerFeatures.staticCount + k)]),
                into: UnsafeMutableBufferPointer(rebasing: staticScores[(i * count)..<((i + 1) * count)]))
        }
        for i in 0..<n {
            let k = TaggerFeatures.extractDynamic(words, classes: classes, at: i, previous: p1, p2, into: keys)
            let scores = UnsafeMutableBufferPointer(rebasing: staticScores[(i * count)..<((i + 1) * count)])
            model.score(UnsafeBufferPointer(rebasing: keys[..<k]), into: scores)
            var best = 0
            for c in 1..<count where scores[c] > scores[best] { best = c }
            if i < names.count && names[i] { best = UniversalTag.propn.rawValue }
            tags.append(UniversalTag(rawValue: best)!)
            p2 = p1
            p1 = best
        }
        return tags
    }

    /// The tags of `forms`.
    public func tag(forms: [String]) -> [UniversalTag] {
        tag(forms.map { WordAtoms($0) })
    }
}
