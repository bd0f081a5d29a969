/// A word, number or punctuation mark, located by scalar offsets.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The word's id in the language's ``Vocabulary``, or -1 when no
    /// lexicon knows it.
    public var word: WordID
    /// True when the token's first scalar is an upper-case letter.
    public var isCapitalized: Bool
    /// True when a line break separates this token from the previous one.
    public var followsLineBreak: Bool

    public var span: TextSpan { TextSpan(start: start, end: end) }

    /// True when the token is a word some lexicon knows.
    public var isKnown: Bool { word >= 0 }

    /// The folded text (lower case, no accents) of the token.
    public func folded(in scalars: [Unicode.Scalar]) -> String {
        TextFolding.fold(scalars: scalars[start..<end])
    }

    /// The token's exact text.
    public func text(in scalars: [Unicode.Scalar]) -> String {
        String(scalars: scalars[start..<end])
    }
}
