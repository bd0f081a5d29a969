/// The events of one article as they are found, with the merging of
/// repeated mentions (GOLD.md: one entry per real-world event): the same
/// type and sides and compatible dates are one event; a headline and its
/// body that name one act with other words for the same sides are one; a
/// trip and its main meeting with the host's head of state are one.
struct EventList {
    let entities: [Entity]
    /// The roles of a head of state or government (``RoleLexicon/headOffices``).
    let headOffices: Set<String>
    private(set) var events: [Event] = []
    /// The lexicon trigger each event was found at (-1 for derived events), parallel to ``events``.
    private(set) var triggers: [Int] = []

    init(entities: [Entity], headOffices: Set<String>) {
        self.entities = entities
        self.headOffices = headOffices
    }

    /// Events whose sides a restatement may name with other words, whatever the trigger.
    static let restatable: Set<EventType> = [.accuse, .reject, .assault]

    func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
    func affiliation(_ id: String) -> String? { entity(id)?.affiliation }

    /// Adds an event found at lexicon trigger `trigger` (-1 for one derived
    /// from another), merging it into an earlier mention of the same one.
    mutating func add(_ event: Event, trigger: Int = -1) {
        if let index = events.firstIndex(where: { sameEvent($0, event) }) {
            merge(event, into: index)
        } else if let meeting = events.firstIndex(where: { isArrival(event, at: $0) }) {
            merge(event, into: meeting, keepingStatus: true)
        } else if let visit = events.firstIndex(where: { isMainMeeting(event, of: $0) }) {
            // The host's head of state or government, met on the trip, is the host.
            events[visit].recipients = event.actors.filter { !events[visit].actors.contains($0) }
            merge(event, into: visit, keepingStatus: true)
        } else if trigger != -1 || Self.restatable.contains(event.type), let index = events.indices.first(where: {
            (triggers[$0] == trigger || Self.restatable.contains(event.type)) && restates(event, events[$0])
        }) {
            // A headline and its body name one act with other words for the same sides ("Moscovo" / "o Kremlin").
            if specificity(event.actors) > specificity(events[index].actors) { events[index].actors = event.actors }
            if specificity(event.recipients) > specificity(events[index].recipients) { events[index].recipients = event.recipients }
            merge(event, into: index)
        } else {
            append(event, trigger: trigger)
        }
    }

    /// Adds an event without merging ("encontraram-se duas vezes": two meetings).
    mutating func append(_ event: Event, trigger: Int) {
        events.append(event)
        triggers.append(trigger)
    }

    /// Replaces the event at `index`.
    mutating func update(_ index: Int, _ body: (inout Event) -> Void) { body(&events[index]) }

    /// Removes the events that satisfy `predicate`.
    mutating func removeAll(where predicate: (Event) -> Bool) {
        let kept = events.indices.filter { !predicate(events[$0]) }
        events = kept.map { events[$0] }
        triggers = kept.map { triggers[$0] }
    }

    /// Inserts an event at `index`, without merging.
    mutating func insert(_ event: Event, trigger: Int, at index: Int) {
        events.insert(event, at: index)
        triggers.insert(trigger, at: index)
    }

    /// Removes the event at `index`.
    mutating func remove(at index: Int) {
        events.remove(at: index)
        triggers.remove(at: index)
    }

    /// Whether `b` restates `a` with other names for the same sides: same type, the same
    /// affiliations on each side, compatible dates and status.
    func restates(_ a: Event, _ b: Event) -> Bool {
        guard a.type == b.type, datesAgree(a.date, b.date), a.status == b.status else { return false }
        func sides(_ ids: [String]) -> Set<String> { Set(ids.compactMap(affiliation)) }
        // Two people acting are two acts ("Lula chegou à China"; "Costa já havia estado na China").
        func people(_ ids: [String]) -> Set<String> { Set(ids.filter { entity($0)?.type == .person }) }
        if !people(a.actors).isEmpty && !people(b.actors).isEmpty && people(a.actors) != people(b.actors) { return false }
        return sides(a.actors) == sides(b.actors) && sides(a.recipients) == sides(b.recipients) && !sides(a.actors).isEmpty
    }

    /// How specific a list of participants is: people before bodies before countries.
    func specificity(_ ids: [String]) -> Int {
        ids.reduce(0) { total, id in
            switch entity(id)?.type {
            case .person: total + 3
            case .organization: total + 2
            default: total + 1
            }
        }
    }

    /// Whether two mentions name one event: same type and sides (for a
    /// meeting, an agreement or a joint action, whoever is named first),
    /// compatible dates and status. Dated planned and factual mentions are
    /// one event (a headline in the present restates what the body plans).
    func sameEvent(_ a: Event, _ b: Event) -> Bool {
        guard a.type == b.type else { return false }
        let symmetric: Set<EventType> = [.consult, .agree, .cooperate]
        let sameSides = symmetric.contains(a.type)
            ? Self.sameMembers(a.actors, a.recipients, b.actors, b.recipients)
            : Self.sameMembers(a.actors, [], b.actors, []) && Self.sameMembers(a.recipients, [], b.recipients, [])
        guard sameSides, datesAgree(a.date, b.date) else { return false }
        if a.status == b.status { return true }
        let planOrFact: Set<EventStatus> = [.planned, .factual]
        return a.date != nil && b.date != nil && planOrFact.contains(a.status) && planOrFact.contains(b.status)
    }

    /// Whether a1 ∪ a2 and b1 ∪ b2 hold the same ids (short lists: no sets built).
    static func sameMembers(_ a1: [String], _ a2: [String], _ b1: [String], _ b2: [String]) -> Bool {
        func inB(_ x: String) -> Bool { b1.contains(x) || b2.contains(x) }
        func inA(_ x: String) -> Bool { a1.contains(x) || a2.contains(x) }
        return a1.allSatisfy(inB) && a2.allSatisfy(inB) && b1.allSatisfy(inA) && b2.allSatisfy(inA)
    }

    func datesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// Whether `meeting` is the main meeting of the trip `visit`: the visitor
    /// meets a head of state or government of the host country.
    func isMainMeeting(_ meeting: Event, of visit: Event) -> Bool {
        guard meeting.type == .consult, visit.type == .consult, visit.mode == "visit", meeting.mode != "visit",
            datesAgree(meeting.date, visit.date), visit.recipients.count == 1,
            let host = entity(visit.recipients[0]), host.type != .person
        else { return false }
        let others = meeting.actors.filter { !visit.actors.contains($0) }
        guard others.count == 1, others.count < meeting.actors.count, let met = entity(others[0]) else { return false }
        return met.type == .person && met.affiliation == host.affiliation && headOffices.contains(met.role ?? "")
    }

    /// Whether `visit` is one side's arrival at the third-party meeting `meeting` (its host the meeting's place).
    func isArrival(_ visit: Event, at meeting: Event) -> Bool {
        guard visit.type == .consult, visit.mode == "visit", meeting.type == .consult, meeting.mode == "third-party",
            visit.actors.count == 1, meeting.actors.contains(visit.actors[0]), visit.recipients.count == 1,
            datesAgree(visit.date, meeting.date), let place = meeting.location?.affiliation
        else { return false }
        return affiliation(visit.recipients[0]) == place
    }

    /// Merges a mention into the event at `index`: the plan wins, the most precise date and mode, the first place.
    mutating func merge(_ event: Event, into index: Int, keepingStatus: Bool = false) {
        if event.status == .planned && !keepingStatus { events[index].status = .planned }
        if events[index].mode == nil, let mode = event.mode {
            events[index].mode = mode
            events[index].score = event.score
            events[index].cameo = event.cameo
        }
        if (event.date?.count ?? 0) > (events[index].date?.count ?? 0) {
            events[index].date = event.date
            events[index].datePrecision = event.datePrecision
        }
        if events[index].location == nil { events[index].location = event.location }
    }
}
