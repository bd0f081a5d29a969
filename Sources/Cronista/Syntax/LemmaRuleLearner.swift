/// Reads a ``Lemmatizer`` off treebank sentences: the most frequent lemma
/// and features of each (form, tag), and for unseen forms the most
/// frequent suffix rewrite of each (tag, suffix) seen at least twice.
enum LemmaRuleLearner {
    static func learn(_ sentences: [UDSentence]) -> Lemmatizer {
        var entries: [String: [Lemmatizer.Entry: Int]] = [:]
        var rules: [String: [Lemmatizer.Rule: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where word.lemma != "_" {
                let lower = word.form.lowercased()
                entries[lower + "\t" + word.upos, default: [:]][Lemmatizer.Entry(lemma: word.lemma, feats: word.feats), default: 0] += 1
                let form = Array(lower.unicodeScalars)
                let lemma = Array(word.lemma.lowercased().unicodeScalars)
                var common = 0
                while common < form.count && common < lemma.count && form[common] == lemma[common] { common += 1 }
                let rule = Lemmatizer.Rule(
                    strip: form.count - common, append: String(String.UnicodeScalarView(lemma[common...])), feats: word.feats)
                for k in 0...min(Lemmatizer.longestSuffix, form.count) {
                    let suffix = String(String.UnicodeScalarView(form.suffix(k)))
                    rules[word.upos + "\t" + suffix, default: [:]][rule, default: 0] += 1
                }
            }
        }
        let lexicon = entries.mapValues { Self.mostFrequent($0).value }
        var kept: [String: Lemmatizer.Rule] = [:]
        for (key, counts) in rules {
            let best = mostFrequent(counts)
            if best.count >= 2 || key.hasSuffix("\t") { kept[key] = best.value }
        }
        return Lemmatizer(lexicon: lexicon, rules: kept)
    }

    /// The most frequent value, ties broken by the smaller description (deterministic).
    static func mostFrequent<T: Hashable>(_ counts: [T: Int]) -> (value: T, count: Int) {
        let best = counts.max { a, b in
            a.value != b.value ? a.value < b.value : String(describing: a.key) > String(describing: b.key)
        }!
        return (best.key, best.value)
    }
}
