import Foundation

/// The event vocabulary of a language, from `events/`: PLOVER types and
/// modes with their scores and CAMEO codes (`plover.tsv`), trigger verbs,
/// nouns and phrases (`triggers.tsv`, conjugated here), and the cues that
/// set an event's status or attribute a quotation (`cues.tsv`).
public struct EventLexicon: Sendable {
    /// How a trigger's clause maps to actor and recipient.
    public enum Arguments: String, Sendable {
        /// Subject acts on the object or prepositional complement.
        case subjectToObject = "subject>object"
        /// The object acts on the subject ("receber": the visitor is received).
        case objectToSubject = "object>subject"
        /// Everyone named acts together ("reunir-se", "concordar").
        case mutual
        /// Noun: "de X" is the actor, "a/com/contra Y" the recipient ("visita de Lavrov a Pyongyang").
        case ofAgent = "de>a"
        /// Noun: "de X" is the recipient ("invasão da Ucrânia", "anexação de regiões").
        case ofPatient = "a>de"
        /// Verb of denial: the object is the claim denied; the recipient is the accuser named before.
        case denial
    }

    public struct Trigger: Sendable {
        public var lemma: String
        public var isNoun: Bool
        public var type: EventType
        public var mode: String?
        public var cameo: String?
        public var arguments: Arguments
    }

    /// One form of a trigger in the trie.
    public struct Form: Sendable {
        public var trigger: Int
        public var tense: Conjugator.Tense?
    }

    public private(set) var triggers: [Trigger] = []
    public private(set) var forms: [Form] = []
    public private(set) var trie = PhraseTrie()
    /// The types coded only with a named target (`plover.tsv`, column "target").
    public private(set) var targetRequired: Set<EventType> = []
    /// Score and CAMEO code by "TYPE" and "TYPE mode".
    public private(set) var plover: [String: (score: Double, cameo: String?)] = [:]
    /// Status and attribution cues, all kinds in one trie whose values index ``cueKinds``.
    public private(set) var cueTrie = PhraseTrie()
    /// The kinds of cue (`cues.tsv` column 2: "future", "negation", "report", "hedge", …), in first-seen order.
    public private(set) var cueKinds: [String] = []
    /// First words of every cue, to skip the other tokens at once.
    public private(set) var cueStarts = WordSet()
    /// Single-word forms of the quotation cue verbs ("disse", "afirmou").
    public private(set) var quoteCueForms: [String] = []
    /// Nouns that stand for a news outlet speaking ("a agência estatal"): first words.
    public private(set) var outletNouns: [String] = []
    /// Nouns that stand for a written statement speaking ("o comunicado"): first words.
    public private(set) var documentNouns: [String] = []

    public static func load(language: String, conjugator: Conjugator, vocabulary: inout Vocabulary) throws -> EventLexicon {
        var lexicon = EventLexicon()
        for row in try ResourceFile.table("events/plover.tsv", language: language) where row.count >= 3 {
            guard let score = Double(row[2]) else { continue }
            let key = row[1].isEmpty ? row[0] : row[0] + " " + row[1]
            lexicon.plover[key] = (score, row.count > 3 && !row[3].isEmpty ? row[3] : nil)
            if row.count > 5, row[5] == "required", let type = EventType(rawValue: row[0]) { lexicon.targetRequired.insert(type) }
        }
        for row in try ResourceFile.table("events/triggers.tsv", language: language) where row.count >= 3 {
            guard let type = EventType(rawValue: row[2]) else { continue }
            let pos = row[1]
            let trigger = Trigger(
                lemma: row[0], isNoun: pos == "noun", type: type,
                mode: row.count > 3 && !row[3].isEmpty ? row[3] : nil,
                cameo: row.count > 4 && !row[4].isEmpty ? row[4] : nil,
                arguments: Arguments(rawValue: row.count > 5 ? row[5] : "") ?? (pos == "noun" ? .ofAgent : .subjectToObject))
            let index = lexicon.triggers.count
            lexicon.triggers.append(trigger)
            for lemma in TabularText.values(row[0]) {
                let words = lemma.split(separator: " ").map(String.init)
                guard let head = words.first else { continue }
                var rest = Array(words.dropFirst())
                var headForms: [(String, Conjugator.Tense?)]
                if pos == "noun" {
                    headForms = Self.nounForms(head).map { ($0, nil) }
                } else {
                    // "reunir-se" and "chegar a acordo": conjugate the verb, keep the rest.
                    var verb = head
                    if rest.first == "se" || head.hasSuffix("-se") {
                        if rest.first == "se" { rest.removeFirst() }
                        verb = head.hasSuffix("-se") ? head : head + "-se"
                    }
                    headForms = conjugator.forms(of: verb.replacingOccurrences(of: "-se", with: " se")).map { ($0.form, $0.tense) }
                }
                let restIDs = rest.flatMap { vocabulary.internPhrase($0) }
                for (form, tense) in headForms {
                    let ids = vocabulary.internPhrase(form) + restIDs
                    lexicon.trie.insert(ids, value: Int32(lexicon.forms.count))
                    lexicon.forms.append(Form(trigger: index, tense: tense))
                }
            }
        }
        for row in try ResourceFile.table("events/cues.tsv", language: language) where row.count >= 2 {
            let kind = row[1]
            if !lexicon.cueKinds.contains(kind) { lexicon.cueKinds.append(kind) }
            let kindIndex = Int32(lexicon.cueKinds.firstIndex(of: kind)!)
            for cue in TabularText.values(row[0]) {
                let words = cue.split(separator: " ").map(String.init)
                let isVerb = words.count == 1 && ["ar", "er", "ir", "or"].contains { cue.hasSuffix($0) } && cue.count > 4
                let forms = isVerb ? conjugator.forms(of: cue).map(\.form) : [cue]
                for form in forms {
                    let ids = vocabulary.internPhrase(form)
                    lexicon.cueTrie.insert(ids, value: kindIndex)
                    if let first = ids.first { lexicon.cueStarts.insert(first) }
                    if kind == "quote-cue", !form.contains(" ") { lexicon.quoteCueForms.append(form) }
                    if kind == "outlet-noun", let first = form.split(separator: " ").first { lexicon.outletNouns.append(String(first)) }
                    if kind == "document-noun", let first = form.split(separator: " ").first { lexicon.documentNouns.append(String(first)) }
                }
            }
        }
        return lexicon
    }

    /// A noun and its plural.
    static func nounForms(_ noun: String) -> [String] {
        var forms = [noun]
        if noun.hasSuffix("ão") { forms.append(String(noun.dropLast(2)) + "ões") }
        else if noun.hasSuffix("al") { forms.append(String(noun.dropLast(2)) + "ais") }
        else if noun.hasSuffix("r") || noun.hasSuffix("z") { forms.append(noun + "es") }
        else if noun.hasSuffix("m") { forms.append(String(noun.dropLast()) + "ns") }
        else if !noun.hasSuffix("s") { forms.append(noun + "s") }
        return forms
    }

    /// Score and CAMEO code of a type and mode.
    public func coding(_ type: EventType, mode: String?) -> (score: Double, cameo: String?) {
        if let mode, let found = plover[type.rawValue + " " + mode] { return found }
        return plover[type.rawValue] ?? (0, nil)
    }

    /// Calls `body` with the kind (an index into ``cueKinds``) of every cue starting at token `i`.
    public func forEachCueKind(at i: Int, in tokens: [Token], _ body: (Int) -> Void) {
        guard tokens[i].isKnown, cueStarts.contains(tokens[i].word) else { return }
        var node = 0
        var k = i
        while k < tokens.count, let next = cueTrie.step(from: node, tokens[k].word) {
            node = next
            k += 1
            for kind in cueTrie.values(at: node) { body(Int(kind)) }
        }
    }
}
