/// The counts of one document's evaluation, and what went wrong, for `--verbose`.
public struct DocumentScore: Sendable {
    public var name: String
    public var boilerplateRemoved = Ratio()
    public var bodyLinesKept = Ratio()
    public var published = Ratio()
    public var variant = Ratio()
    public var entities = Detection()
    public var affiliation = Ratio()
    public var events = Detection()
    public var eventDate = Ratio()
    public var eventStatus = Ratio()
    public var eventActors = Ratio()
    public var timexes = Detection()
    public var timexValue = Ratio()
    public var quotes = Detection()
    public var quoteSpeaker = Ratio()
    /// Human-readable misses (gold not found) and false alarms (system not in gold).
    public var notes: [String] = []

    public init(name: String) {
        self.name = name
    }
}

/// The figures over a set of documents.
public struct EvaluationReport: Sendable {
    public var documents: [DocumentScore]

    public init(documents: [DocumentScore]) {
        self.documents = documents
    }

    func sum<T>(_ path: KeyPath<DocumentScore, T>, _ zero: T, _ add: (T, T) -> T) -> T {
        documents.reduce(zero) { add($0, $1[keyPath: path]) }
    }

    /// Every figure by name, in a fixed order; nil where nothing was counted.
    public var figures: [(name: String, value: Double?, support: String)] {
        func ratio(_ name: String, _ path: KeyPath<DocumentScore, Ratio>) -> (String, Double?, String) {
            let r = sum(path, Ratio(), +)
            return (name, r.value, "\(r.hits)/\(r.total)")
        }
        func detection(_ prefix: String, _ path: KeyPath<DocumentScore, Detection>) -> [(String, Double?, String)] {
            let d = sum(path, Detection(), +)
            let support = "\(d.matched) matched, \(d.system) system, \(d.gold) gold"
            return [
                ("\(prefix)_precision", d.precision, support), ("\(prefix)_recall", d.recall, support),
                ("\(prefix)_f1", d.f1, support),
            ]
        }
        var rows: [(String, Double?, String)] = []
        rows.append(ratio("boilerplate_removed", \.boilerplateRemoved))
        rows.append(ratio("body_lines_kept", \.bodyLinesKept))
        rows.append(ratio("published_accuracy", \.published))
        rows.append(ratio("variant_accuracy", \.variant))
        rows += detection("entity", \.entities)
        rows.append(ratio("affiliation_accuracy", \.affiliation))
        rows += detection("event", \.events)
        rows.append(ratio("event_date_accuracy", \.eventDate))
        rows.append(ratio("event_status_accuracy", \.eventStatus))
        rows.append(ratio("event_actor_accuracy", \.eventActors))
        rows += detection("timex", \.timexes)
        rows.append(ratio("timex_value_accuracy", \.timexValue))
        let q = sum(\.quotes, Detection(), +)
        rows.append(("quote_recall", q.recall, "\(q.matched)/\(q.gold)"))
        rows.append(ratio("quote_speaker_accuracy", \.quoteSpeaker))
        return rows.map { (name: $0.0, value: $0.1, support: $0.2) }
    }
}
