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

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> RoleLexicon {
        var lexicon = RoleLexicon()
        for row in try ResourceFile.table("roles.tsv", language: language) where row.count >= 2 {
            let index = Int32(lexicon.roles.count)
            lexicon.roles.append(Role(
                role: row[1], sector: row.count > 2 ? Sector(rawValue: row[2]) : nil,
                standsFor: row.count > 3 ? TabularText.values(row[3]) : []))
            for pattern in TabularText.values(row[0]) {
                lexicon.trie.insert(vocabulary.internPhrase(pattern), value: index)
            }
        }
        return lexicon
    }
}
