/// Finds the expressions of an article that name calendar time and
/// normalises them to ISO values, resolved against the document date.
public struct TemporalTagger: Sendable {
    /// Loads the temporal rules and words of `language` from
    /// `Resources/<language>/time/`, adding their words to `vocabulary`.
    public static func load(language: String, vocabulary: inout Vocabulary) throws -> TemporalTagger {
        TemporalTagger()
    }

    /// The timexes of a text, in order.
    ///
    /// - Parameters:
    ///   - scalars: the document text.
    ///   - tokens: its tokens.
    ///   - sentences: its sentence spans.
    ///   - documentDate: the published date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or nil.
    public func tag(
        _ scalars: [Unicode.Scalar], tokens: [Token], sentences: [TextSpan], documentDate: String?
    ) -> [Timex] {
        []
    }
}
