/// Counts behind one figure: a ratio of hits over a total.
public struct Ratio: Sendable, Codable, Equatable {
    public var hits: Int = 0
    public var total: Int = 0

    public init(hits: Int = 0, total: Int = 0) {
        self.hits = hits
        self.total = total
    }

    /// hits / total, or nil when there is nothing to count.
    public var value: Double? { total == 0 ? nil : Double(hits) / Double(total) }

    public static func + (a: Ratio, b: Ratio) -> Ratio { Ratio(hits: a.hits + b.hits, total: a.total + b.total) }

    mutating func count(_ hit: Bool) {
        total += 1
        if hit { hits += 1 }
    }
}

/// Counts behind a precision / recall / F1 triple.
public struct Detection: Sendable, Codable, Equatable {
    public var matched: Int = 0
    public var system: Int = 0
    public var gold: Int = 0

    public init(matched: Int = 0, system: Int = 0, gold: Int = 0) {
        self.matched = matched
        self.system = system
        self.gold = gold
    }

    public var precision: Double? { system == 0 ? (gold == 0 ? nil : 0) : Double(matched) / Double(system) }
    public var recall: Double? { gold == 0 ? nil : Double(matched) / Double(gold) }
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: Detection, b: Detection) -> Detection {
        Detection(matched: a.matched + b.matched, system: a.system + b.system, gold: a.gold + b.gold)
    }
}
