/// Which dependents of a trigger give an event's actor and recipient
/// (`events/frames.tsv`), for each ``EventLexicon/Arguments`` kind and voice.
public struct ArgumentFrames: Sendable {
    /// The grammatical shape of a trigger's clause.
    public enum Voice: String, Sendable, CaseIterable {
        case active, passive, noun
    }

    /// The role an argument fills.
    public enum Role: String, Sendable, CaseIterable {
        case actor, recipient
    }

    /// One relation of a frame: a UD relation (with or without subtype),
    /// optionally restricted to a case marker ("obl/com").
    public struct Relation: Sendable, Equatable {
        /// The relation ("obl", "nsubj:pass").
        public var deprel: String
        /// The folded case marker the dependent must have, if any.
        public var caseMarker: String?
        /// A relation inside the dependent ("ccomp.nsubj": the subject of a
        /// complement clause), if the role lies one step further down.
        public var inner: String?
        /// The folded case marker of the inner dependent ("nsubj:pass.nmod/entre": "o acordo entre X e Y"), if any.
        public var innerCaseMarker: String?
    }

    /// The relations of each (arguments, voice, role), in order of preference.
    private var table: [String: [Relation]] = [:]

    /// The relations that fill `role` for a trigger of kind `arguments` in `voice`.
    public func relations(_ arguments: EventLexicon.Arguments, _ voice: Voice, _ role: Role) -> [Relation] {
        table[Self.key(arguments, voice, role)] ?? []
    }

    static func key(_ arguments: EventLexicon.Arguments, _ voice: Voice, _ role: Role) -> String {
        "\(arguments.rawValue) \(voice.rawValue) \(role.rawValue)"
    }

    /// Relations `frames.tsv` may name (UD's, as the parser labels them).
    static let knownRelations: Set<String> = [
        "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "amod", "appos", "conj", "xcomp", "ccomp", "acl",
    ]

    /// Loads `events/frames.tsv` of `source`; a bad row fails with file and line.
    public static func load(from source: ResourceSource) throws -> ArgumentFrames {
        var frames = ArgumentFrames()
        for row in try source.rows("events/frames.tsv") {
            try row.expect(4, columns: "frame, voice, role, relations")
            let arguments = try row.enum(0, EventLexicon.Arguments.self)
            let voice = try row.enum(1, Voice.self)
            let role = try row.enum(2, Role.self)
            let key = Self.key(arguments, voice, role)
            guard frames.table[key] == nil else { throw row.malformed("\(key) is listed twice") }
            var relations: [Relation] = []
            for item in row[3].split(separator: " ") {
                let path = item.split(separator: ".", maxSplits: 1).map(String.init)
                let parts = path[0].split(separator: "/", maxSplits: 1).map(String.init)
                let inner = path.count > 1 ? path[1].split(separator: "/", maxSplits: 1).map(String.init) : []
                for relation in [parts[0]] + inner.prefix(1) where !knownRelations.contains(relation) {
                    throw row.malformed("column 4: '\(relation)' is not one of \(knownRelations.sorted().joined(separator: ", "))")
                }
                relations.append(Relation(
                    deprel: parts[0], caseMarker: parts.count > 1 ? TextFolding.fold(parts[1]) : nil, inner: inner.first,
                    innerCaseMarker: inner.count > 1 ? TextFolding.fold(inner[1]) : nil))
            }
            frames.table[key] = relations
        }
        return frames
    }
}
