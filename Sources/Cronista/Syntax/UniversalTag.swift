/// The seventeen universal part-of-speech tags of Universal Dependencies.
public enum UniversalTag: Int, CaseIterable, Sendable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as UD writes it ("NOUN").
    public var name: String { Self.names[rawValue] }

    /// The tag named `name`, or nil.
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]
}
