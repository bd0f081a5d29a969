/// Finds the event triggers of a sentence: the forms of ``EventLexicon``
/// (conjugated verbs, plural nouns, fixed phrases) matched on the tokens,
/// each tied to the parse word that heads it; and, for the words the forms
/// miss, a verb whose lemma is a trigger, or a phrase trigger whose head
/// lemma has the dependents the phrase needs, whatever stands between them
/// ("chegaram finalmente a acordo", "mantiveram longas conversações").
struct TriggerMatcher {
    /// One trigger found in a sentence.
    struct Match {
        /// The parse word (index in the ``SentenceGraph``) heading the trigger.
        var word: Int
        /// The index of the trigger in ``EventLexicon/triggers``.
        var trigger: Int
        /// The tense of the matched verb form, when the lexicon knows it.
        var tense: Conjugator.Tense?
        /// The words the trigger spans (for its text).
        var words: [Int]
    }

    /// A phrase trigger read from the parse: its head lemma and the folded
    /// content words its dependents must include, each with its singulars
    /// ("impor tarifas" needs "tarifas" or "tarifa").
    struct Phrase {
        var trigger: Int
        var needs: [[String]]
    }

    let lexicon: EventLexicon
    /// Single-word verb triggers by folded lemma ("reunir", "atacar").
    let verbs: [String: Int]
    /// Phrase triggers by the folded lemma of their head verb.
    let phrases: [String: [Phrase]]

    init(lexicon: EventLexicon, functionWords: Set<String>) {
        self.lexicon = lexicon
        var verbs: [String: Int] = [:]
        var phrases: [String: [Phrase]] = [:]
        for (index, trigger) in lexicon.triggers.enumerated() where !trigger.isNoun {
            for alternative in TextFolding.fold(trigger.lemma).split(separator: "|") {
                var words = alternative.split(separator: " ").map { String($0).replacingOccurrences(of: "-se", with: "") }
                words.removeAll { $0 == "se" || $0.isEmpty }
                guard let head = words.first else { continue }
                let needs = words.dropFirst().filter { !functionWords.contains($0) }
                if needs.isEmpty {
                    if words.count == 1, verbs[head] == nil { verbs[head] = index }
                } else {
                    let forms = needs.map { [$0] + lexicon.plurals.singulars(of: $0) }
                    phrases[head, default: []].append(Phrase(trigger: index, needs: forms))
                }
            }
        }
        self.verbs = verbs
        self.phrases = phrases
    }

    /// The triggers of one sentence, in text order.
    func matches(in graph: SentenceGraph, tokens: [Token], entityOfToken: [Int32]) -> [Match] {
        var found: [Match] = []
        var covered = [Bool](repeating: false, count: graph.count)
        // Forms of the lexicon on the tokens, longest first.
        guard let firstToken = graph.token.first, let lastToken = graph.token.last else { return [] }
        var wordOfToken: [Int: Int] = [:]
        for (i, t) in graph.token.enumerated() where wordOfToken[t] == nil { wordOfToken[t] = i }
        var t = firstToken
        while t <= lastToken {
            guard tokens[t].isKnown, entityOfToken[t] < 0, lexicon.trie.start(tokens[t].word) != nil,
                let match = lexicon.trie.longestMatch(in: tokens, from: t, endingBefore: lastToken + 1),
                let first = wordOfToken[t]
            else {
                t += 1
                continue
            }
            let form = lexicon.forms[Int(match.values[0])]
            let trigger = lexicon.triggers[form.trigger]
            let spanned = (first..<graph.count).filter { graph.token[$0] < match.end }
            // "se reuniu": the head is the verb, not the clitic before it.
            let head = spanned.first { trigger.isNoun ? graph.isNoun($0) || graph.words[$0].upos == "PROPN" : graph.isVerb($0) } ?? first
            // A capitalised noun inside a sentence is part of a name ("Cimeira das Américas").
            if !(trigger.isNoun && tokens[t].isCapitalized && head > 0) {
                found.append(Match(word: head, trigger: form.trigger, tense: form.tense, words: spanned))
            }
            for w in spanned { covered[w] = true }
            t = match.end
        }
        // Lemmas of the parse for what the forms missed.
        for i in 0..<graph.count where !covered[i] && graph.words[i].upos == "VERB" && graph.entity[i] < 0 {
            let lemma = graph.lemma[i]
            if let phrase = phrases[lemma]?.first(where: { needsMet($0, head: i, in: graph) }) {
                found.append(Match(word: i, trigger: phrase.trigger, tense: nil, words: [i]))
            } else if let trigger = verbs[lemma] {
                found.append(Match(word: i, trigger: trigger, tense: nil, words: [i]))
            }
        }
        return found.sorted { $0.word < $1.word }
    }

    /// Whether the dependents of `head` hold every content word the phrase needs.
    func needsMet(_ phrase: Phrase, head: Int, in graph: SentenceGraph) -> Bool {
        let near = graph.children[head].filter { ["obj", "obl", "nsubj", "xcomp", "iobj", "nmod"].contains(graph.relation($0)) }
        return phrase.needs.allSatisfy { forms in
            near.contains { forms.contains(graph.lemma[$0]) || forms.contains(TextFolding.fold(graph.words[$0].form)) }
        }
    }
}
