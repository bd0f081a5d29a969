extension SyntaxModel {
    /// The sentence with its gold words re-analysed: same ids, forms and
    /// multiword tokens; new tags, lemmas, features, heads and relations.
    public func reanalyze(_ sentence: UDSentence) -> UDSentence {
        var result = sentence
        let parsed = analyze(sentence.words.map(\.form))
        for (i, word) in parsed.enumerated() {
            result.words[i] = UDWord(
                form: word.form, lemma: word.lemma, upos: word.tag.name, xpos: "_", feats: word.feats, head: word.head,
                deprel: word.relation, deps: "_", misc: sentence.words[i].misc)
        }
        return result
    }
}
