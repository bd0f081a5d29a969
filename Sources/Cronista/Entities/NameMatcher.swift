import Foundation

/// Decides whether two written forms name the same person, across the
/// spellings transliteration produces: Serguei/Sergey/Sergei Lavrov,
/// Dmitri/Dmitry Peskov, Mishoustin/Mishustin, Zelensky/Zelenski/Zelenskiy,
/// Kim Jong-un/Kim Jong Un/Kim-Jong Un, Choe Son-hui/Choe Son Hui.
///
/// Public so the store can merge actors across articles with the same rule.
public enum NameMatcher {
    /// A spelling-insensitive key of one name part: folded, vowels after the
    /// first letter and doubled letters dropped, common transliteration
    /// pairs unified (ou→u, y→i, ck/k/q→c, ph→f, sh/ch/sch→s, w→v, z→s, j→i).
    public static func skeleton(_ part: some StringProtocol) -> String {
        skeleton(scalars: Array(part.unicodeScalars)[...])
    }

    static func skeleton(scalars part: ArraySlice<Unicode.Scalar>) -> String {
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(part.count)
        for scalar in part {
            if let f = TextFolding.foldScalar(scalar), f.isLetter { letters.append(f) }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        var previous: Unicode.Scalar?
        var i = 0
        while i < letters.count {
            var c = letters[i]
            let next = i + 1 < letters.count ? letters[i + 1] : nil
            // Digraphs: sch/sh/ch → s, ph → f, ck → c, kh → c, ou → u.
            if c == "s", next == "c", i + 2 < letters.count, letters[i + 2] == "h" {
                i += 2
            } else if (c == "s" || c == "c") && next == "h" {
                c = "s"
                i += 1
            } else if c == "p" && next == "h" {
                c = "f"
                i += 1
            } else if (c == "c" && next == "k") || (c == "k" && next == "h") {
                c = "c"
                i += 1
            } else if c == "o" && next == "u" {
                c = "u"
                i += 1
            }
            switch c {
            case "y", "j": c = "i"
            case "k", "q": c = "c"
            case "w": c = "v"
            case "z": c = "s"
            default: break
            }
            let isVowel = c == "a" || c == "e" || c == "i" || c == "o" || c == "u"
            if !(!out.isEmpty && isVowel) && c != previous {
                out.append(c)
                previous = c
            }
            i += 1
        }
        return String(scalars: out[...])
    }

    /// The parts of a name, hyphenated parts split ("Kim Jong-un" → Kim, Jong, un).
    public static func parts(_ name: some StringProtocol) -> [String] {
        partScalars(Array(name.unicodeScalars)).map { String(scalars: $0) }
    }

    static func partScalars(_ scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" })
    }

    /// A key for the whole name: the skeleton of all its parts run together,
    /// so spacing and hyphenation do not matter.
    public static func key(_ name: some StringProtocol) -> String {
        skeleton(parts(name).joined())
    }

    /// A name analysed once for repeated comparisons.
    public struct Name: Sendable, Hashable {
        public let text: String
        public let key: String
        let folded: [String]
        let skeletons: [String]

        public init(_ text: some StringProtocol) {
            self.text = String(text)
            let scalars = Array(text.unicodeScalars)
            let parts = NameMatcher.partScalars(scalars)
            self.folded = parts.map { TextFolding.fold(scalars: $0) }
            self.skeletons = parts.map { NameMatcher.skeleton(scalars: $0) }
            self.key = NameMatcher.skeleton(scalars: scalars[...])
        }
    }

    /// Whether `a` and `b` name the same person: same key, or one is a
    /// surname (or given-name) form of the other (all its parts appear, in
    /// spelling-insensitive form, among the other's parts).
    public static func sameEntity(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        sameEntity(Name(a), Name(b))
    }

    public static func sameEntity(_ a: Name, _ b: Name) -> Bool {
        if a.key == b.key { return true }
        let (short, long) = a.skeletons.count <= b.skeletons.count ? (a, b) : (b, a)
        guard !short.skeletons.isEmpty, short.skeletons.count < long.skeletons.count else { return false }
        // A one-part form equals a part of the other (or its spelling skeleton, 3+ letters);
        // a longer form shares all its parts and the surname.
        if short.skeletons.count == 1 {
            return long.folded.contains(short.folded[0])
                || (short.skeletons[0].count >= 3 && long.skeletons.contains(short.skeletons[0]))
        }
        return short.skeletons.allSatisfy(long.skeletons.contains) && short.skeletons.last == long.skeletons.last
    }
}
