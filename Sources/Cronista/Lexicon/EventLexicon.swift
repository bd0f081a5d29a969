import Foundation

/// The event vocabulary of a language, from `events/`: PLOVER types and
/// modes with their scores and CAMEO codes (`plover.tsv`), trigger verbs,
/// nouns and phrases (`triggers.tsv`, conjugated here), and the cues that
/// set an event's status or attribute a quotation (`cues.tsv`).
public struct EventLexicon: Sendable {
    /// How a trigger's clause maps to actor and recipient.
    public enum Arguments: String, Sendable, CaseIterable {
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
    /// The plural rules the noun triggers were inflected with.
    public private(set) var plurals = PluralRules()
    /// The types coded only with a target (`plover.tsv`, column "target").
    public private(set) var targetRequired: Set<EventType> = []
    /// The types whose target may go unnamed, supplied from the story when it has one.
    public private(set) var targetImplied: Set<EventType> = []
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
    /// The function words the window reading of arguments uses (`events/argument-words.tsv`).
    public private(set) var argumentWords = WordClasses()
    /// Verb and adverb endings (`endings.tsv`).
    public private(set) var endings = WordClasses()
    /// Cardinals up to ten by folded word, to count repetitions ("três vezes").
    public private(set) var numberWords: [String: Int] = [:]

    /// The classes of `endings.tsv`.
    public static let endingClasses: Set<String> = [
        "infinitive", "gerund", "participle", "participle-inflected", "participle-first", "future", "adverb",
    ]

    /// The kinds of cue `cues.tsv` may give (column 2).
    public static let knownCueKinds: Set<String> = [
        "negation", "future", "hedge", "report", "estimate", "both-countries", "both-people", "clause-break",
        "light-verb", "in-exchange", "claim-anaphor", "quote-cue", "outlet-noun", "document-noun",
    ]

    /// The parts of speech of `triggers.tsv` (column 2).
    static let triggerKinds: Set<String> = ["noun", "verb", "phrase"]

    /// Loads the event vocabulary of `language`, conjugating its verbs with `conjugator`.
    public static func load(language: String, conjugator: Conjugator, vocabulary: inout Vocabulary) throws -> EventLexicon {
        try load(from: .bundle(language), conjugator: conjugator, vocabulary: &vocabulary)
    }

    /// Loads `events/plover.tsv`, `events/triggers.tsv` and `events/cues.tsv` of `source`.
    public static func load(from source: ResourceSource, conjugator: Conjugator, vocabulary: inout Vocabulary) throws -> EventLexicon {
        var lexicon = EventLexicon()
        lexicon.argumentWords = try WordClasses.load(
            "events/argument-words.tsv", from: source, classes: WindowEventReader.Words.classes)
        lexicon.endings = try WordClasses.load("endings.tsv", from: source, classes: endingClasses)
        lexicon.numberWords = try QuantityWords.load(from: source).counting
        let plurals = try PluralRules.load(from: source)
        lexicon.plurals = plurals
        let infinitives = lexicon.endings["infinitive"]
        for row in try source.rows("events/plover.tsv") {
            try row.expect(3, 6, required: 1, columns: "type, mode, score, cameo, description, target")
            let type = try row.enum(0, EventType.self)
            let score = try row.parse(2, as: "a number") { Double($0) }
            guard ["", "required", "implied"].contains(row[5]) else {
                throw row.malformed("column 6: '\(row[5])' is not empty, 'required' or 'implied'")
            }
            let key = row[1].isEmpty ? row[0] : row[0] + " " + row[1]
            guard lexicon.plover[key] == nil else { throw row.malformed("'\(key)' is listed twice") }
            lexicon.plover[key] = (score, row.optional(3))
            if row[5] == "required" { lexicon.targetRequired.insert(type) }
            if row[5] == "implied" { lexicon.targetImplied.insert(type) }
        }
        for row in try source.rows("events/triggers.tsv") {
            try row.expect(3, 6, columns: "lemma, pos, type, mode, cameo, arguments")
            let type = try row.enum(2, EventType.self)
            let pos = row[1]
            guard triggerKinds.contains(pos) else { throw row.malformed("column 2: '\(pos)' is not noun, verb or phrase") }
            if let mode = row.optional(3), lexicon.plover[row[2] + " " + mode] == nil {
                throw row.malformed("column 4: mode '\(mode)' of \(row[2]) is not in events/plover.tsv")
            }
            let arguments = try row.optional(5).map { _ in try row.enum(5, Arguments.self) }
            let trigger = Trigger(
                lemma: row[0], isNoun: pos == "noun", type: type, mode: row.optional(3), cameo: row.optional(4),
                arguments: arguments ?? (pos == "noun" ? .ofAgent : .subjectToObject))
            let index = lexicon.triggers.count
            lexicon.triggers.append(trigger)
            for lemma in row.values(0) {
                let words = lemma.split(separator: " ").map(String.init)
                guard let head = words.first else { continue }
                var rest = Array(words.dropFirst())
                var headForms: [(String, Conjugator.Tense?)]
                if pos == "noun" {
                    headForms = plurals.forms(of: head).map { ($0, nil) }
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
        for row in try source.rows("events/cues.tsv") {
            try row.expect(2, 3, columns: "cue, kind, note")
            let kind = row[1]
            guard knownCueKinds.contains(kind) else {
                throw row.malformed("column 2: '\(kind)' is not one of \(knownCueKinds.sorted().joined(separator: ", "))")
            }
            if !lexicon.cueKinds.contains(kind) { lexicon.cueKinds.append(kind) }
            let kindIndex = Int32(lexicon.cueKinds.firstIndex(of: kind)!)
            for cue in row.values(0) {
                let words = cue.split(separator: " ").map(String.init)
                let isVerb = words.count == 1 && infinitives.contains { cue.hasSuffix($0) } && cue.count > 4
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
