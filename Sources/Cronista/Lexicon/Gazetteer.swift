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
        var g = Gazetteer()
        for row in try ResourceFile.table("gazetteer/places.tsv", language: language) where row.count >= 5 {
            let place = Place(
                name: row[0], affiliation: row[1].isEmpty ? nil : row[1], lat: Double(row[2]), lon: Double(row[3]),
                kind: row[4])
            let key = TextFolding.fold(place.name)
            if g.placeByName[key] != nil { continue }  // the file lists the most prominent first
            g.placeByName[key] = g.places.count
            g.places.append(place)
        }
        for row in try ResourceFile.table("gazetteer/countries.tsv", language: language) where row.count >= 2 {
            let index = g.countries.count
            g.countries.append(Country(
                code: row[0], name: row[1], continent: row.count > 5 && !row[5].isEmpty ? row[5] : nil,
                neighbours: Set(TabularText.values(row.count > 6 ? row[6] : ""))))
            g.countryIndex[row[0]] = index
            for name in [row[1]] + TabularText.values(row.count > 2 ? row[2] : "") {
                g.add(name, .country(index), &vocabulary)
            }
            for demonym in TabularText.values(row.count > 3 ? row[3] : "") {
                g.add(demonym, .demonym(index), &vocabulary)
            }
            for capital in TabularText.values(row.count > 4 ? row[4] : "") {
                g.add(capital, .capital(country: index, place: g.placeByName[TextFolding.fold(capital)]), &vocabulary)
            }
        }
        for row in try ResourceFile.table("gazetteer/organizations.tsv", language: language) where row.count >= 5 {
            let index = g.organizations.count
            g.organizations.append(
                Organization(
                    id: row[0], type: EntityType(rawValue: row[1]) ?? .organization,
                    affiliation: row[2].isEmpty ? nil : row[2], sector: Sector(rawValue: row[3]), name: row[4]))
            for name in [row[4]] + TabularText.values(row.count > 5 ? row[5] : "") {
                g.add(name, .organization(index), &vocabulary)
            }
        }
        for (index, place) in g.places.enumerated() {
            g.add(place.name, .place(index), &vocabulary)
        }
        for row in try ResourceFile.table("people.tsv", language: language) where row.count >= 6 {
            let index = g.people.count
            g.people.append(
                Person(
                    id: row[0], name: row[1], affiliation: row[3].isEmpty ? nil : row[3], sector: Sector(rawValue: row[4]),
                    role: row[5].isEmpty ? nil : row[5], from: row.count > 6 && !row[6].isEmpty ? row[6] : nil,
                    to: row.count > 7 && !row[7].isEmpty ? row[7] : nil))
            for name in [row[1]] + TabularText.values(row[2]) where name.contains(" ") {
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
