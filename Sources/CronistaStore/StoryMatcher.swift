import Cronista

/// When events of different articles are one real-world event.
///
/// Two events are the same story when they have
/// - the same type, and compatible modes (equal, or one unknown);
/// - the same participants: the same countries (or bodies) on each side —
///   on either side for CONSULT, AGREE and COOPERATE and for meetings of
///   equals — and, where both name people or bodies of one country, at
///   least one in common: "Kim visitou a Rússia" and "Kim encontrou-se com
///   Putin" agree, "Lavrov recebeu Choe" and "Putin recebeu Choe" do not;
/// - compatible dates: one a prefix of the other (2023-09 and 2023-09-13),
///   or either unknown, an unknown date not after the article's own date;
/// - compatible places: equal once folded, one inside the other's name,
///   both in the same country, or either unknown;
/// - compatible status: factual and claimed reports join, planned only
///   planned, negated only negated.
///
/// Among several compatible stories an event joins the one it agrees with
/// most (dates and places both stated and equal, people in common), and two
/// events of one article never join the same story: the article tells them
/// apart.
package enum StoryMatcher {
    /// One participant of an event or story: a global actor, the country
    /// (or body) it belongs to, and whether it is more specific than a country.
    package struct Participant: Hashable {
        package var actor: Int64
        package var country: String
        package var specific: Bool
        package var side: Side
    }

    package enum Side: String { case actor, recipient }

    /// What matching needs of an event or a story.
    package struct Facts {
        package var type: EventType
        package var mode: String?
        /// Plain (``PartialDate/plain(_:)``), or nil when unknown.
        package var date: String?
        package var locationName: String?
        package var locationAffiliation: String?
        package var status: EventStatus
        package var participants: [Participant]
        /// Whether it is a claim: an allegation or an accusation.
        package var isClaim: Bool
        /// The PLOVER score: a story's is its first report's with a mode.
        package var score: Double

        package init(
            type: EventType, mode: String?, date: String?, locationName: String?, locationAffiliation: String?,
            status: EventStatus, participants: [Participant], isClaim: Bool, score: Double
        ) {
            self.type = type
            self.mode = mode
            self.date = date
            self.locationName = locationName
            self.locationAffiliation = locationAffiliation
            self.status = status
            self.participants = participants
            self.isClaim = isClaim
            self.score = score
        }
    }

    /// Whether the sides do not matter: meetings, agreements, cooperation,
    /// and any event with no recipient.
    package static func isSymmetric(_ type: EventType, participants: [Participant]) -> Bool {
        type == .consult || type == .agree || type == .cooperate || !participants.contains { $0.side == .recipient }
    }

    /// The index key of candidate stories: the countries of each side.
    package static func matchKey(_ facts: Facts) -> String {
        let countries = { (side: Side?) in
            Set(facts.participants.filter { side == nil || $0.side == side }.map(\.country)).sorted().joined(separator: ",")
        }
        if isSymmetric(facts.type, participants: facts.participants) { return "~" + countries(nil) }
        return countries(.actor) + ">" + countries(.recipient)
    }

    /// The status group: reports in one group may join one story.
    package static func statusGroup(_ status: EventStatus) -> String {
        switch status {
        case .factual, .claimed: return "factual"
        case .planned: return "planned"
        case .negated: return "negated"
        }
    }

    /// How well an event agrees with a story, or nil when they cannot be one
    /// event. `published` is the event's article date.
    package static func agreement(_ event: Facts, published: String?, story: Facts) -> Int? {
        guard event.type == story.type, statusGroup(event.status) == statusGroup(story.status) else { return nil }
        if let a = event.mode, let b = story.mode, a != b { return nil }
        guard PartialDate.compatible(event.date, story.date) else { return nil }
        if event.date == nil, let published, let storyDate = story.date, !PartialDate.notAfter(storyDate, published) {
            return nil
        }
        guard let placeScore = placeAgreement(event, story) else { return nil }
        guard let peopleScore = peopleAgreement(event.participants, story.participants) else { return nil }
        var score = placeScore + peopleScore
        if let a = event.date, let b = story.date { score += a == b ? 3 : 2 }
        return score
    }

    package static func placeAgreement(_ a: Facts, _ b: Facts) -> Int? {
        guard let nameA = a.locationName, let nameB = b.locationName else { return 0 }
        let foldedA = FoldedName.fold(nameA), foldedB = FoldedName.fold(nameB)
        if foldedA == foldedB { return 3 }
        if foldedA.contains(foldedB) || foldedB.contains(foldedA) { return 2 }
        if let x = a.locationAffiliation, let y = b.locationAffiliation, x == y { return 1 }
        return nil
    }

    /// Nil when, for some country, both name people or bodies and none in
    /// common; else the number of specific actors in common.
    package static func peopleAgreement(_ a: [Participant], _ b: [Participant]) -> Int? {
        var common = 0
        let countries = Set(a.filter(\.specific).map(\.country)).intersection(b.filter(\.specific).map(\.country))
        for country in countries {
            let x = Set(a.filter { $0.specific && $0.country == country }.map(\.actor))
            let y = Set(b.filter { $0.specific && $0.country == country }.map(\.actor))
            let shared = x.intersection(y).count
            if shared == 0 { return nil }
            common += shared
        }
        return common
    }

    /// The story after `event` joins it: the more precise date, a place
    /// where it had none, factual when either is, every participant.
    package static func merged(_ story: Facts, with event: Facts) -> Facts {
        var merged = story
        merged.date = PartialDate.morePrecise(story.date, event.date)
        if merged.mode == nil, event.mode != nil {
            merged.mode = event.mode
            merged.score = event.score
        }
        if merged.locationName == nil {
            merged.locationName = event.locationName
            merged.locationAffiliation = event.locationAffiliation
        } else if let name = event.locationName, let current = merged.locationName, name.count > current.count,
            FoldedName.fold(name).contains(FoldedName.fold(current))
        {
            merged.locationName = name
        }
        if event.status == .factual { merged.status = .factual }
        merged.isClaim = story.isClaim || event.isClaim
        for participant in event.participants where !merged.participants.contains(participant) {
            merged.participants.append(participant)
        }
        return merged
    }

    /// Participants as stored in `story.participants`: `side:country:actor:s|c;…`.
    package static func encode(_ participants: [Participant]) -> String {
        participants.map { "\($0.side == .actor ? "a" : "r"):\($0.country):\($0.actor):\($0.specific ? "s" : "c")" }
            .joined(separator: ";")
    }

    package static func decode(_ text: String) -> [Participant] {
        text.split(separator: ";").compactMap { item in
            let fields = item.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 4, let actor = Int64(fields[2]) else { return nil }
            return Participant(
                actor: actor, country: String(fields[1]), specific: fields[3] == "s",
                side: fields[0] == "a" ? .actor : .recipient)
        }
    }
}
