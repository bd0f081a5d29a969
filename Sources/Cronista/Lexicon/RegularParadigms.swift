/// The regular conjugations of `verbs-regular.tsv`: for each lemma ending
/// (ar, er, ir, other), the tenses in order with the base their endings go
/// on, and the spelling changes of the stem that some endings need.
public struct RegularParadigms: Sendable {
    /// One `form` row: a tense, its base (`infinitive`, `stem` or a spelling stem) and endings.
    public struct Row: Sendable {
        public var tense: Conjugator.Tense
        public var base: String
        public var endings: [String]
    }

    /// The conjugation of a lemma with none of the listed endings.
    public static let other = "other"

    /// `form` rows by conjugation, in file order.
    public private(set) var paradigms: [String: [Row]] = [:]
    /// `stem` rules by conjugation and stem name: (ending, replacement), first match applies.
    public private(set) var stems: [String: [String: [(ending: String, replacement: String)]]] = [:]

    public init() {}

    /// Loads `verbs-regular.tsv` of `source`.
    public static func load(from source: ResourceSource) throws -> RegularParadigms {
        var p = RegularParadigms()
        var formRows: [ResourceRow] = []
        for row in try source.rows("verbs-regular.tsv") {
            try row.expect(5, columns: "form|stem, conjugation, tense|name, base|ending, endings|replacement")
            switch row[0] {
            case "form": formRows.append(row)
            case "stem": p.stems[row[1], default: [:]][row[2], default: []].append((row[3], row[4]))
            default: throw row.malformed("column 1: '\(row[0])' is not form or stem")
            }
        }
        for row in formRows {
            let tense = try row.enum(2, Conjugator.Tense.self)
            let base = row[3]
            guard base == "infinitive" || base == "stem" || p.stems[row[1]]?[base] != nil else {
                throw row.malformed("column 4: '\(base)' is not infinitive, stem or a stem named in a `stem` row of \(row[1])")
            }
            let endings = row.values(4).map { $0 == "-" ? "" : $0 }
            p.paradigms[row[1], default: []].append(Row(tense: tense, base: base, endings: endings))
        }
        return p
    }

    /// `stem` with the first spelling rule of `name` for `conjugation` applied.
    func spell(_ stem: String, _ name: String, conjugation: String) -> String {
        guard let rule = stems[conjugation]?[name]?.first(where: { stem.hasSuffix($0.ending) }) else { return stem }
        return String(stem.dropLast(rule.ending.count)) + rule.replacement
    }
}
