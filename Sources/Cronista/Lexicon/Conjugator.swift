/// Generates the inflected forms of Portuguese verbs, so that trigger
/// lexicons list infinitives only ("reunir-se", "fornecer", "impor").
///
/// Regular -ar/-er/-ir paradigms with their spelling changes (ataque,
/// negue, reforce, forneça, proteja) are derived from the endings of
/// `verbs-regular.tsv`; irregular verbs come from
/// `verbs-irregular.tsv`, and a prefixed verb borrows its base's irregular
/// forms (manter ← ter, impor ← pôr, intervir ← vir). Pronominal verbs
/// ("reunir-se") also yield the enclitic forms ("reuniu-se", "reúnem-se").
/// Accents do not matter: forms are matched folded.
public struct Conjugator: Sendable {
    /// A tense or non-finite form, as far as event status needs to know.
    public enum Tense: String, Sendable, CaseIterable {
        case present, past, imperfect, pluperfect, future, conditional, subjunctive
        case pastSubjunctive = "past-subjunctive", futureSubjunctive = "future-subjunctive"
        case infinitive, gerund, participle
    }

    /// Irregular forms: lemma (folded) → tense → forms.
    let irregular: [String: [Tense: [String]]]
    /// The regular endings (`verbs-regular.tsv`).
    let regular: RegularParadigms

    public init(irregular: [String: [Tense: [String]]], regular: RegularParadigms) {
        self.irregular = irregular
        self.regular = regular
    }

    /// Loads the verb tables of `language`.
    public static func load(language: String) throws -> Conjugator {
        try load(from: .bundle(language))
    }

    /// Loads `verbs-irregular.tsv` and `verbs-regular.tsv` of `source`.
    public static func load(from source: ResourceSource) throws -> Conjugator {
        var table: [String: [Tense: [String]]] = [:]
        for row in try source.rows("verbs-irregular.tsv") {
            try row.expect(3, columns: "lemma, tense, forms")
            let tense = try row.enum(1, Tense.self)
            table[TextFolding.fold(row[0]), default: [:]][tense, default: []] += row.values(2)
        }
        return Conjugator(irregular: table, regular: try RegularParadigms.load(from: source))
    }

    /// Every form of `lemma` with its tense. A lemma ending in "-se" is
    /// pronominal.
    public func forms(of lemma: String) -> [(form: String, tense: Tense)] {
        var verb = TextFolding.fold(lemma)
        let pronominal = verb.hasSuffix(" se")
        if pronominal { verb = String(verb.dropLast(3)) }
        var forms = regularForms(verb)
        // Irregular base, possibly with a prefix ("manter" ← "ter").
        if let (prefix, base) = irregularBase(of: verb), let table = irregular[base] {
            for (tense, list) in table {
                forms.removeAll { $0.tense == tense }
                forms += list.map { (prefix + TextFolding.fold($0), tense) }
            }
        }
        if pronominal {
            forms += forms.filter { $0.tense != .participle }.map { ($0.form + "-se", $0.tense) }
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0.form + "|" + $0.tense.rawValue).inserted }
    }

    private func irregularBase(of verb: String) -> (prefix: String, base: String)? {
        if irregular[verb] != nil { return ("", verb) }
        for base in ["ter", "por", "vir", "fazer", "dizer", "trazer"] where verb.hasSuffix(base) && verb.count > base.count + 1 {
            if irregular[base] != nil { return (String(verb.dropLast(base.count)), base) }
        }
        return nil
    }

    /// The regular paradigm (`verbs-regular.tsv`): third persons, the forms
    /// news text uses.
    func regularForms(_ verb: String) -> [(form: String, tense: Tense)] {
        guard verb.count > 2 else { return [] }
        let ending = String(verb.suffix(2))
        let paradigm = regular.paradigms[ending] ?? regular.paradigms[RegularParadigms.other] ?? []
        let stem = String(verb.dropLast(2))
        var out: [(String, Tense)] = []
        for row in paradigm {
            let base: String
            switch row.base {
            case "infinitive": base = verb
            case "stem": base = stem
            default: base = regular.spell(stem, row.base, conjugation: ending)
            }
            for suffix in row.endings { out.append((base + suffix, row.tense)) }
        }
        return out
    }
}
