/// Nouns that open organisation and place names ("Ministério", "Sindicato",
/// "Praça"), with the type and sector they give, loaded from `entity-heads.tsv`.
public struct EntityHeads: Sendable {
    public struct Head: Sendable {
        public var type: EntityType
        public var sector: Sector?
        /// Recognised in lower case when an affiliation follows.
        public var affiliated: Bool
    }

    public private(set) var heads: [Head] = []
    public private(set) var trie = PhraseTrie()

    public static func load(language: String, vocabulary: inout Vocabulary) throws -> EntityHeads {
        var lexicon = EntityHeads()
        for row in try ResourceFile.table("entity-heads.tsv", language: language) where row.count >= 2 {
            let index = Int32(lexicon.heads.count)
            lexicon.heads.append(
                Head(
                    type: EntityType(rawValue: row[1]) ?? .organization,
                    sector: row.count > 2 ? Sector(rawValue: row[2]) : nil,
                    affiliated: row.count > 3 && row[3] == "yes"))
            lexicon.trie.insert(vocabulary.internPhrase(row[0]), value: index)
        }
        return lexicon
    }
}
