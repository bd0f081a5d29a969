import Foundation

/// Extracts the article from an HTML page: its body text as lines (one per
/// paragraph, heading or list item), its title and its published date.
///
/// Scripts, styles, navigation, header, footer, asides, forms, figure
/// captions and any element whose class, id or role names a share, comment,
/// related-links, newsletter or advertising block are dropped. When the page
/// has an `<article>` (or `itemprop="articleBody"`) element, only its text is
/// kept. A line whose text is mostly link text (a menu, a list of related
/// headlines, tag links) is dropped: link density, as jusText and
/// trafilatura read it. The parser is tolerant: unclosed and stray tags do
/// not stop it.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// What was extracted from one page.
    public struct Page: Sendable, Equatable {
        public var title: String?
        /// `YYYY-MM-DD` (or coarser) from meta tags, `<time>` or JSON-LD.
        public var published: String?
        /// Body lines joined by line feeds.
        public var text: String
    }

    public func extract(_ html: String) -> Page {
        var parser = Scan(html: html.scalarArray)
        parser.run()
        let articleLines = parser.lines.filter { $0.inArticle }.map(\.text)
        let useArticle = articleLines.reduce(0) { $0 + $1.count } >= 200
        let lines = useArticle ? articleLines : parser.lines.map(\.text)
        let title = parser.metaTitle ?? parser.h1 ?? parser.titleTag
        return Page(title: title.map(Self.collapse), published: parser.published, text: lines.joined(separator: "\n"))
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.first!.isSpaceLike }).joined(separator: " ")
    }

    /// Elements whose whole content is dropped.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
        "iframe", "button", "select", "figcaption", "head", "object", "embed", "canvas", "video", "audio", "menu",
    ]
    /// Elements that end a line of text.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "br", "tr", "td",
        "section", "article", "main", "dd", "dt", "dl", "pre", "figure", "table", "hr",
    ]
    static let voidElements: Set<String> = [
        "br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track",
    ]
    /// Words in a class, id or role that mark a block as page furniture.
    static let furnitureWords: [String] = [
        "share", "sharing", "social", "comment", "related", "newsletter", "subscribe", "signup", "advert",
        "banner", "promo", "sidebar", "breadcrumb", "cookie", "navbar", "menu", "footer", "header", "tags",
        "recommend", "paywall", "outbrain", "taboola", "popup", "modal", "caption", "credit", "byline-share",
        "relacionadas", "relacionados", "relacionada", "relacionado", "comentarios", "partilha", "partilhar",
        "compartilhar", "publicidade", "pub", "ads", "ad", "sponsored", "widget", "ticker", "trending", "lidas",
        "maislidas", "mostread", "popular", "breadcrumbs", "pagination", "tagcloud",
    ]

    /// A line at least this share of whose letters are link text is a link list.
    static let linkDensity = 0.6
    /// Lines this long are prose with links in it, whatever their density.
    static let proseWords = 40

    /// One pass over the page.
    struct Scan {
        let html: [Unicode.Scalar]
        var i = 0
        var lines: [(text: String, inArticle: Bool)] = []
        var current = String.UnicodeScalarView()
        /// Letters of the current line, and how many of them are inside links.
        var letters = 0
        var linkLetters = 0
        var linkDepth = 0
        /// The current line is the page's headline (kept whatever its links).
        var lineIsHeadline = false
        var skipStack: [String] = []
        var articleDepth = 0
        var articleStack: [String] = []
        var metaTitle: String?
        var titleTag: String?
        var h1: String?
        var published: String?
        var capture: (name: String, text: String.UnicodeScalarView)?

        init(html: [Unicode.Scalar]) { self.html = html }

        mutating func run() {
            while i < html.count {
                if html[i] == "<" {
                    if startsWith("<!--") {
                        skip(past: "-->")
                        continue
                    }
                    if let tag = readTag() { handle(tag) }
                    continue
                }
                let start = i
                while i < html.count && html[i] != "<" { i += 1 }
                if skipStack.isEmpty { appendText(html[start..<i]) }
            }
            endLine()
        }

        mutating func appendText(_ scalars: ArraySlice<Unicode.Scalar>) {
            let decoded = HTMLEntities.decode(Substring(String(String.UnicodeScalarView(scalars))))
            for s in decoded.unicodeScalars {
                if s.isLetter {
                    letters += 1
                    if linkDepth > 0 { linkLetters += 1 }
                }
                if s.isSpaceLike {
                    if let last = current.last, !last.isSpaceLike { current.append(" ") }
                } else {
                    current.append(s)
                }
            }
            if capture != nil { capture!.text.append(contentsOf: decoded.unicodeScalars) }
        }

        mutating func endLine() {
            let text = HTMLArticleExtractor.collapse(String(current))
            let linked = letters > 0 && Double(linkLetters) >= Double(letters) * HTMLArticleExtractor.linkDensity
            let words = text.split(separator: " ").count
            let linkList = linked && words < HTMLArticleExtractor.proseWords && !lineIsHeadline
            if !text.isEmpty && !linkList { lines.append((text, articleDepth > 0)) }
            current = String.UnicodeScalarView()
            letters = 0
            linkLetters = 0
            lineIsHeadline = capture != nil
        }

        struct Tag {
            var name: String
            var closing: Bool
            var selfClosing: Bool
            var attributes: [String: String]
        }

        mutating func handle(_ tag: Tag) {
            let name = tag.name
            if name == "meta" { readMeta(tag.attributes); return }
            if name == "time", published == nil, let value = tag.attributes["datetime"] {
                published = HTMLArticleExtractor.isoDate(value)
            }
            if name == "script", !tag.closing, tag.attributes["type"]?.contains("ld+json") == true {
                let start = i
                skip(past: "</script>")
                if published == nil { published = HTMLArticleExtractor.jsonLDDate(html[start..<i]) }
                return
            }
            if name == "title", !tag.closing {
                let start = i
                skip(past: "</title>")
                let end = max(start, i - 8)
                let text = HTMLArticleExtractor.collapse(HTMLEntities.decode(Substring(String(scalars: html[start..<end]))))
                if !text.isEmpty { titleTag = text }
                return
            }
            if tag.closing {
                if let top = skipStack.last {
                    if top == name { skipStack.removeLast() }
                    return
                }
                if name == "a" { linkDepth = max(0, linkDepth - 1) }
                if let last = articleStack.last, last == name {
                    articleStack.removeLast()
                    articleDepth -= 1
                }
                if let c = capture, c.name == name {
                    let text = HTMLArticleExtractor.collapse(String(c.text))
                    if !text.isEmpty { h1 = text }
                    capture = nil
                }
                if HTMLArticleExtractor.blockElements.contains(name) { endLine() }
                return
            }
            if !skipStack.isEmpty {
                if !tag.selfClosing && !HTMLArticleExtractor.voidElements.contains(name) && skipStack.last == name {
                    skipStack.append(name)
                }
                return
            }
            if name == "h1" && h1 == nil { capture = (name, String.UnicodeScalarView()) }
            let isVoid = tag.selfClosing || HTMLArticleExtractor.voidElements.contains(name)
            if HTMLArticleExtractor.droppedElements.contains(name) || isFurniture(tag.attributes) {
                if !isVoid { endLine(); skipStack.append(name) }
                return
            }
            if name == "a", !isVoid, tag.attributes["href"] != nil { linkDepth += 1 }
            if !isVoid, name == "article" || name == "main" || tag.attributes["itemprop"] == "articleBody" {
                articleStack.append(name)
                articleDepth += 1
            }
            if HTMLArticleExtractor.blockElements.contains(name) { endLine() }
        }

        func isFurniture(_ attributes: [String: String]) -> Bool {
            let names = [attributes["class"], attributes["id"], attributes["role"]].compactMap { $0?.lowercased() }
            guard !names.isEmpty else { return false }
            if attributes["role"] == "navigation" || attributes["role"] == "banner" || attributes["role"] == "contentinfo" {
                return true
            }
            return names.contains { value in
                HTMLArticleExtractor.furnitureWords.contains { word in
                    value.split(whereSeparator: { !$0.isLetter }).contains { $0 == word || $0.hasPrefix(word + "s") }
                }
            }
        }

        mutating func readMeta(_ attributes: [String: String]) {
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            guard let content = attributes["content"] else { return }
            switch key {
            case "og:title", "twitter:title":
                if metaTitle == nil { metaTitle = HTMLEntities.decode(Substring(content)) }
            case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
                "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time", "publication_date":
                if published == nil { published = HTMLArticleExtractor.isoDate(content) }
            default: break
            }
        }

        func startsWith(_ text: String) -> Bool {
            var j = i
            for s in text.unicodeScalars {
                guard j < html.count, TextFolding.foldScalar(html[j]) == s else { return false }
                j += 1
            }
            return true
        }

        mutating func skip(past terminator: String) {
            while i < html.count && !startsWith(terminator) { i += 1 }
            i = min(html.count, i + terminator.unicodeScalars.count)
        }

        /// Reads a tag starting at `<`; nil (and consumes the `<` as text) when it is not one.
        mutating func readTag() -> Tag? {
            var j = i + 1
            var closing = false
            if j < html.count && html[j] == "/" { closing = true; j += 1 }
            guard j < html.count, html[j].isLetter || html[j] == "!" || html[j] == "?" else {
                if skipStack.isEmpty { appendText(html[i..<i + 1]) }
                i += 1
                return nil
            }
            let nameStart = j
            while j < html.count, !html[j].isSpaceLike, html[j] != ">", html[j] != "/" { j += 1 }
            let name = String(scalars: html[nameStart..<j]).lowercased()
            var attributes: [String: String] = [:]
            var selfClosing = false
            while j < html.count && html[j] != ">" {
                if html[j] == "/" { selfClosing = true; j += 1; continue }
                if html[j].isSpaceLike { j += 1; continue }
                let keyStart = j
                while j < html.count, !html[j].isSpaceLike, html[j] != "=", html[j] != ">", html[j] != "/" { j += 1 }
                let key = String(scalars: html[keyStart..<j]).lowercased()
                var value = ""
                while j < html.count && html[j].isSpaceLike { j += 1 }
                if j < html.count && html[j] == "=" {
                    j += 1
                    while j < html.count && html[j].isSpaceLike { j += 1 }
                    if j < html.count, html[j] == "\"" || html[j] == "'" {
                        let quote = html[j]
                        j += 1
                        let valueStart = j
                        while j < html.count && html[j] != quote { j += 1 }
                        value = String(scalars: html[valueStart..<j])
                        j += 1
                    } else {
                        let valueStart = j
                        while j < html.count, !html[j].isSpaceLike, html[j] != ">" { j += 1 }
                        value = String(scalars: html[valueStart..<j])
                    }
                    selfClosing = false
                }
                if !key.isEmpty { attributes[key] = HTMLEntities.decode(Substring(value)) }
                if keyStart == j { j += 1 }
            }
            i = min(html.count, j + 1)
            return Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes)
        }
    }

    /// The date part of an ISO-like timestamp (`2024-06-19T08:23:00Z` → `2024-06-19`).
    static func isoDate(_ value: String) -> String? {
        let prefix = String(value.trimmingCharacters(in: .whitespaces).prefix(10))
        if MetadataHeader.isPartialISODate(prefix) { return prefix }
        let month = String(prefix.prefix(7))
        return MetadataHeader.isPartialISODate(month) ? month : nil
    }

    /// `"datePublished": "…"` in a JSON-LD block.
    static func jsonLDDate(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        let text = String(String.UnicodeScalarView(scalars))
        guard let key = text.range(of: "\"datePublished\"") else { return nil }
        let rest = text[key.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\"" }
        return isoDate(String(rest.prefix(25)))
    }
}
