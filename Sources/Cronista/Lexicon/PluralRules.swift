/// The plural rules of `plurals.tsv`: endings that make a noun's plural and
/// endings that take a folded plural back to its singular.
public struct PluralRules: Sendable {
    /// One rule: the ending replaced and what replaces it (either may be empty).
    public struct Rule: Sendable, Equatable {
        public var ending: String
        public var replacement: String
    }

    /// Singular → plural, first match applies.
    public private(set) var pluralize: [Rule] = []
    /// Folded plural → folded singular, each tried in order.
    public private(set) var singularize: [Rule] = []

    /// Loads `plurals.tsv` of `source`.
    public static func load(from source: ResourceSource) throws -> PluralRules {
        var rules = PluralRules()
        for row in try source.rows("plurals.tsv") {
            try row.expect(3, columns: "direction, ending, replacement")
            let rule = Rule(ending: row[1] == "-" ? "" : row[1], replacement: row[2] == "-" ? "" : row[2])
            switch row[0] {
            case "pluralize": rules.pluralize.append(rule)
            case "singularize": rules.singularize.append(rule)
            default: throw row.malformed("column 1: '\(row[0])' is not pluralize or singularize")
            }
        }
        return rules
    }

    /// A noun and its plural, by the first pluralize rule whose ending it has.
    public func forms(of noun: String) -> [String] {
        guard let rule = pluralize.first(where: { noun.hasSuffix($0.ending) }) else { return [noun] }
        let plural = String(noun.dropLast(rule.ending.count)) + rule.replacement
        return plural == noun ? [noun] : [noun, plural]
    }

    /// The singulars a folded plural may have, in rule order.
    public func singulars(of folded: String) -> [String] {
        singularize.filter { folded.hasSuffix($0.ending) }.map { String(folded.dropLast($0.ending.count)) + $0.replacement }
    }
}
