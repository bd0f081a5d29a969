import Foundation

/// Role nouns and phrases ("ministro dos Negócios Estrangeiros",
/// "porta-voz") with the short English role and sector they give a person,
/// loaded from `roles.tsv`.
public struct RoleLexicon: Sendable {
    public struct Role: Sendable, Equatable {
        public var role: String
        public var sector: Sector?
        /// The offices a generic role ("leader") stands for without a name,
        /// in order of preference; empty for a specific role, which stands
        /// only for itself.
        public var standsFor: [String] = []
    }

    public private(set) var roles: [Role] = []
    public private(set) var trie = PhraseTrie()

    /// The offices of a country's head of state or government: what the
    /// generic roles "leader", "head of state" and "head of government"
    /// stand for, and "leader" itself.
    public var headOffices: Set<String> {
        var offices: Set<String> = []
        for role in roles where ["leader", "head of state", "head of government"].contains(role.role) {
            offices.insert(role.role)
            offices.formUnion(role.standsFor)
        }
        return offices
    }

    /// Loads `roles.tsv` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> RoleLexicon {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `roles.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> RoleLexicon {
        var lexicon = RoleLexicon()
        for row in try source.rows("roles.tsv") {
            try row.expect(2, 4, columns: "pattern, role, sector, stands for")
            let sector = try row.optional(2).map { _ in try row.enum(2, Sector.self) }
            let index = Int32(lexicon.roles.count)
            lexicon.roles.append(Role(role: row[1], sector: sector, standsFor: row.values(3)))
            for pattern in row.values(0) {
                lexicon.trie.insert(vocabulary.internPhrase(pattern), value: index)
            }
        }
        return lexicon
    }
}
