/// Lines that several articles of one site share are the site's template —
/// menus, promos, widget labels, sign-offs — not news. This is how they are
/// counted: each line normalised (folded, each number as `#`, so "0 Comentários"
/// and "3 Comentários" are one line) and hashed; an article counts each of
/// its lines once; a line in at least ``threshold`` articles of a site is
/// boilerplate (`site-template`).
///
/// ``SiteTemplate/Tally`` counts in memory (a batch given to `analyze`);
/// the store keeps the counts of everything ingested (`site_line`).
public enum SiteTemplate {
    /// The fewest articles of a site that must share a line.
    public static let threshold = 3

    /// The site an article belongs to: the host of its URL (without `www.`),
    /// or the folder it was read from.
    public static func site(of source: String) -> String {
        if let scheme = source.range(of: "://") {
            let rest = source[scheme.upperBound...]
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            return bare.split(separator: "@").last.map(String.init) ?? bare
        }
        // A JSON Lines record (`file#id`) belongs to its file's folder.
        let path = source.split(separator: "#", maxSplits: 1).first.map(String.init) ?? source
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// The key of one line: 64-bit FNV-1a of its folded form, each number as `#`.
    public static func key(_ line: some StringProtocol) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inNumber = false
        for scalar in TextFolding.fold(line).unicodeScalars {
            if scalar.isDigit {
                if inNumber { continue }
                inNumber = true
            } else {
                inNumber = false
            }
            for byte in String(scalar.isDigit ? "#" : scalar).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    /// The longest line counted, in UTF-8 bytes: template lines are short,
    /// and leaving paragraphs out keeps the counts small.
    public static let longestLine = 240

    /// The distinct keys of the non-empty lines of an article's text. Lines
    /// of fewer than two letters (markup anyway) or longer than
    /// ``longestLine`` are left out.
    public static func keys(ofText text: String) -> Set<UInt64> {
        var keys = Set<UInt64>()
        for (index, line) in ArticleCleaner.splitLines(text).enumerated() {
            var line = line
            if index == 0, let header = MetadataHeader(line: line) {
                line = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(header.length)))
            }
            let normalised = ArticleCleaner.normaliseSpaces(line)
            guard normalised.utf8.count <= longestLine, normalised.unicodeScalars.lazy.filter(\.isLetter).count >= 2 else { continue }
            keys.insert(key(normalised))
        }
        return keys
    }

    /// The keys of an article, as counted for its site.
    public static func keys(of article: Article) -> Set<UInt64> { keys(ofText: article.text) }

    /// Counts of line keys per site, in memory.
    public struct Tally: Sendable {
        public private(set) var counts: [String: [UInt64: Int]] = [:]

        public init() {}

        /// Counts the lines of one article of `site`.
        public mutating func add(_ keys: Set<UInt64>, site: String) {
            // In place: a copy taken out and put back would copy the site's table per article.
            for key in keys { counts[site, default: [:]][key, default: 0] += 1 }
        }

        public mutating func add(_ article: Article) { add(SiteTemplate.keys(of: article), site: SiteTemplate.site(of: article.source)) }

        /// Every site's ``template(site:)``, worked out once for a whole batch.
        public func templates() -> [String: Set<UInt64>] {
            counts.mapValues { Set($0.lazy.filter { $0.value >= SiteTemplate.threshold }.map(\.key)) }
        }

        /// The keys of `site` seen in at least ``SiteTemplate/threshold`` articles.
        public func template(site: String) -> Set<UInt64> {
            guard let siteCounts = counts[site] else { return [] }
            return Set(siteCounts.lazy.filter { $0.value >= SiteTemplate.threshold }.map(\.key))
        }
    }
}
