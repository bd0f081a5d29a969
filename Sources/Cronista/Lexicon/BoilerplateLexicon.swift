import Foundation

/// Phrases that mark a scraped line as navigation, prompts, links or
/// credits, loaded from `boilerplate.tsv` and `datelines.tsv`.
public struct BoilerplateLexicon: Sendable {
    /// How a phrase must sit in a line to match it.
    public enum Match: String, Sendable {
        case line, prefix, contains
    }

    /// One phrase of the lexicon, folded.
    public struct Phrase: Sendable {
        public var reason: BoilerplateReason
        public var match: Match
        public var folded: String
    }

    public var phrases: [Phrase]
    /// Folded words that open a dateline ("publicado em").
    public var datelineOpeners: [String]

    public init(phrases: [Phrase], datelineOpeners: [String]) {
        self.phrases = phrases
        self.datelineOpeners = datelineOpeners.sorted { $0.count > $1.count }
    }

    /// Loads the lexicon of `language`.
    public static func load(language: String) throws -> BoilerplateLexicon {
        var phrases: [Phrase] = []
        for (index, row) in try ResourceFile.table("boilerplate.tsv", language: language).enumerated() {
            guard row.count >= 3, let reason = BoilerplateReason(rawValue: row[0]),
                let match = Match(rawValue: row[1])
            else {
                throw ResourceError.malformed(
                    file: "\(language)/boilerplate.tsv", line: index + 1, reason: "expected reason, match, phrase")
            }
            phrases.append(Phrase(reason: reason, match: match, folded: TextFolding.fold(row[2])))
        }
        let openers = try ResourceFile.table("datelines.tsv", language: language).map { TextFolding.fold($0[0]) }
        return BoilerplateLexicon(phrases: phrases, datelineOpeners: openers)
    }

    /// The reason of the first phrase that matches the folded line, if any.
    public func reason(forFoldedLine line: String) -> BoilerplateReason? {
        let bare = line.trimmingTrailing { ".:!?…;,".unicodeScalars.contains($0) || $0 == " " }
        for phrase in phrases {
            switch phrase.match {
            case .line:
                if bare == phrase.folded { return phrase.reason }
            case .prefix:
                if bare.hasPrefix(phrase.folded), isWordBoundary(in: bare, after: phrase.folded) { return phrase.reason }
            case .contains:
                if containsWord(bare, phrase.folded) { return phrase.reason }
            }
        }
        return nil
    }

    private func isWordBoundary(in text: String, after prefix: String) -> Bool {
        let scalars = text.unicodeScalars
        let index = scalars.index(scalars.startIndex, offsetBy: prefix.unicodeScalars.count)
        guard index < scalars.endIndex else { return true }
        guard let last = prefix.unicodeScalars.last, last.isAlphanumeric else { return true }
        return !scalars[index].isAlphanumeric
    }

    private func containsWord(_ text: String, _ phrase: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text.unicodeScalars[text.unicodeScalars.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text.unicodeScalars[range.upperBound]
            let firstIsWord = phrase.unicodeScalars.first?.isAlphanumeric ?? false
            let lastIsWord = phrase.unicodeScalars.last?.isAlphanumeric ?? false
            if !(firstIsWord && (before?.isAlphanumeric ?? false)) && !(lastIsWord && (after?.isAlphanumeric ?? false)) {
                return true
            }
            searchStart = text.unicodeScalars.index(after: range.lowerBound)
        }
        return false
    }
}

extension String {
    /// The string without its trailing scalars that satisfy `predicate`.
    func trimmingTrailing(while predicate: (Unicode.Scalar) -> Bool) -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, predicate(last) { scalars.removeLast() }
        return String(scalars)
    }
}
