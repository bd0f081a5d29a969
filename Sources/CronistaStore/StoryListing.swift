import Cronista

/// One page of the story events a browsing client lists: the filters of
/// ``EventQuery`` and two more, status and evidence text, all applied by the
/// store, read in date order after a ``StoryKey`` (keyset paging).
public struct StoryListing: Sendable, Equatable {
    /// Actor, counterpart, type and dates; its `limit` is the page size.
    public var query: EventQuery
    public var status: EventStatus?
    /// Words all of which one source's evidence contains (case and accents
    /// ignored; each also starts a word of that source's article).
    public var text: String?
    /// The last story of the previous page; nil for the first page.
    public var after: StoryKey?

    public init(query: EventQuery = EventQuery(), status: EventStatus? = nil, text: String? = nil, after: StoryKey? = nil) {
        self.query = query
        self.status = status
        self.text = text
        self.after = after
    }

    /// The words of ``text``, folded; empty when there is none.
    public var words: [String] {
        guard let text else { return [] }
        return FoldedName.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}

/// Where a story sits in date order (undated stories first, then by id):
/// the key a listing page resumes after.
public struct StoryKey: Sendable, Equatable, Hashable {
    public var date: String?
    public var id: Int64

    public init(date: String?, id: Int64) {
        self.date = date
        self.id = id
    }

    public init(_ story: StoryEvent) { self.init(date: story.date, id: story.id) }
}

/// The months of a dyad's story events, cooperation and conflict apart.
public struct DyadMonth: Sendable, Equatable {
    public var month: String
    public var events: Int
    /// Story events with a positive PLOVER score.
    public var cooperative: Int
    /// Story events with a negative PLOVER score.
    public var conflictual: Int
    public var score: Double
    /// The first ``StoreBrowsing/storiesPerMonth`` story ids of the month, by date.
    public var stories: [Int64]

    public init(month: String, events: Int, cooperative: Int, conflictual: Int, score: Double, stories: [Int64]) {
        self.month = month
        self.events = events
        self.cooperative = cooperative
        self.conflictual = conflictual
        self.score = score
        self.stories = stories
    }
}

/// Another actor sharing story events with an actor.
public struct ActorCounterpart: Sendable, Equatable {
    public var actor: ActorRef
    public var events: Int
    public var cooperative: Int
    public var conflictual: Int
    public var score: Double

    public init(actor: ActorRef, events: Int, cooperative: Int, conflictual: Int, score: Double) {
        self.actor = actor
        self.events = events
        self.cooperative = cooperative
        self.conflictual = conflictual
        self.score = score
    }
}

/// What a browsing client (the HTTP server) asks beside ``StoreLookups``,
/// each answered by the store in SQL rather than by reading stories:
/// filtered listings with keyset paging, and the aggregates of the actor
/// and dyad pages.
public protocol StoreBrowsing: StoreLookups {
    /// The story events of `listing`, oldest first, at most `listing.query.limit`.
    func storyPage(_ listing: StoryListing) throws -> [StoryEvent]

    /// A number that changes whenever articles are stored (by any process):
    /// what a cache of answers checks before trusting them.
    func generation() throws -> Int64

    /// Articles whose text holds every word of `text`, best first among the
    /// `candidates` most recently stored that do: ranking every match of a
    /// common word (tens of thousands of articles) costs tens of
    /// milliseconds, these a few.
    func search(_ text: String, limit: Int, candidates: Int) throws -> [SearchHit]

    /// The story events with these ids, in the order given, each with its first sources.
    func stories(ids: [Int64]) throws -> [StoryEvent]

    /// Per month, the non-negated story events in which both sides (codes
    /// or names) take part, as ``EventStore/timeline(_:)`` counts those of
    /// two countries, cooperation and conflict apart.
    func dyadMonths(_ first: String, _ second: String) throws -> [DyadMonth]

    /// The dyad's story events with the most sources, most first.
    func mostReported(_ first: String, _ second: String, limit: Int) throws -> [StoryEvent]

    /// Actor `id`'s counterparts in story events, most events first.
    func counterparts(of id: Int64, limit: Int) throws -> [ActorCounterpart]

    /// Actor `id`'s non-negated story events per month (``DyadMonth/stories`` left empty).
    func months(of id: Int64) throws -> [DyadMonth]
}

extension StoreBrowsing {
    /// The most story ids a ``DyadMonth`` lists.
    public static var storiesPerMonth: Int { 100 }
}
