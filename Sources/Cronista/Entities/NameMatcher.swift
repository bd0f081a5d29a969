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
        var folded = TextFolding.fold(part).replacingOccurrences(of: " ", with: "")
        for (from, to) in [("sch", "s"), ("sh", "s"), ("ch", "s"), ("ph", "f"), ("ck", "c"), ("ou", "u"), ("kh", "c")] {
            folded = folded.replacingOccurrences(of: from, with: to)
        }
        var out = ""
        var previous: Character?
        for (index, c) in folded.enumerated() {
            var m: Character
            switch c {
            case "y", "j": m = "i"
            case "k", "q": m = "c"
            case "w": m = "v"
            case "z": m = "s"
            default: m = c
            }
            if index > 0, "aeiou".contains(m) { continue }
            if !m.isLetter { continue }
            if m == previous { continue }
            out.append(m)
            previous = m
        }
        return out
    }

    /// The parts of a name, hyphenated parts split ("Kim Jong-un" → Kim, Jong, un).
    public static func parts(_ name: some StringProtocol) -> [String] {
        String(name).split(whereSeparator: { (c: Character) in c == " " || c == "-" || c == "\u{2010}" }).map(String.init)
    }

    /// A key for the whole name: the skeleton of all its parts run together,
    /// so spacing and hyphenation do not matter.
    public static func key(_ name: some StringProtocol) -> String {
        skeleton(parts(name).joined())
    }

    /// Whether `a` and `b` name the same person: same key, or one is a
    /// surname (or given-name) form of the other (all its parts appear, in
    /// spelling-insensitive form, among the other's parts).
    public static func sameEntity(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        if key(a) == key(b) { return true }
        let pa = parts(a).map(skeleton)
        let pb = parts(b).map(skeleton)
        let (short, long) = pa.count <= pb.count ? (pa, pb) : (pb, pa)
        guard !short.isEmpty, short.count < long.count else { return false }
        // The shorter form must include the long form's last part (surname)
        // or, for one-part forms, equal any part of at least 3 letters.
        if short.count == 1 {
            let part = TextFolding.fold(parts(a).count == 1 ? parts(a)[0] : parts(b)[0])
            let longParts = (parts(a).count == 1 ? parts(b) : parts(a)).map { TextFolding.fold($0) }
            return longParts.contains(part) || (short[0].count >= 3 && long.contains(short[0]))
        }
        return short.allSatisfy(long.contains) && short.last == long.last
    }
}
