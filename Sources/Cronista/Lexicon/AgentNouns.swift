/// Common nouns that name a party able to act (`events/agents.tsv`): "as
/// autoridades", "a polícia", "os manifestantes". An event argument headed
/// by one takes the entity its phrase names, or the article's main country.
public struct AgentNouns: Sendable {
    /// What the lexicon says of one agent noun.
    public struct Agent: Sendable, Equatable {
        /// The sector of the party, if the noun tells.
        public var sector: Sector?
        /// Whether the noun alone stands for the article's main country.
        public var standsForContext: Bool
    }

    /// The agents by folded lemma.
    public private(set) var agents: [String: Agent] = [:]

    /// The agent of a folded lemma, if it is one.
    public subscript(lemma: String) -> Agent? { agents[lemma] }

    /// Loads `events/agents.tsv` of `source`; a bad row fails with file and line.
    public static func load(from source: ResourceSource) throws -> AgentNouns {
        var nouns = AgentNouns()
        for row in try source.rows("events/agents.tsv") {
            try row.expect(3, columns: "lemma, sector, context")
            let sector = row[1] == "-" ? nil : try row.enum(1, Sector.self)
            guard ["yes", "no"].contains(row[2]) else { throw row.malformed("column 3: '\(row[2])' is not yes or no") }
            for lemma in row.values(0) {
                let key = TextFolding.fold(lemma)
                guard nouns.agents[key] == nil else { throw row.malformed("'\(lemma)' is listed twice") }
                nouns.agents[key] = Agent(sector: sector, standsForContext: row[2] == "yes")
            }
        }
        return nouns
    }
}
