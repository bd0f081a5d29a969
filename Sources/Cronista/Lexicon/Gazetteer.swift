/// The named things a language's lexicon knows: countries with their names,
/// demonyms and capitals, organisations, places and office holders, loaded
/// from `Resources/<language>/gazetteer/` and `people.tsv`, and matched in
/// text through one ``PhraseTrie``.
public struct Gazetteer: Sendable {
    public struct Country: Sendable {
        public var code: String
        public var name: String
        /// GeoNames continent code (AS, EU, AF, NA, SA, OC, AN), if known.
        public var continent: String?
        /// The alpha-3 codes of the countries it borders.
        public var neighbours: Set<String> = []
    }

    public struct Organization: Sendable {
        public var id: String
        public var type: EntityType
        public var affiliation: String?
        public var sector: Sector?
        public var name: String
    }

    public struct Place: Sendable {
        public var name: String
        public var affiliation: String?
        public var lat: Double?
        public var lon: Double?
        public var kind: String
    }

    public struct Person: Sendable {
        public var id: String
        public var name: String
        public var affiliation: String?
        public var sector: Sector?
        public var role: String?
        /// Office dates, `YYYY-MM-DD` or nil when open.
        public var from: String?
        public var to: String?
    }

    /// What a matched phrase refers to.
    public enum Referent: Sendable, Equatable {
        case country(Int)
        case demonym(Int)
        case capital(country: Int, place: Int?)
        case organization(Int)
        case place(Int)
        case person(Int)
    }

    /// How the text must be written for a phrase to match.
    public enum Casing: Sendable {
        /// Any case ("russo", "Russo").
        case any
        /// The first letter upper case ("Coreia do Norte").
        case capitalized
        /// Short acronyms: every letter of the first word upper case ("AP", "UE").
        case upper
    }

    public struct Entry: Sendable {
        public var referent: Referent
        public var casing: Casing
    }

    public private(set) var countries: [Country] = []
    public private(set) var organizations: [Organization] = []
    public private(set) var places: [Place] = []
    public private(set) var people: [Person] = []
    public private(set) var entries: [Entry] = []
    public private(set) var trie = PhraseTrie()
    /// Place index by folded name.
    public private(set) var placeByName: [String: Int] = [:]
    /// Country index by ISO code.
    public private(set) var countryIndex: [String: Int] = [:]

    /// Loads the gazetteer of `language`, adding its words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> Gazetteer {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// The kinds of place `places.tsv` lists (column 5).
    static let placeKinds: Set<String> = ["capital", "city", "region"]

    /// Loads `gazetteer/places.tsv`, `gazetteer/countries.tsv`,
    /// `gazetteer/organizations.tsv` and `people.tsv` of `source`.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> Gazetteer {
        var g = Gazetteer()
        for row in try source.rows("gazetteer/places.tsv") {
            try row.expect(5, required: 1, columns: "name, affiliation, lat, lon, kind")
            let lat = try row.optional(2).map { _ in try row.parse(2, as: "a latitude") { Double($0).flatMap { abs($0) <= 90 ? $0 : nil } } }
            let lon = try row.optional(3).map { _ in try row.parse(3, as: "a longitude") { Double($0).flatMap { abs($0) <= 180 ? $0 : nil } } }
            guard placeKinds.contains(row[4]) else {
                throw row.malformed("column 5: '\(row[4])' is not one of \(placeKinds.sorted().joined(separator: ", "))")
            }
            let place = Place(name: row[0], affiliation: row.optional(1), lat: lat, lon: lon, kind: row[4])
            let key = TextFolding.fold(place.name)
            if g.placeByName[key] != nil { continue }  // the file lists the most prominent first
            g.placeByName[key] = g.places.count
            g.places.append(place)
        }
        for row in try source.rows("gazetteer/countries.tsv") {
            try row.expect(2, 7, columns: "code, name, aliases, demonyms, capitals, continent, neighbours")
            if let continent = row.optional(5), !CountryDescriptions.continents.contains(continent) {
                throw row.malformed("column 6: '\(continent)' is not a GeoNames continent code")
            }
            guard g.countryIndex[row[0]] == nil else { throw row.malformed("country code \(row[0]) is listed twice") }
            let index = g.countries.count
            g.countries.append(Country(
                code: row[0], name: row[1], continent: row.optional(5), neighbours: Set(row.values(6))))
            g.countryIndex[row[0]] = index
            for name in [row[1]] + row.values(2) {
                g.add(name, .country(index), &vocabulary)
            }
            for demonym in row.values(3) {
                g.add(demonym, .demonym(index), &vocabulary)
            }
            for capital in row.values(4) {
                g.add(capital, .capital(country: index, place: g.placeByName[TextFolding.fold(capital)]), &vocabulary)
            }
        }
        for row in try source.rows("gazetteer/organizations.tsv") {
            try row.expect(5, 6, required: 2, columns: "id, type, affiliation, sector, name, aliases")
            guard !row[4].isEmpty else { throw row.malformed("column 5 (name) is empty") }
            let type = try row.enum(1, EntityType.self)
            let sector = try row.optional(3).map { _ in try row.enum(3, Sector.self) }
            let index = g.organizations.count
            g.organizations.append(
                Organization(id: row[0], type: type, affiliation: row.optional(2), sector: sector, name: row[4]))
            for name in [row[4]] + row.values(5) {
                g.add(name, .organization(index), &vocabulary)
            }
        }
        for (index, place) in g.places.enumerated() {
            g.add(place.name, .place(index), &vocabulary)
        }
        for row in try source.rows("people.tsv") {
            try row.expect(6, 8, required: 2, columns: "id, name, aliases, affiliation, sector, role, from, to")
            let sector = try row.optional(4).map { _ in try row.enum(4, Sector.self) }
            for column in [6, 7] where !row[column].isEmpty && CalendarDate(iso: row[column]) == nil {
                throw row.malformed("column \(column + 1): '\(row[column])' is not a YYYY-MM-DD date")
            }
            let index = g.people.count
            g.people.append(
                Person(
                    id: row[0], name: row[1], affiliation: row.optional(3), sector: sector,
                    role: row.optional(5), from: row.optional(6), to: row.optional(7)))
            for name in [row[1]] + row.values(2) where name.contains(" ") {
                g.add(name, .person(index), &vocabulary)
            }
        }
        return g
    }

    private mutating func add(_ phrase: String, _ referent: Referent, _ vocabulary: inout Vocabulary) {
        let words = vocabulary.internPhrase(phrase)
        guard !words.isEmpty else { return }
        let first = phrase.unicodeScalars.prefix { !$0.isSpaceLike && !$0.isHyphen }
        let letters = first.filter { $0.isLetter }
        let casing: Casing
        if (2...3).contains(letters.count) && letters.allSatisfy({ $0.isUppercaseLetter }) {
            // Short acronyms ("AP", "UE") must be written in capitals; longer
            // ones are also written as names ("Tass", "Nato").
            casing = .upper
        } else if let f = letters.first, f.isUppercaseLetter {
            casing = .capitalized
        } else {
            casing = .any
        }
        trie.insert(words, value: Int32(entries.count))
        entries.append(Entry(referent: referent, casing: casing))
    }

    /// Whether a token's text satisfies a casing rule.
    public static func token(_ token: Token, in scalars: [Unicode.Scalar], satisfies casing: Casing) -> Bool {
        switch casing {
        case .any: return true
        case .capitalized: return token.isCapitalized
        case .upper:
            return scalars[token.start..<token.end].allSatisfy { !$0.isLetter || $0.isUppercaseLetter }
        }
    }
}
