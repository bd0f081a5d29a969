/// Recognises the people, organisations and places an article names, links
/// their mentions into entities and codes each with type, affiliation,
/// sector and role.
///
/// One left-to-right pass over the tokens tries, at each position, the
/// gazetteer trie (countries, demonyms, capitals, organisations, places,
/// office holders), the role trie ("ministro dos Negócios Estrangeiros") and
/// the shape of an unknown capitalised name ("Sun Weidong", "Ministério do
/// Comércio"). Roles then attach to the names beside them ("o porta-voz do
/// Kremlin, Dmitri Peskov"; "Sun Weidong, vice-ministro … da China"), and
/// mentions group into entities: one country per code, one person across
/// spellings and surname-only mentions (``NameMatcher``).
public struct EntityRecognizer: Sendable {
    let gazetteer: Gazetteer
    let roles: RoleLexicon
    /// "o país asiático", "o país vizinho": descriptions resolved to a named country.
    let countryDescriptions: CountryDescriptions
    /// The roles of heads of state and government, which settle a surname shared by several office holders.
    let headOffices: Set<String>
    let heads: EntityHeads
    let functionWords: FunctionWords
    let commonWords: CommonWords
    let vocabulary: Vocabulary
    let calendar: WordSet
    let particles: WordSet
    let locativePrepositions: WordSet
    /// "no", "na", "em": before a seat of government used as a place.
    let seatPrepositions: WordSet
    let comma: WordID
    /// Small words inside organisation names ("Sindicato de Todos os Profissionais").
    let organizationInnerWords: WordSet
    let coordinators: WordSet
    let capitalWord: WordID
    let dollar: WordID
    let genitives: WordSet
    let openParen: WordID
    let closeParen: WordID
    /// Office holders by the skeleton of each name part, for surname-only mentions.
    let peopleByPart: [String: [Int]]
    /// The place index of each country's capital, by ISO code.
    let capitalPlace: [String: Int]
    /// The lexicon rows (one per office) of each office holder's name.
    let officesOf: [String: [Int]]
    /// Office holders by ``NameMatcher`` key of their name.
    let peopleByKey: [String: Int]

    public init(
        gazetteer: Gazetteer, roles: RoleLexicon, heads: EntityHeads, functionWords: FunctionWords,
        commonWords: CommonWords, countryDescriptions: CountryDescriptions, calendar: CalendarLexicon,
        vocabulary: inout Vocabulary
    ) {
        self.commonWords = commonWords
        self.countryDescriptions = countryDescriptions
        self.gazetteer = gazetteer
        self.roles = roles
        self.headOffices = roles.headOffices
        self.heads = heads
        self.functionWords = functionWords
        self.calendar = WordSet((Array(calendar.months.keys) + Array(calendar.weekdays.keys)).map { vocabulary.intern($0) })
        self.particles = WordSet(["de", "do", "da", "dos", "das", "del", "di", "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "la", "le"].map { vocabulary.intern($0) })
        self.locativePrepositions = WordSet(["em", "no", "na", "a", "à", "para", "até", "por", "desde", "rumo", "pela", "pelo"].map { vocabulary.intern($0) })
        self.seatPrepositions = WordSet(["no", "na", "em"].map { vocabulary.intern($0) })
        self.genitives = WordSet(["de", "do", "da", "dos", "das"].map { vocabulary.intern($0) })
        self.comma = vocabulary.intern(",")
        self.organizationInnerWords = WordSet(
            ["de", "do", "da", "dos", "das", "e", "o", "a", "os", "as", "para", "todos", "todas"].map { vocabulary.intern($0) })
        self.coordinators = WordSet([",", "e"].map { vocabulary.intern($0) })
        self.capitalWord = vocabulary.intern("capital")
        self.dollar = vocabulary.intern("$")
        self.openParen = vocabulary.intern("(")
        self.closeParen = vocabulary.intern(")")
        var byPart: [String: [Int]] = [:]
        for (index, person) in gazetteer.people.enumerated() {
            for part in Set(NameMatcher.parts(person.name).map(NameMatcher.skeleton)) where part.count >= 2 {
                byPart[part, default: []].append(index)
            }
        }
        self.peopleByPart = byPart
        var byKey: [String: Int] = [:]
        for (index, person) in gazetteer.people.enumerated() where byKey[NameMatcher.key(person.name)] == nil {
            byKey[NameMatcher.key(person.name)] = index
        }
        self.peopleByKey = byKey
        var capitals: [String: Int] = [:]
        for (index, place) in gazetteer.places.enumerated() where place.kind == "capital" {
            if let code = place.affiliation, capitals[code] == nil { capitals[code] = index }
        }
        self.capitalPlace = capitals
        self.officesOf = Dictionary(grouping: gazetteer.people.indices, by: { gazetteer.people[$0].name })
        self.vocabulary = vocabulary
    }

    /// The result of recognition.
    public struct Result: Sendable {
        public var entities: [Entity]
        /// For each token, the index in `entities` of the entity it mentions, or -1.
        public var entityOfToken: [Int32]
        /// For each token, whether it belongs to a role phrase and its
        /// complement ("o ministro dos Negócios Estrangeiros russo"): entities
        /// there describe a person rather than act.
        public var isRoleToken: [Bool]
    }

    /// Recognises the entities of a text. `documentDate` picks, among the
    /// lexicon's office holders, the office held at the time.
    public func recognize(
        _ scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan], documentDate: String? = nil
    ) -> Result {
        var scan = Scan(recognizer: self, scalars: scalars, tokens: tokens, sentences: sentences)
        scan.run()
        return EntityAssembler(recognizer: self, scan: scan, documentDate: documentDate).assemble()
    }

    /// The first pass: mentions and roles.
    struct Scan {
        let recognizer: EntityRecognizer
        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        var sentenceStart: [Bool]
        /// Sentence number of each token.
        var sentenceOf: [Int]
        var mentions: [Mention] = []
        var roleMentions: [RoleMention] = []

        init(recognizer: EntityRecognizer, scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan]) {
            self.recognizer = recognizer
            self.scalars = scalars
            self.tokens = tokens
            var starts = [Bool](repeating: false, count: tokens.count)
            var sentenceOf = [Int](repeating: 0, count: tokens.count)
            var s = 0
            for (i, t) in tokens.enumerated() {
                while s < sentences.count && sentences[s].end <= t.start { s += 1 }
                sentenceOf[i] = s
                if s < sentences.count && sentences[s].start == t.start { starts[i] = true }
                // A token right after an opening quote or dash also opens a clause.
                if i > 0, tokens[i - 1].kind == .punctuation, scalars[tokens[i - 1].start].isOpeningQuote { starts[i] = true }
            }
            self.sentenceStart = starts
            self.sentenceOf = sentenceOf
        }

        mutating func run() {
            var i = 0
            while i < tokens.count {
                // Most tokens start nothing: rule them out with bit tests and
                // one array read before trying each pattern.
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized || t.isKnown || isNameWord(i) else {
                    i += 1
                    continue
                }
                let known = knownMatch(at: i)
                let role = roleMatch(at: i)
                let name = nameSequence(at: i)
                let knownLength = known.map { $0.end - i } ?? 0
                let roleLength = role.map { $0.end - i } ?? 0
                let nameLength = name.map { $0.end - i } ?? 0
                if let capital = capitalDescription(at: i) {
                    mentions.append(capital)
                    i = capital.end
                } else if roleLength > 0 && roleLength >= knownLength && roleLength >= nameLength {
                    roleMentions.append(role!)
                    mentions.append(contentsOf: role!.mentions)
                    i = role!.end
                } else if knownLength > 0 && knownLength >= nameLength {
                    mentions.append(known!)
                    i = known!.end
                } else if var name {
                    let inner = extendOrganization(&name)
                    mentions.append(name)
                    mentions.append(contentsOf: inner)
                    i = name.end
                } else if let (described, inner) = affiliatedDescription(at: i) {
                    mentions.append(described)
                    mentions.append(contentsOf: inner)
                    i = described.end
                } else {
                    i += 1
                }
            }
            addSentenceOpeningNames()
            attachRoles()
            markAcronymAliases()
        }

        // MARK: lexicon matches

        func knownMatch(at i: Int) -> Mention? {
            guard tokens[i].isKnown, recognizer.gazetteer.trie.start(tokens[i].word) != nil else { return nil }
            var limit = Int.max
            while let (end, values) = recognizer.gazetteer.trie.longestMatch(in: tokens, from: i, endingBefore: limit) {
                limit = end
                // A lower-case form at a capitalised position inside a name is not it.
                guard let value = values.first(where: { Gazetteer.token(tokens[i], in: scalars, satisfies: recognizer.gazetteer.entries[Int($0)].casing) })
                else { continue }
                let entry = recognizer.gazetteer.entries[Int(value)]
                var mention = Mention(first: i, end: end, kind: .known(entry.referent))
                switch entry.referent {
                case .capital:
                    mention.locative = isLocative(at: i)
                case .organization(let o):
                    // A seat of government as a place: "negociações no Kremlin".
                    let org = recognizer.gazetteer.organizations[o]
                    if org.type == .organization, org.sector == .government || org.sector == .military, i > 0,
                        recognizer.seatPrepositions.contains(tokens[i - 1].word)
                    {
                        mention.locative = true
                    }
                default: break
                }
                return mention
            }
            return nil
        }

        /// After a locative preposition ("em Moscou", "chegou a Pequim"), or
        /// coordinated with a place ("em Mascate e Roma").
        func isLocative(at i: Int) -> Bool {
            guard i > 0 else { return false }
            if recognizer.locativePrepositions.contains(tokens[i - 1].word) { return true }
            if recognizer.coordinators.contains(tokens[i - 1].word), let previous = mentions.last, previous.end == i - 1 {
                if previous.locative { return true }
                if case .known(.place) = previous.kind { return true }
            }
            return false
        }

        /// "a capital russa": the capital of the country the demonym names, as a place.
        func capitalDescription(at i: Int) -> Mention? {
            guard tokens[i].word == recognizer.capitalWord, i + 1 < tokens.count,
                let known = knownMatch(at: i + 1), known.end == i + 2, case .known(.demonym(let c)) = known.kind
            else { return nil }
            let code = recognizer.gazetteer.countries[c].code
            let place = recognizer.capitalPlace[code]
            var mention = Mention(first: i, end: i + 2, kind: .known(.capital(country: c, place: place)))
            mention.locative = true
            return mention
        }

        func roleMatch(at i: Int) -> RoleMention? {
            guard tokens[i].isKnown, tokens[i].kind == .word else { return nil }
            guard var node = recognizer.roles.trie.start(tokens[i].word) else { return nil }
            var j = i + 1
            var best: (end: Int, value: Int32)?
            if let v = recognizer.roles.trie.values(at: node).first { best = (j, v) }
            var affiliation: String?
            var innerDemonym: Int?
            while j < tokens.count {
                if let next = recognizer.roles.trie.step(from: node, tokens[j].word) {
                    node = next
                    j += 1
                    if let v = recognizer.roles.trie.values(at: node).first { best = (j, v) }
                    continue
                }
                // "o ministro russo dos Negócios Estrangeiros": skip a demonym inside.
                if let code = demonym(at: j) {
                    affiliation = code
                    innerDemonym = j
                    j += 1
                    if j < tokens.count, recognizer.roles.trie.step(from: node, tokens[j].word) != nil { continue }
                }
                break
            }
            guard let best else { return nil }
            var role = RoleMention(
                first: i, end: best.end, role: recognizer.roles.roles[Int(best.value)], affiliation: affiliation)
            if let d = innerDemonym, d < best.end, let known = knownMatch(at: d) { role.mentions.append(known) }
            // Organisations named inside the pattern ("presidente da Comissão Europeia").
            var m = i
            while m < best.end {
                if let known = knownMatch(at: m), known.end <= best.end {
                    if case .known(.organization(let o)) = known.kind {
                        role.affiliation = role.affiliation ?? recognizer.gazetteer.organizations[o].affiliation
                        role.organization = o
                        role.mentions.append(known)
                    }
                    m = known.end
                } else {
                    m += 1
                }
            }
            // Complement: a demonym ("russo"), or "de/da/do" + a country or an organisation.
            let k = best.end
            if k < tokens.count, let code = demonym(at: k), let known = knownMatch(at: k) {
                role.affiliation = code
                role.mentions.append(known)
                role.end = k + 1
            } else if k + 1 < tokens.count, recognizer.genitives.contains(tokens[k].word) {
                if let known = knownMatch(at: k + 1) {
                    switch known.kind {
                    case .known(.country(let c)), .known(.capital(let c, _)):
                        role.affiliation = recognizer.gazetteer.countries[c].code
                        role.end = known.end
                        role.mentions.append(known)
                    case .known(.organization(let o)):
                        let org = recognizer.gazetteer.organizations[o]
                        role.affiliation = org.affiliation
                        role.organization = o
                        role.end = known.end
                        role.mentions.append(known)
                    default: break
                    }
                } else if var name = nameSequence(at: k + 1), case .name(let type, _) = name.kind, type == .organization {
                    let inner = extendOrganization(&name)
                    role.affiliation = name.affiliation
                    role.end = name.end
                    role.mentions.append(name)
                    role.mentions.append(contentsOf: inner)
                }
            }
            return role
        }

        func demonym(at i: Int) -> String? {
            guard i < tokens.count, tokens[i].isKnown, let known = knownMatch(at: i), known.end == i + 1,
                case .known(.demonym(let c)) = known.kind
            else { return nil }
            return recognizer.gazetteer.countries[c].code
        }

        // MARK: unknown names

        /// Capitalised words, with particles between them ("Luiz Inácio Lula da Silva").
        func nameSequence(at i: Int) -> Mention? {
            guard isNameWord(i) else { return nil }
            let organizational = headMatch(at: i).map { recognizer.heads.heads[Int($0.value)].type == .organization } ?? false
            var end = i + 1
            while end < tokens.count {
                // "Irfaan Ali": a capitalised closed-class word inside a sentence continues the name.
                let continues = isNameWord(end)
                    || (tokens[end].kind == .word && tokens[end].isCapitalized && !sentenceStart[end]
                        && recognizer.functionWords.contains(tokens[end]) && !recognizer.particles.contains(tokens[end].word))
                if continues && !tokens[end].followsLineBreak {
                    end += 1
                } else if recognizer.particles.contains(tokens[end].word), end + 1 < tokens.count, isNameWord(end + 1),
                    !tokens[end].isCapitalized
                {
                    end += 2
                } else if organizational, let next = nameWordAfterInnerWords(end) {
                    // "Sindicato de Todos os Profissionais da Educação"
                    end = next
                } else {
                    break
                }
            }
            var first = i
            // A sentence-opening word followed by a particle is a common noun
            // ("Negociadores do Hamas").
            if sentenceStart[i], end - i >= 3, recognizer.particles.contains(tokens[i + 1].word),
                headMatch(at: i) == nil
            {
                first = i + 2
                if first >= end { return nil }
            }
            if let head = headMatch(at: first) {
                let h = recognizer.heads.heads[Int(head.value)]
                return Mention(first: first, end: end, kind: .name(h.type, sector: h.sector))
            }
            let length = end - first
            // "US$ 200": a currency, not a name.
            if end < tokens.count, tokens[end].word == recognizer.dollar { return nil }
            // A lone capitalised word opening a sentence is a name only if the article names that person.
            if length == 1 && sentenceStart[first] {
                guard !recognizer.commonWords.contains(tokens[first], in: scalars, vocabulary: recognizer.vocabulary),
                    !recognizer.functionWords.contains(tokens[first])
                else { return nil }
                var m = Mention(first: first, end: end, kind: .name(.person, sector: nil))
                m.tentative = true
                return m
            }
            if length == 1 && isAcronym(first) {
                return Mention(first: first, end: end, kind: .name(.organization, sector: nil))
            }
            // Capitalised common words ("Guerra Mundial", "Dia da Vitória") are not a person.
            if length > 1, (first..<end).allSatisfy({ k in
                recognizer.particles.contains(tokens[k].word) || recognizer.functionWords.contains(tokens[k])
                    || recognizer.commonWords.contains(tokens[k], in: scalars, vocabulary: recognizer.vocabulary)
                    || knownMatch(at: k) != nil
            }) {
                return nil
            }
            return Mention(first: first, end: end, kind: .name(.person, sector: nil))
        }

        /// The index of the name word after one to three small words
        /// ("de Todos os") inside an organisation's name, if there is one.
        func nameWordAfterInnerWords(_ start: Int) -> Int? {
            var k = start
            while k < tokens.count && k < start + 3 && recognizer.organizationInnerWords.contains(tokens[k].word) {
                k += 1
            }
            return k > start && k < tokens.count && isNameWord(k) ? k : nil
        }

        func isNameWord(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.kind == .word else { return false }
            if !t.isCapitalized {
                // Arabic article prefixes: "al-Boussaïdi", "el-Sisi".
                let s = scalars[t.start..<t.end]
                guard s.count > 3, let hyphen = s.firstIndex(where: { $0.isHyphen }), hyphen - t.start <= 3,
                    hyphen + 1 < t.end, scalars[hyphen + 1].isUppercaseLetter
                else { return false }
                return true
            }
            if recognizer.functionWords.contains(t) || recognizer.calendar.contains(t.word) { return false }
            if t.isKnown, recognizer.roles.trie.start(t.word) != nil, roleMatch(at: i) != nil { return false }
            return true
        }

        func isAcronym(_ i: Int) -> Bool {
            let t = tokens[i]
            var letters = 0
            for k in t.start..<t.end where scalars[k].isLetter {
                guard scalars[k].isUppercaseLetter else { return false }
                letters += 1
            }
            return letters >= 2 && letters <= 6
        }

        func headMatch(at i: Int) -> (end: Int, value: Int32)? {
            guard tokens[i].isKnown, recognizer.heads.trie.start(tokens[i].word) != nil else { return nil }
            return recognizer.heads.trie.longestMatch(in: tokens, from: i).map { ($0.end, $0.values[0]) }
        }

        /// An organisation name absorbs "de/da/do" + a known country or
        /// organisation and a following demonym ("Ministério dos Negócios
        /// Estrangeiros da Rússia", "Ministério da Defesa russo").
        func extendOrganization(_ mention: inout Mention) -> [Mention] {
            guard case .name(let type, _) = mention.kind, type == .organization else { return [] }
            var inner: [Mention] = []
            // A country or body named inside the name ("Ministério dos Negócios Estrangeiros da Rússia").
            var k = mention.first + 1
            while k < mention.end {
                if recognizer.genitives.contains(tokens[k - 1].word), let known = knownMatch(at: k), known.end <= mention.end {
                    switch known.kind {
                    case .known(.country(let c)): mention.affiliation = recognizer.gazetteer.countries[c].code
                    case .known(.organization(let o)): mention.affiliation = recognizer.gazetteer.organizations[o].affiliation
                    default: break
                    }
                    inner.append(known)
                    k = known.end
                } else {
                    k += 1
                }
            }
            var end = mention.end
            mention.nameEnd = end
            if end + 1 < tokens.count, recognizer.genitives.contains(tokens[end].word), let known = knownMatch(at: end + 1) {
                switch known.kind {
                case .known(.country(let c)):
                    mention.affiliation = recognizer.gazetteer.countries[c].code
                    end = known.end
                    inner.append(known)
                case .known(.organization(let o)):
                    mention.affiliation = recognizer.gazetteer.organizations[o].affiliation
                    end = known.end
                    inner.append(known)
                default: break
                }
            }
            if let code = demonym(at: end), let known = knownMatch(at: end) {
                mention.affiliation = code
                inner.append(known)
                end += 1
            } else if end + 1 < tokens.count, tokens[end].folded(in: scalars) == "em", let known = knownMatch(at: end + 1),
                case .known(.capital(let c, _)) = known.kind
            {
                // "o Ministério do Comércio em Pequim": the seat gives the country.
                mention.affiliation = recognizer.gazetteer.countries[c].code
            }
            mention.end = end
            return inner.map { var m = $0; m.shadow = true; return m }
        }

        /// A lower-case description that names an organisation by its
        /// country: "a agência de inteligência da Coreia do Sul", "os serviços
        /// de Inteligência britânicos".
        func affiliatedDescription(at i: Int) -> (Mention, [Mention])? {
            guard !tokens[i].isCapitalized || sentenceStart[i], let head = headMatch(at: i) else { return nil }
            let h = recognizer.heads.heads[Int(head.value)]
            guard h.affiliated else { return nil }
            let end = head.end
            var shadow: Mention
            var mention: Mention
            if let code = demonym(at: end), let known = knownMatch(at: end) {
                mention = Mention(first: i, end: end + 1, kind: .name(h.type, sector: h.sector), affiliation: code)
                shadow = known
            } else if end + 1 < tokens.count, recognizer.genitives.contains(tokens[end].word),
                let known = knownMatch(at: end + 1), case .known(.country(let c)) = known.kind
            {
                mention = Mention(
                    first: i, end: known.end, kind: .name(h.type, sector: h.sector),
                    affiliation: recognizer.gazetteer.countries[c].code)
                shadow = known
            } else {
                return nil
            }
            mention.nameEnd = end
            shadow.shadow = true
            return (mention, [shadow])
        }

        // MARK: roles and appositions

        mutating func attachRoles() {
            let mentionAt = Dictionary(mentions.indices.map { (mentions[$0].first, $0) }, uniquingKeysWith: { a, _ in a })
            let mentionEndingAt = Dictionary(mentions.indices.map { (mentions[$0].end, $0) }, uniquingKeysWith: { a, _ in a })
            for (r, role) in roleMentions.enumerated() {
                var target: Int?
                // ROLE [aff] NAME  /  ROLE [aff], NAME,
                if let m = mentionAt[role.end], isPerson(m), !sentenceStart[role.end], !tokens[role.end].followsLineBreak {
                    target = m
                } else if let comma = commaAfter(role.end), let m = mentionAt[comma + 1], isPerson(m) {
                    target = m
                } else if role.first > 1, tokens[role.first - 1].word == recognizer.comma,
                    let m = mentionEndingAt[role.first - 1], isPerson(m)
                {
                    // NAME, ROLE [aff]
                    target = m
                }
                guard let m = target else { continue }
                roleMentions[r].attached = true
                if case .name(let type, _) = mentions[m].kind, type != .person {
                    mentions[m].kind = .name(.person, sector: nil)
                }
                mentions[m].role = mentions[m].role ?? role.role.role
                mentions[m].sector = mentions[m].sector ?? role.role.sector
                if mentions[m].affiliation == nil { mentions[m].affiliation = role.affiliation }
            }
        }

        /// The comma that closes a role's complement: right after it, or after
        /// a short prepositional phrase ("o embaixador da China na Rússia, Zhang Hanhui").
        func commaAfter(_ start: Int) -> Int? {
            var k = start
            while k < tokens.count && k < start + 6 {
                let t = tokens[k]
                if t.followsLineBreak || sentenceStart[k] { return nil }
                if t.word == recognizer.comma { return k }
                if t.isKnown, recognizer.roles.trie.start(t.word) != nil { return nil }
                guard recognizer.functionWords.contains(t) || t.isCapitalized || t.isKnown, t.kind != .punctuation else { return nil }
                k += 1
            }
            return nil
        }

        func isPerson(_ m: Int) -> Bool {
            switch mentions[m].kind {
            case .known(.person): return true
            case .name(let type, _): return type == .person || (type == .organization && mentions[m].end - mentions[m].first == 1)
            default: return false
            }
        }

        /// "Conselho Nacional Eleitoral (CNE)": the acronym in brackets is
        /// another name of the organisation before it.
        mutating func markAcronymAliases() {
            for index in mentions.indices {
                let m = mentions[index]
                guard m.end - m.first == 1, m.first >= 2, tokens[m.first - 1].word == recognizer.openParen,
                    m.end < tokens.count, tokens[m.end].word == recognizer.closeParen, isAcronym(m.first),
                    let previous = mentions[..<index].last, previous.end == m.first - 1
                else { continue }
                mentions[index].kind = previous.kind
                mentions[index].affiliation = previous.affiliation
                mentions[index].aliasOf = index - 1
            }
        }
    }
}
