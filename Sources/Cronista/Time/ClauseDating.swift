/// Gives the events stage the date of a clause: the clause's own temporal
/// expression, else the nearest one in its sentence, else the article's time
/// focus (the month of the document date).
///
/// Values follow `spec/GOLD.md`: a range dates its event by its first day,
/// and a value whose year the article never gives (`XXXX-05-03`) is no event
/// date.
public struct ClauseDating: Sendable {
    /// A calendar value with its precision.
    public struct Dated: Sendable, Equatable {
        public var value: String
        public var precision: DatePrecision
    }

    /// The resolved timexes of the article, in text order.
    let timexes: [Timex]
    /// The date an article's undated clauses fall back to.
    public let focus: Dated?

    /// - Parameters:
    ///   - timexes: the article's temporal expressions (``TemporalTagger``).
    ///   - documentDate: the article's `published` date, its time focus.
    public init(timexes: [Timex], documentDate: String?) {
        self.timexes = timexes.filter { $0.value != nil }.sorted { $0.start < $1.start }
        self.focus = documentDate.flatMap { Self.focusDate($0, timexes: timexes) }
    }

    /// The date of an undated clause: the document date when the article
    /// names that day ("hoje", "neste sábado (17)"), its time focus; else the
    /// month of the document date, for an article tells what happened around
    /// when it was written, seldom on the very day ("o ministro afirmou…").
    public static func focusDate(_ documentDate: String, timexes: [Timex]) -> Dated? {
        guard let date = eventDate(documentDate) else { return nil }
        guard date.precision == .day, !timexes.contains(where: { $0.value == date.value }) else { return date }
        return Dated(value: String(date.value.prefix(7)), precision: .month)
    }

    /// The date of the clause `clause` in sentence `sentence` whose event
    /// word starts at scalar offset `position`.
    public func date(clause: TextSpan, sentence: TextSpan, at position: Int) -> Dated? {
        if let own = nearest(in: clause, to: position) { return Self.eventDate(own) }
        if let near = nearest(in: sentence, to: position) { return Self.eventDate(near) }
        return focus
    }

    /// The dates a noun names right after it, one per coordinated date: "os
    /// ataques de 30 de dezembro e 02 de janeiro" → two dates. `span` runs
    /// from the end of the noun to the end of its phrase.
    public func dates(following span: TextSpan) -> [Dated] {
        var found: [Dated] = []
        var cursor = span.start
        for timex in timexes where timex.start >= span.start && timex.end <= span.end {
            // Only "de", "e", "," and spaces between the noun and its dates.
            guard timex.start - cursor <= 4, let date = Self.eventDate(timex.value!) else { break }
            found.append(date)
            cursor = timex.end
        }
        return found
    }

    /// The value of the timex inside `span` nearest `position`, if any.
    func nearest(in span: TextSpan, to position: Int) -> String? {
        var best: (distance: Int, value: String)?
        for timex in timexes where timex.start >= span.start && timex.end <= span.end {
            let distance = timex.start > position ? timex.start - position : position - timex.end
            if best == nil || distance < best!.distance { best = (distance, timex.value!) }
        }
        return best?.value
    }

    /// A timex value as an event date: the first day of a range, nothing for
    /// a value without its year.
    static func eventDate(_ value: String) -> Dated? {
        var value = Substring(value)
        if let slash = value.firstIndex(of: "/") { value = value[..<slash] }
        guard value.count >= 4, value.prefix(4).allSatisfy(\.isNumber) else { return nil }
        // Weeks date an event by their year and month only as far as the value says: keep the year.
        if value.contains("W") { return Dated(value: String(value.prefix(4)), precision: .year) }
        let precision: DatePrecision = value.count >= 10 ? .day : value.count >= 7 ? .month : .year
        return Dated(value: String(value), precision: precision)
    }
}
