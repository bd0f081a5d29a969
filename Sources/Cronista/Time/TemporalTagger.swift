import Foundation

/// Finds the expressions of an article that name calendar time and
/// normalises them to ISO values (`spec/GOLD.md`), resolved against the
/// document date.
///
/// Families: dates ("27 de outubro de 2025", "1º de janeiro", "14.04.2023",
/// "19/6"), ranges ("entre 15 e 17 de janeiro", "de 07 a 09 de maio"),
/// months ("em setembro de 2022", "em dezembro passado"), weekdays with or
/// without a day ("nesta quarta-feira (18)", "na segunda-feira, 27"), days
/// ("do passado dia 10"), years ("em 2023"), relative expressions from
/// `time/relative.tsv` ("ontem", "na semana passada", "no início do ano")
/// and year offsets ("três anos antes"). A clause with a future cue
/// (`time/future-cues.txt`) resolves bare dates forward; otherwise to the
/// last one on or before the document date. With no document date,
/// relative expressions stay null and bare months and days get `XXXX`.
public struct TemporalTagger: Sendable {
    struct Relative: Sendable {
        var words: [String]
        var unit: String
        var offset: Int
    }

    /// A quarter, half, season or fixed-date day, by name.
    struct Period: Sendable {
        var words: [String]
        /// `Q1`, `H2`, `SU`, …, or `MM-DD` for a day.
        var value: String
        var month: Int? { value.count == 5 ? Int(value.prefix(2)) : nil }
        var day: Int? { value.count == 5 ? Int(value.suffix(2)) : nil }

        /// Whether `value` is a period value `periods.tsv` may give.
        static func isValue(_ value: String) -> Bool {
            if ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "SP", "SU", "FA", "WI"].contains(value) { return true }
            let parts = value.split(separator: "-")
            guard value.count == 5, parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]) else { return false }
            return (1...12).contains(m) && (1...31).contains(d)
        }
    }

    let months: [String: Int]
    let weekdays: [String: Int]
    /// Relative expressions by their first word, longest first.
    let relativesByFirstWord: [String: [Relative]]
    let futureCues: Set<String>
    /// Named parts of a year and named days (`time/periods.tsv`) by their first word, longest first.
    let periodsByFirstWord: [String: [Period]]
    /// Words that can open or sit in a temporal expression, to skip other sentences at once.
    let triggers: WordSet
    /// The language's finished vocabulary, to read a token's folded text
    /// without building it (set once every lexicon is loaded).
    public var vocabulary = Vocabulary()
    /// The future cues as vocabulary ids.
    let futureCueIDs: WordSet

    /// Words before a named period that make it calendar time ("no verão", "neste trimestre").
    let periodDeterminers: Set<String>
    /// Cardinals up to ten by folded word (``QuantityWords/counting``).
    let numberWords: [String: Int]
    /// Words before a date that belong to the expression (`time/words.tsv`).
    let openers: Set<String>
    /// What may stand before and after a short weekday, and the weekdays that need neither.
    let weekdayDeterminers: Set<String>
    let weekdayFollowers: Set<String>
    let unambiguousWeekdays: Set<String>

    /// The classes of `time/words.tsv`.
    static let wordClasses: Set<String> = [
        "period-determiners", "openers", "triggers", "inner", "weekday-determiners", "weekday-followers",
        "weekday-unambiguous",
    ]

    /// The units of `time/relative.tsv`.
    static let units: Set<String> = ["day", "week", "month", "year"]

    /// Loads the temporal words of `language` from `Resources/<language>/time/`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> TemporalTagger {
        try load(from: .bundle(language), vocabulary: &vocabulary)
    }

    /// Loads the temporal words of `source`: `time/` with the calendar and the number words.
    public static func load(from source: ResourceSource, vocabulary: inout Vocabulary) throws -> TemporalTagger {
        let calendar = try CalendarLexicon.load(from: source)
        let classes = try WordClasses.load("time/words.tsv", from: source, classes: wordClasses)
        let numberWords = try QuantityWords.load(from: source).counting
        var relatives: [Relative] = []
        for row in try source.rows("time/relative.tsv") {
            try row.expect(3, columns: "phrase, unit, offset")
            guard units.contains(row[1]) else { throw row.malformed("column 2: '\(row[1])' is not day, week, month or year") }
            let offset = try row.parse(2, as: "a whole number") { Int($0) }
            let words = TextFolding.fold(row[0]).split(separator: " ").map(String.init)
            relatives.append(Relative(words: words, unit: row[1], offset: offset))
        }
        relatives.sort { $0.words.count > $1.words.count }
        var periods: [Period] = []
        for row in try source.rows("time/periods.tsv") {
            try row.expect(2, columns: "phrase, value")
            guard Period.isValue(row[1]) else { throw row.malformed("column 2: '\(row[1])' is not Q1–Q4, H1, H2, SP, SU, FA, WI or MM-DD") }
            periods.append(Period(words: TextFolding.fold(row[0]).split(separator: " ").map(String.init), value: row[1]))
        }
        periods.sort { $0.words.count > $1.words.count }
        let cues = try source.words("time/future-cues.txt").map { TextFolding.fold($0.word) }
        let openers = classes.folded("openers")
        // Weekday tokens keep their hyphen ("quarta-feira").
        let weekdays = Dictionary(calendar.weekdays.map { ($0.key.replacingOccurrences(of: " ", with: "-"), $0.value) }, uniquingKeysWith: { a, _ in a })
        var triggers = WordSet()
        for word in Array(calendar.months.keys) + Array(weekdays.keys) + relatives.flatMap(\.words)
            + periods.map({ $0.words[0] }) + classes.folded("triggers") + Array(numberWords.keys)
        {
            triggers.insert(vocabulary.intern(word))
        }
        let futureCueIDs = WordSet(cues.map { vocabulary.intern($0) })
        for word in Array(calendar.months.keys) + Array(weekdays.keys) + Array(openers) + Array(cues) + classes.folded("inner") {
            vocabulary.intern(word)
        }
        return TemporalTagger(
            months: calendar.months, weekdays: weekdays,
            relativesByFirstWord: Dictionary(grouping: relatives, by: { $0.words[0] }), futureCues: Set(cues),
            periodsByFirstWord: Dictionary(grouping: periods, by: { $0.words[0] }),
            triggers: triggers, futureCueIDs: futureCueIDs,
            periodDeterminers: Set(classes.folded("period-determiners")), numberWords: numberWords, openers: Set(openers),
            weekdayDeterminers: Set(classes.folded("weekday-determiners")),
            weekdayFollowers: Set(classes.folded("weekday-followers")),
            unambiguousWeekdays: Set(classes.folded("weekday-unambiguous")))
    }

    /// The timexes of a text, in order.
    public func tag(_ scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan], documentDate: String?) -> [Timex] {
        let anchor = Anchor(documentDate)
        var timexes: [Timex] = []
        var lastYear: Int?
        var t = 0
        for sentence in sentences {
            let first = t
            while t < tokens.count && tokens[t].end <= sentence.end { t += 1 }
            let range = first..<t
            guard range.contains(where: { tokens[$0].kind == .number || triggers.contains(tokens[$0].word) }) else { continue }
            // Only known words and numbers can take part in an expression.
            let words = range.map { k in
                tokens[k].isKnown ? vocabulary.text(of: tokens[k].word) : tokens[k].kind == .number ? tokens[k].folded(in: scalars) : ""
            }
            // A capitalised word inside a sentence is a name: "do Irão" (Iran) is not "irão" (will).
            let future = range.contains { futureCueIDs.contains(tokens[$0].word) && !(tokens[$0].isCapitalized && $0 > first) }
            var i = 0
            while i < words.count {
                // Only numbers, calendar words and "entre/de" before a number open an expression.
                let token = tokens[first + i]
                let opens = token.kind == .number || triggers.contains(token.word)
                    || (i + 1 < words.count && tokens[first + i + 1].kind == .number && (words[i] == "entre" || words[i] == "de"))
                guard opens, let (end, value, explicitYear) = match(at: i, words, future: future, anchor: anchor, lastYear: lastYear) else {
                    i += 1
                    continue
                }
                if let year = explicitYear { lastYear = year }
                var start = i
                while start > 0, i - start < 3, openers.contains(words[start - 1]) { start -= 1 }
                let a = tokens[first + start].start
                let b = tokens[first + end - 1].end
                timexes.append(Timex(start: a, end: b, text: String(scalars: scalars[a..<b]), value: value))
                i = end
            }
        }
        return timexes
    }

    /// The document date's parts.
    struct Anchor {
        var year: Int?
        var month: Int?
        var day: Int?

        init(_ date: String?) {
            let parts = (date ?? "").split(separator: "-").compactMap { Int($0) }
            year = parts.count > 0 ? parts[0] : nil
            month = parts.count > 1 ? parts[1] : nil
            day = parts.count > 2 ? parts[2] : nil
        }

        var date: CalendarDate? {
            guard let year, let month, let day else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }

    /// The expression starting at word `i`: its end, value, and the year it states explicitly.
    func match(at i: Int, _ w: [String], future: Bool, anchor: Anchor, lastYear: Int?) -> (Int, String?, Int?)? {
        let n = w.count
        func day(_ k: Int) -> Int? {
            guard k < n else { return nil }
            // The leading ASCII digits ("12", "1º"), at most two.
            var d = 0
            var digits = 0
            for b in w[k].utf8 {
                guard b >= 0x30 && b <= 0x39 else { break }
                d = d * 10 + Int(b - 0x30)
                digits += 1
                if digits > 2 { return nil }
            }
            guard digits > 0, (1...31).contains(d) else { return nil }
            return d
        }
        func year(_ k: Int) -> Int? {
            guard k < n, w[k].count == 4, let y = Int(w[k]), (1900...2100).contains(y) else { return nil }
            return y
        }
        // "… de MONTH [de YYYY]" after position k.
        func monthYear(_ k: Int) -> (month: Int, year: Int?, end: Int)? {
            guard k < n, let m = months[w[k]], w[k].count > 3 else { return nil }
            if k + 2 < n, w[k + 1] == "de", let y = year(k + 2) { return (m, y, k + 3) }
            return (m, nil, k + 1)
        }

        // Ranges: "entre 15 e 17 de janeiro", "de 07 a 09 de maio", "17 e 18 de Abril".
        var k = i
        if w[k] == "entre" || w[k] == "de" { k += 1 }
        if let d1 = day(k), k + 2 < n, w[k + 1] == "e" || w[k + 1] == "a", let d2 = day(k + 2), k + 3 < n, w[k + 3] == "de",
            let my = monthYear(k + 4)
        {
            let y = my.year ?? resolveYear(month: my.month, day: d1, future: future, anchor: anchor, lastYear: lastYear)
            let value = y.map { "\(Self.iso($0, my.month, d1))/\(Self.iso($0, my.month, d2))" }
                ?? "XXXX-\(Self.pad(my.month))-\(Self.pad(d1))/XXXX-\(Self.pad(my.month))-\(Self.pad(d2))"
            return (my.end, value, my.year)
        }
        // Numeric dates: "14.04.2023", "18/09/2018", "19/6".
        let parts = w[i].utf8.contains(0x2E) ? w[i].split(separator: ".").compactMap { Int($0) } : []
        if parts.count == 3, (1...31).contains(parts[0]), (1...12).contains(parts[1]), parts[2] > 1900 {
            return (i + 1, Self.iso(parts[2], parts[1], parts[0]), parts[2])
        }
        if let d = day(i), i + 2 < n, w[i + 1] == "/", let m = Int(w[i + 2]), (1...12).contains(m) {
            if i + 4 < n, w[i + 3] == "/", let y = year(i + 4) { return (i + 5, Self.iso(y, m, d), y) }
            let y = resolveYear(month: m, day: d, future: future, anchor: anchor, lastYear: lastYear)
            return (i + 3, y.map { Self.iso($0, m, d) } ?? "XXXX-\(Self.pad(m))-\(Self.pad(d))", nil)
        }
        // "27 de outubro [de 2025]", "1º de janeiro".
        if let d = day(i), i + 1 < n, w[i + 1] == "de", let my = monthYear(i + 2) {
            let y = my.year ?? resolveYear(month: my.month, day: d, future: future, anchor: anchor, lastYear: lastYear)
            return (my.end, y.map { Self.iso($0, my.month, d) } ?? "XXXX-\(Self.pad(my.month))-\(Self.pad(d))", my.year)
        }
        // Weekdays, with a day in brackets or after a comma.
        if let weekday = weekdays[w[i]], isWeekday(at: i, w) {
            var end = i + 1
            var dayNumber: Int?
            var monthNumber: Int?
            if end + 2 < n, w[end] == "(", let d = day(end + 1) {
                dayNumber = d
                end += 2
                if end + 1 < n, w[end] == "/", let m = Int(w[end + 1]), (1...12).contains(m) {
                    monthNumber = m
                    end += 2
                }
                if end < n, w[end] == ")" { end += 1 }
            } else if end + 1 < n, w[end] == ",", let d = day(end + 1) {
                dayNumber = d
                end += 2
                if end < n, w[end] == "de", let my = monthYear(end + 1) {
                    monthNumber = my.month
                    end = my.end
                }
            }
            let before = i > 0 ? w[i - 1] : ""
            let forward = before == "proxima" || before == "proximo" || (future && before != "passada" && before != "ultima" && before != "ultimo")
            return (end, resolveWeekday(weekday, day: dayNumber, month: monthNumber, forward: forward, anchor: anchor), nil)
        }
        // Relative expressions.
        for relative in relativesByFirstWord[w[i]] ?? [] where i + relative.words.count <= n
            && w[i..<i + relative.words.count].elementsEqual(relative.words)
        {
            return (i + relative.words.count, resolveRelative(relative, anchor: anchor), nil)
        }
        // Quarters, halves, seasons and named days: "no primeiro trimestre de 2023", "no verão passado", "no Natal".
        if i > 0, periodDeterminers.contains(w[i - 1]) {
            for period in periodsByFirstWord[w[i]] ?? [] where i + period.words.count <= n
                && w[i..<i + period.words.count].elementsEqual(period.words)
            {
                return periodValue(period, end: i + period.words.count, w, future: future, anchor: anchor, lastYear: lastYear)
            }
        }
        // "há dois anos", "há 10 anos".
        if w[i] == "ha", i + 2 < n, let count = numberWords[w[i + 1]] ?? Int(w[i + 1]), count < 100, w[i + 2] == "anos" || w[i + 2] == "ano" {
            return (i + 3, anchor.year.map { String($0 - count) }, nil)
        }
        // "do passado dia 10", "no dia 12".
        if w[i] == "dia", let d = day(i + 1), !(i + 2 < n && w[i + 2] == "de") {
            guard let y = anchor.year, let m = anchor.month else { return (i + 2, nil, nil) }
            return (i + 2, Self.iso(y, m, d), nil)
        }
        // Months: "em setembro [de 2022]", "em novembro passado", "setembro".
        if let my = monthYear(i) {
            var end = my.end
            var past = !future
            if end < n, w[end] == "passado" {
                past = true
                end += 1
            }
            if let y = my.year { return (end, "\(y)-\(Self.pad(my.month))", y) }
            let y = resolveYear(month: my.month, day: nil, future: !past, anchor: anchor, lastYear: lastYear)
            return (end, y.map { "\($0)-\(Self.pad(my.month))" } ?? "XXXX-\(Self.pad(my.month))", nil)
        }
        // "três anos antes", "dois anos depois", "há dois anos".
        if let count = numberWords[w[i]] ?? Int(w[i]), count < 100, i + 2 < n, w[i + 1] == "anos" || w[i + 1] == "ano",
            w[i + 2] == "antes" || w[i + 2] == "depois"
        {
            let value = lastYear.map { String(w[i + 2] == "antes" ? $0 - count : $0 + count) }
            return (i + 3, value, nil)
        }
        // Years: "em 2023", "desde 1980".
        if let y = year(i), !(i + 1 < n && (w[i + 1] == "%" || w[i + 1].hasPrefix("milh"))) {
            return (i + 1, String(y), y)
        }
        return nil
    }

    /// The value of a named period ending before word `end`, with the year
    /// that follows it ("de 2023", "deste ano", "do ano passado", "passado").
    func periodValue(_ period: Period, end: Int, _ w: [String], future: Bool, anchor: Anchor, lastYear: Int?) -> (Int, String?, Int?) {
        let n = w.count
        var end = end
        var year: Int?
        var explicit: Int?
        var offset: Int?
        if end + 1 < n, w[end] == "de", w[end + 1].count == 4, let y = Int(w[end + 1]), (1900...2100).contains(y) {
            year = y
            explicit = y
            end += 2
        } else if end + 1 < n, w[end] == "deste" || w[end] == "neste", w[end + 1] == "ano" {
            offset = 0
            end += 2
        } else if end + 2 < n, w[end] == "do", w[end + 1] == "ano", w[end + 2] == "passado" || w[end + 2] == "anterior" {
            offset = -1
            end += 3
        } else if end + 2 < n, w[end] == "do", w[end + 1] == "proximo", w[end + 2] == "ano" {
            offset = 1
            end += 3
        } else if end < n, w[end] == "passado" || w[end] == "passada" {
            offset = -1
            end += 1
        }
        if year == nil, let offset { year = anchor.year.map { $0 + offset } }
        if let month = period.month, let day = period.day {
            let y = year ?? resolveYear(month: month, day: day, future: future, anchor: anchor, lastYear: lastYear)
            return (end, y.map { Self.iso($0, month, day) } ?? "XXXX-\(period.value)", explicit)
        }
        let y = year ?? anchor.year
        return (end, y.map { "\($0)-\(period.value)" }, explicit)
    }

    /// "segunda" and "quinta" are also ordinals ("a segunda deslocação",
    /// "Segunda Guerra Mundial"): a short weekday needs a determiner before it
    /// and no noun after it; a long one ("segunda-feira") always counts.
    func isWeekday(at i: Int, _ w: [String]) -> Bool {
        if w[i].contains("-") || unambiguousWeekdays.contains(w[i]) { return true }
        let before = i > 0 ? w[i - 1] : ""
        guard weekdayDeterminers.contains(before)
        else { return false }
        guard i + 1 < w.count else { return true }
        let next = w[i + 1]
        return weekdayFollowers.contains(next)
    }

    /// The year of a month (and day) the text gives without one.
    func resolveYear(month: Int, day: Int?, future: Bool, anchor: Anchor, lastYear: Int?) -> Int? {
        guard let y = anchor.year, let m = anchor.month else { return anchor.year ?? nil }
        let afterAnchor = month > m || (month == m && (day ?? 0) > (anchor.day ?? 31))
        let beforeAnchor = month < m || (month == m && (day ?? 32) < (anchor.day ?? 0))
        if future { return beforeAnchor ? y + 1 : y }
        // Otherwise the nearest year, leaning to the past: "de 8 a 10 de Outubro" written on 3 October
        // is this October; "em Dezembro" written in February is last December.
        guard afterAnchor else { return y }
        let daysAhead = (month - m) * 30 + (day ?? 15) - (anchor.day ?? 15)
        return daysAhead > 120 ? y - 1 : y
    }

    func resolveWeekday(_ weekday: Int, day: Int?, month: Int?, forward: Bool, anchor: Anchor) -> String? {
        guard let y = anchor.year, let m = anchor.month else { return nil }
        if let day {
            return Self.iso(y, month ?? m, day)
        }
        guard let date = anchor.date else { return "\(y)-\(Self.pad(m))" }
        let delta = forward ? (weekday - date.weekday + 7) % 7 : -((date.weekday - weekday + 7) % 7)
        return date.adding(days: delta).isoString
    }

    func resolveRelative(_ relative: Relative, anchor: Anchor) -> String? {
        switch relative.unit {
        case "day":
            guard let y = anchor.year, let m = anchor.month else { return nil }
            guard let date = anchor.date else { return "\(y)-\(Self.pad(m))" }
            return date.adding(days: relative.offset).isoString
        case "week":
            guard let date = anchor.date else { return nil }
            let week = date.adding(days: 7 * relative.offset).isoWeek
            return "\(week.year)-W\(Self.pad(week.week))"
        case "month":
            guard let y = anchor.year, let m = anchor.month else { return nil }
            let total = y * 12 + (m - 1) + relative.offset
            return "\(total / 12)-\(Self.pad(total % 12 + 1))"
        default:
            return anchor.year.map { String($0 + relative.offset) }
        }
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String { "\(y)-\(pad(m))-\(pad(d))" }
}
