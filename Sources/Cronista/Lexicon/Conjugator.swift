/// Generates the inflected forms of Portuguese verbs, so that trigger
/// lexicons list infinitives only ("reunir-se", "fornecer", "impor").
///
/// Regular -ar/-er/-ir paradigms with their spelling changes (ataque,
/// negue, reforce, forneça, proteja) are derived; irregular verbs come from
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

    public init(irregular: [String: [Tense: [String]]]) {
        self.irregular = irregular
    }

    public static func load(language: String) throws -> Conjugator {
        var table: [String: [Tense: [String]]] = [:]
        for row in try ResourceFile.table("verbs-irregular.tsv", language: language) where row.count >= 3 {
            guard let tense = Tense(rawValue: row[1]) else { continue }
            table[TextFolding.fold(row[0]), default: [:]][tense, default: []] += TabularText.values(row[2])
        }
        return Conjugator(irregular: table)
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

    /// The regular paradigm: third persons, the forms news text uses (first
    /// persons would collide with nouns: "negocio", "critico", "culpo").
    func regularForms(_ verb: String) -> [(form: String, tense: Tense)] {
        guard verb.count > 2 else { return [] }
        let ending = String(verb.suffix(2))
        let stem = String(verb.dropLast(2))
        var out: [(String, Tense)] = [(verb, .infinitive), (verb + "em", .infinitive)]
        func add(_ tense: Tense, _ forms: String...) { for f in forms { out.append((f, tense)) } }
        switch ending {
        case "ar":
            // Spelling before e: -car → -que, -gar → -gue, -çar → -ce.
            var soft = stem
            if stem.hasSuffix("c") { soft = String(stem.dropLast()) + "qu" }
            else if stem.hasSuffix("g") { soft = stem + "u" }
            else if stem.hasSuffix("ç") { soft = String(stem.dropLast()) + "c" }
            // Third persons only: first-person forms collide with nouns ("negocio", "critico").
            add(.present, stem + "a", stem + "am")
            add(.past, stem + "ou", stem + "aram")
            add(.imperfect, stem + "ava", stem + "avam")
            add(.pluperfect, stem + "ara")
            add(.future, verb + "a", verb + "ao")
            add(.conditional, verb + "ia", verb + "iam")
            add(.subjunctive, soft + "e", soft + "em")
            add(.pastSubjunctive, stem + "asse", stem + "assem")
            add(.futureSubjunctive, verb, verb + "em")
            add(.gerund, stem + "ando")
            add(.participle, stem + "ado", stem + "ada", stem + "ados", stem + "adas")
        case "er", "ir":
            let v = ending == "er" ? "e" : "i"
            // Spelling before a/o: -cer → -ça, -ger → -ja, -guir → -ga.
            var hard = stem
            if stem.hasSuffix("c") { hard = String(stem.dropLast()) + "ç" }
            else if stem.hasSuffix("g") { hard = String(stem.dropLast()) + "j" }
            else if stem.hasSuffix("gu") { hard = String(stem.dropLast()) }
            add(.present, stem + "e", stem + "em")
            add(.past, stem + (v == "e" ? "eu" : "iu"), stem + v + "ram")
            add(.imperfect, stem + "ia", stem + "iam")
            add(.pluperfect, stem + v + "ra")
            add(.future, verb + "a", verb + "ao")
            add(.conditional, verb + "ia", verb + "iam")
            add(.subjunctive, hard + "a", hard + "am")
            add(.pastSubjunctive, stem + v + "sse", stem + v + "ssem")
            add(.futureSubjunctive, verb, verb + "em")
            add(.gerund, stem + v + "ndo")
            add(.participle, stem + "ido", stem + "ida", stem + "idos", stem + "idas")
        default:
            break
        }
        return out
    }
}
