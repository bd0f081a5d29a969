/// Groups the mentions of one article into entities: a country is one entity
/// under its name, demonyms and capital; an organisation one under its names
/// and acronym; a person one across spellings and surname-only mentions.
struct EntityAssembler {
    let recognizer: EntityRecognizer
    let scan: EntityRecognizer.Scan
    let documentDate: String?

    var gazetteer: Gazetteer { recognizer.gazetteer }

    /// An entity being built.
    struct Group {
        var entity: Entity
        var forms: [NameMatcher.Name] = []
        var person: Int?
    }

    /// What makes two mentions one entity, before people are matched by name.
    enum GroupKey: Hashable {
        /// A country, by gazetteer index (its name, demonym or capital as government).
        case country(Int)
        /// A gazetteer place, or an unlisted one by folded name.
        case place(Int)
        case placeName(String)
        /// An organisation, or its seat used as a place ("no Kremlin").
        case organization(Int)
        case seat(Int)
        /// An unlisted name, folded.
        case name(String)
    }

    func assemble() -> EntityRecognizer.Result {
        var groups: [Group] = []
        var groupOfKey: [GroupKey: Int] = [:]
        var groupOfMention = [Int?](repeating: nil, count: scan.mentions.count)

        func text(_ m: Mention, end: Int? = nil) -> String {
            String(scalars: scan.scalars[scan.tokens[m.first].start..<scan.tokens[(end ?? m.end) - 1].end])
        }
        func span(_ m: Mention) -> QuotedSpan {
            QuotedSpan(start: scan.tokens[m.first].start, end: scan.tokens[m.end - 1].end, text: text(m))
        }
        func group(key: GroupKey, make: () -> Entity) -> Int {
            if let g = groupOfKey[key] { return g }
            groups.append(Group(entity: make()))
            groupOfKey[key] = groups.count - 1
            return groups.count - 1
        }

        // Pass 1: everything but people.
        var people: [Int] = []
        for (index, m) in scan.mentions.enumerated() {
            if let alias = m.aliasOf, let g = groupOfMention[alias] {
                groupOfMention[index] = g
                groupOfKey[.name(TextFolding.fold(text(m)))] = g
                continue
            }
            switch m.kind {
            case .known(.country(let c)), .known(.demonym(let c)):
                let country = gazetteer.countries[c]
                groupOfMention[index] = group(key: .country(c)) {
                    Entity(id: "", type: .geopolitical, name: country.name, affiliation: country.code)
                }
            case .known(.capital(let c, let p)):
                let country = gazetteer.countries[c]
                if m.locative {
                    let name = text(m)
                    groupOfMention[index] = group(key: p.map(GroupKey.place) ?? .placeName(TextFolding.fold(name))) {
                        Entity(id: "", type: .location, name: name, affiliation: country.code)
                    }
                } else {
                    groupOfMention[index] = group(key: .country(c)) {
                        Entity(id: "", type: .geopolitical, name: country.name, affiliation: country.code)
                    }
                }
            case .known(.organization(let o)):
                let org = gazetteer.organizations[o]
                if m.locative {
                    groupOfMention[index] = group(key: .seat(o)) {
                        Entity(id: "", type: .location, name: text(m), affiliation: org.affiliation)
                    }
                } else {
                    groupOfMention[index] = group(key: .organization(o)) {
                        Entity(id: "", type: org.type, name: org.name, affiliation: org.affiliation, sector: org.sector)
                    }
                }
            case .known(.place(let p)):
                let place = gazetteer.places[p]
                groupOfMention[index] = group(key: .place(p)) {
                    Entity(id: "", type: .location, name: text(m), affiliation: place.affiliation)
                }
            case .known(.person):
                people.append(index)
            case .name(let type, let sector):
                if type == .person {
                    people.append(index)
                    continue
                }
                groupOfMention[index] = group(key: .name(TextFolding.fold(text(m, end: m.nameEnd)))) {
                    Entity(id: "", type: type, name: text(m), affiliation: m.affiliation, sector: sector)
                }
            }
        }

        // Pass 2: people, full names first so surnames can find them; a lone word opening a sentence
        // (tentative) last, so that it finds every form the article gives its person.
        func order(_ i: Int) -> (Int, Int, Int) {
            let m = scan.mentions[i]
            return (m.tentative ? 1 : 0, m.first - m.end, i)
        }
        let ordered = people.sorted { order($0) < order($1) }
        var personGroups: [Int] = []
        var analysedNames: [String: NameMatcher.Name] = [:]
        for index in ordered {
            let m = scan.mentions[index]
            let name = text(m)
            let analysed = analysedNames[name] ?? NameMatcher.Name(name)
            analysedNames[name] = analysed
            var known: Int?
            if case .known(.person(let p)) = m.kind { known = office(of: p) }
            // The most recent person group whose forms agree.
            let match = personGroups.last { g in
                (known != nil && groups[g].person.map { gazetteer.people[$0].name } == gazetteer.people[known!].name)
                    || groups[g].forms.contains { NameMatcher.sameEntity($0, analysed) }
            }
            if let g = match {
                groupOfMention[index] = g
                if !groups[g].forms.contains(analysed) { groups[g].forms.append(analysed) }
                continue
            }
            if m.tentative { continue }
            let isSingle = m.end - m.first == 1
            if known == nil, isSingle {
                // A surname alone: an office holder of the lexicon, else only if a role named it.
                let candidates = recognizer.peopleByPart[NameMatcher.skeleton(name)] ?? []
                // "Kim" alone: the one head of state or government of that name, if the lexicon has several.
                let heads = candidates.filter { recognizer.headOffices.contains(gazetteer.people[$0].role ?? "") }
                if Set(candidates.map { gazetteer.people[$0].name }).count == 1 {
                    known = office(of: candidates[0])
                } else if Set(heads.map { gazetteer.people[$0].name }).count == 1 {
                    known = office(of: heads[0])
                } else if m.role == nil {
                    continue
                }
            }
            if known == nil, !isSingle {
                known = recognizer.peopleByKey[analysed.key].map(office(of:))
            }
            var entity = Entity(id: "", type: .person, name: name)
            if let p = known {
                let person = gazetteer.people[p]
                entity.name = person.name
                entity.affiliation = person.affiliation
                entity.sector = person.sector
                entity.role = person.role
            }
            groups.append(Group(entity: entity, forms: [analysed], person: known))
            personGroups.append(groups.count - 1)
            groupOfMention[index] = groups.count - 1
        }

        // Mentions, roles and affiliations onto their groups.
        var entityOfToken = [Int32](repeating: -1, count: scan.tokens.count)
        for (index, m) in scan.mentions.enumerated() {
            guard let g = groupOfMention[index] else { continue }
            let s = span(m)
            if groups[g].entity.mentions.last != s { groups[g].entity.mentions.append(s) }
            if groups[g].entity.type == .person {
                if let affiliation = m.affiliation { groups[g].entity.affiliation = affiliation }
                if let role = m.role { groups[g].entity.role = role }
                if let sector = m.sector { groups[g].entity.sector = sector }
                if groups[g].person == nil, s.text.unicodeScalars.count > groups[g].entity.name.unicodeScalars.count {
                    groups[g].entity.name = s.text
                }
            } else if groups[g].entity.affiliation == nil, let affiliation = m.affiliation {
                groups[g].entity.affiliation = affiliation
            }
        }
        // A person given a role but no country: the country named nearest in the sentence.
        for (index, m) in scan.mentions.enumerated() where m.role != nil {
            guard let g = groupOfMention[index], groups[g].entity.type == .person, groups[g].entity.affiliation == nil else { continue }
            groups[g].entity.affiliation = nearestCountry(to: m)
        }
        // Still without one: people and national bodies act for the article's main country.
        if let main = mainCountry() {
            for g in groups.indices where groups[g].entity.affiliation == nil {
                switch groups[g].entity.type {
                case .person: groups[g].entity.affiliation = main
                case .organization where groups[g].entity.sector != .intergovernmental: groups[g].entity.affiliation = main
                default: break
                }
            }
        }
        // Entities in order of first mention, numbered e1, e2, ...
        let firstStart = groups.map { $0.entity.mentions.map(\.start).min() ?? Int.max }
        let order = groups.indices.filter { !groups[$0].entity.mentions.isEmpty }.sorted { firstStart[$0] < firstStart[$1] }
        var newIndex = [Int: Int]()
        var entities: [Entity] = []
        for g in order {
            var entity = groups[g].entity
            entity.mentions.sort { $0.start < $1.start }
            entity.id = "e\(entities.count + 1)"
            newIndex[g] = entities.count
            entities.append(entity)
        }
        for (index, m) in scan.mentions.enumerated() where !m.shadow {
            guard let g = groupOfMention[index], let e = newIndex[g] else { continue }
            for t in m.first..<m.end { entityOfToken[t] = Int32(e) }
        }
        var isRoleToken = [Bool](repeating: false, count: scan.tokens.count)
        for role in scan.roleMentions {
            // "o chefe da diplomacia ucraniana" with no name beside it stands
            // for the one person of that role and country the article names.
            // A generic one ("o líder russo") for the holder of the first office it can name.
            if !role.attached, let affiliation = role.affiliation,
                let office = ([role.role.role] + role.role.standsFor).lazy.map({ office in
                    entities.indices.filter {
                        entities[$0].type == .person && entities[$0].affiliation == affiliation && entities[$0].role == office
                    }
                }).first(where: { !$0.isEmpty }),
                office.count == 1
            {
                // The whole phrase, its demonym too ("russo"), now names the person.
                for t in role.first..<role.end { entityOfToken[t] = Int32(office[0]) }
                continue
            }
            // "O presidente estava antes na Rússia": a role of no country, opening its sentence, is the
            // holder of that office the article has named most so far.
            if !role.attached, role.affiliation == nil, scan.sentenceStart[role.first] || (role.first > 0 && scan.sentenceStart[role.first - 1]),
                let holder = mostNamedHolder(of: role.role.role, before: scan.tokens[role.first].start, in: entities)
            {
                for t in role.first..<role.end where entityOfToken[t] < 0 { entityOfToken[t] = Int32(holder) }
                continue
            }
            for t in role.first..<role.end { isRoleToken[t] = true }
        }
        resolveCountryDescriptions(&entities, &entityOfToken)
        return EntityRecognizer.Result(entities: entities, entityOfToken: entityOfToken, isRoleToken: isRoleToken)
    }

    /// The person holding `office` whom the article names most before
    /// `position`, if one is named strictly more than the others.
    func mostNamedHolder(of office: String, before position: Int, in entities: [Entity]) -> Int? {
        let counts = entities.indices.filter { entities[$0].type == .person && entities[$0].role == office }
            .map { ($0, entities[$0].mentions.filter { $0.start < position }.count) }
            .filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }
        guard let first = counts.first, counts.count == 1 || counts[1].1 < first.1 else { return nil }
        return first.0
    }

    /// "O país asiático tem prestado apoio ao país vizinho": each description
    /// of ``CountryDescriptions`` becomes a mention of the named country it
    /// stands for — of its continent, the most named so far; a neighbour, the
    /// most named country bordering one its sentence (else the sentence
    /// before) names. Unresolvable descriptions are left alone.
    func resolveCountryDescriptions(_ entities: inout [Entity], _ entityOfToken: inout [Int32]) {
        let tokens = scan.tokens
        let descriptions = recognizer.countryDescriptions
        // Country entities and their gazetteer rows.
        var countryOf: [Int: Gazetteer.Country] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .geopolitical {
            if let code = entity.affiliation, let row = gazetteer.countryIndex[code] { countryOf[e] = gazetteer.countries[row] }
        }
        guard !countryOf.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            guard entityOfToken[i] < 0, tokens[i].isKnown, descriptions.trie.start(tokens[i].word) != nil,
                let match = descriptions.trie.longestMatch(in: tokens, from: i)
            else {
                i += 1
                continue
            }
            let position = tokens[i].start
            func weight(_ e: Int) -> (Int, Int) {
                let before = entities[e].mentions.filter { $0.start < position }
                return (before.count, before.last?.start ?? -1)
            }
            var candidates: [Int]
            switch descriptions.referents[Int(match.values[0])] {
            case .continent(let continents):
                candidates = countryOf.keys.filter { continents.contains(countryOf[$0]!.continent ?? "") && weight($0).0 > 0 }
            case .neighbour:
                // The country named nearest before it, in its sentence or the one before, that borders a named country.
                var start = i
                while start > 0 && !scan.sentenceStart[start] { start -= 1 }
                if start > 0 {
                    start -= 1
                    while start > 0 && !scan.sentenceStart[start] { start -= 1 }
                }
                candidates = []
                var k = i - 1
                while k >= start && candidates.isEmpty {
                    if let anchor = countryOf[Int(entityOfToken[k])] {
                        let anchorEntity = Int(entityOfToken[k])
                        candidates = countryOf.keys.filter { $0 != anchorEntity && anchor.neighbours.contains(countryOf[$0]!.code) }
                    }
                    k -= 1
                }
                // A neighbour named in the same stretch of text comes first ("a invasão russa do país vizinho" after "na Ucrânia").
                let windowStart = tokens[start].start
                let near = candidates.filter { e in entities[e].mentions.contains { $0.start >= windowStart && $0.start < position } }
                if !near.isEmpty { candidates = near }
                // Among them, the one named last.
                if let last = candidates.max(by: { weight($0).1 < weight($1).1 }) { candidates = [last] }
            }
            if let e = candidates.max(by: { weight($0) < weight($1) }) {
                for t in i..<match.end { entityOfToken[t] = Int32(e) }
                let start = tokens[i].start, end = tokens[match.end - 1].end
                entities[e].mentions.append(QuotedSpan(start: start, end: end, text: String(scalars: scan.scalars[start..<end])))
                entities[e].mentions.sort { $0.start < $1.start }
            }
            i = match.end
        }
    }

    /// Among the lexicon rows of the person of row `p` (one per office), the
    /// office held on the document date, else the latest.
    func office(of p: Int) -> Int {
        guard let rows = recognizer.officesOf[gazetteer.people[p].name], rows.count > 1 else { return p }
        if let date = documentDate {
            if let held = rows.first(where: { r in
                let person = gazetteer.people[r]
                return (person.from.map { $0.prefix(date.count) <= date } ?? true)
                    && (person.to.map { date <= $0.prefix(date.count) } ?? true)
            }) {
                return held
            }
        }
        return rows.max { (gazetteer.people[$0].from ?? "") < (gazetteer.people[$1].from ?? "") } ?? p
    }

    /// The country the article is mostly about: the most mentioned, counting
    /// its name, demonyms and capital; a destination ("a deslocação a
    /// Angola") counts half.
    func mainCountry() -> String? {
        var counts: [String: Int] = [:]
        for m in scan.mentions {
            switch m.kind {
            case .known(.country(let c)), .known(.demonym(let c)), .known(.capital(let c, _)):
                let destination = m.locative || (m.first > 0 && recognizer.locativePrepositions.contains(scan.tokens[m.first - 1].word))
                counts[gazetteer.countries[c].code, default: 0] += destination ? 1 : 2
            default: continue
            }
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
        return counts.values.filter { $0 == best.value }.count == 1 ? best.key : nil
    }

    /// The code of the country mentioned nearest to `m` in its sentence,
    /// leaving out destinations ("a deslocação a Angola").
    func nearestCountry(to m: Mention) -> String? {
        let sentence = scan.sentenceOf[m.first]
        var best: (distance: Int, code: String)?
        for other in scan.mentions where scan.sentenceOf[other.first] == sentence {
            let code: String
            switch other.kind {
            case .known(.country(let c)), .known(.demonym(let c)), .known(.capital(let c, _)):
                code = gazetteer.countries[c].code
            default: continue
            }
            if other.locative || (other.first > 0 && recognizer.locativePrepositions.contains(scan.tokens[other.first - 1].word)) {
                continue
            }
            let distance = other.first >= m.end ? other.first - m.end : m.first - other.end
            if best == nil || distance < best!.distance { best = (distance, code) }
        }
        return best?.code
    }
}
