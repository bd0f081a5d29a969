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

    /// Loads `entity-heads.tsv` of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> EntityHeads {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads `entity-heads.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> EntityHeads {
        var lexicon = EntityHeads()
        for row in try source.rows("entity-heads.tsv") {
            try row.expect(2, 4, columns: "head, type, sector, affiliated")
            let type = try row.enum(1, EntityType.self)
            let sector = try row.optional(2).map { _ in try row.enum(2, Sector.self) }
            guard ["", "yes", "no"].contains(row[3]) else { throw row.malformed("column 4: '\(row[3])' is not yes or no") }
            let index = Int32(lexicon.heads.count)
            lexicon.heads.append(Head(type: type, sector: sector, affiliated: row[3] == "yes"))
            lexicon.trie.insert(vocabulary.internPhrase(row[0]), value: index)
        }
        return lexicon
    }
}
