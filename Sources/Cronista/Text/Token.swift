/// A word, number or punctuation mark, located by scalar offsets.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Folded form (lower case, no accents) for lexicon lookups.
    public var folded: String
    /// True when the token's first scalar is an upper-case letter.
    public var isCapitalized: Bool
    /// True when a line break separates this token from the previous one.
    public var followsLineBreak: Bool

    public var span: TextSpan { TextSpan(start: start, end: end) }
}
