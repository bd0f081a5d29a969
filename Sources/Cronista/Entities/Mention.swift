/// A stretch of tokens the recogniser took for a name, before mentions are
/// grouped into entities.
struct Mention {
    enum Kind {
        /// A lexicon phrase: a country, demonym, capital, organisation, place or person.
        case known(Gazetteer.Referent)
        /// An unknown capitalised name, with the type its shape suggests.
        case name(EntityType, sector: Sector?)
    }

    /// Token range, end exclusive.
    var first: Int
    var end: Int
    var kind: Kind
    /// The affiliation an apposition or a complement gave it.
    var affiliation: String?
    var role: String?
    var sector: Sector?
    /// Set when the mention is a capital or country used as a place.
    var locative = false
    /// Another mention (index) this one is an alias of ("CNE" after "Conselho Nacional Eleitoral").
    var aliasOf: Int?
    /// A mention inside another one ("moçambicana" in "Presidência
    /// moçambicana"): it adds a form to its entity but does not own its tokens.
    var shadow = false
    /// A lone capitalised word opening a sentence ("Putin agradece…"): a
    /// name only if it names a person the article already names in full.
    var tentative = false
    /// Where the name proper ends, before an absorbed affiliation
    /// ("Ministério da Defesa" in "Ministério da Defesa russo").
    var nameEnd: Int?
}

/// A role phrase ("o ministro dos Negócios Estrangeiros russo") with the
/// affiliation its complement gives.
struct RoleMention {
    var first: Int
    var end: Int
    var role: RoleLexicon.Role
    var affiliation: String?
    /// The organisation of the complement ("porta-voz do Kremlin"), as a mention index.
    var organization: Int?
    /// Mentions inside the role phrase or its complement ("russo", "da China", "do Kremlin").
    var mentions: [Mention] = []
    /// Whether an apposition tied it to a named person.
    var attached = false
}
