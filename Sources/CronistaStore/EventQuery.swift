import Cronista

/// A filter over story events, as `cronista events` takes it.
public struct EventQuery: Sendable, Equatable {
    /// Who acts: a country or body code (`RUS`, `EU`) or a name (`Lavrov`).
    public var actor: String?
    /// Who else takes part, on either side: a code or a name.
    public var with: String?
    public var type: EventType?
    /// Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; events overlapping it count.
    public var from: String?
    /// Latest date, at any precision; events overlapping it count.
    public var to: String?
    /// Most story events returned.
    public var limit: Int

    public init(
        actor: String? = nil, with: String? = nil, type: EventType? = nil,
        from: String? = nil, to: String? = nil, limit: Int = 1000
    ) {
        self.actor = actor
        self.with = with
        self.type = type
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// Two sides whose mutual events a timeline counts: `RUS:PRK`.
public struct Dyad: Sendable, Equatable {
    public var first: String
    public var second: String

    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    /// Parses `A:B`.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(parts[0], parts[1])
    }
}

/// How a query names an actor: by code (`RUS`, `EU`, `NATO`: upper-case
/// letters and digits) or by name.
package enum ActorSelector: Equatable {
    case code(String)
    case name(String)

    package init(_ text: String) {
        let isCode = text.count <= 6 && text.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
        self = isCode ? .code(text) : .name(text)
    }
}
