import Cronista
import Foundation

/// Whether analysis time grows linearly with an article's length, on the
/// shapes that used to make it grow faster: one paragraph of real
/// sentences with no line break, a run of one word before a trigger
/// (`a a a … chinês concordou`), a text of straight quotes, a name
/// repeated as a list (`Putin, Putin, …`). Each shape at 10 KB, 100 KB and
/// 1 MB, analysed once; the ratios of successive times are ~10 when time
/// is linear (100 when quadratic).
struct LinearityBench {
    /// The article sizes measured, in bytes of text.
    static let sizes = [10_000, 100_000, 1_000_000]

    /// One article shape, made to a given size.
    struct Shape {
        var name: String
        var make: (Int) -> String
    }

    /// The shapes; `sentences` are real sentences, joined into one paragraph.
    static func shapes(sentences: [String]) -> [Shape] {
        let paragraph = sentences.joined(separator: " ")
        return [
            Shape(name: "one paragraph") { size in Self.repeated(paragraph, separator: " ", to: size) },
            Shape(name: "'a '×N + concordou") { size in String(repeating: "a ", count: max(0, size - 20) / 2) + " chinês concordou" },
            Shape(name: "straight quotes") { size in String(repeating: "\"", count: size) },
            Shape(name: "'Putin, '×N") { size in String(repeating: "Putin, ", count: size / 7) },
        ]
    }

    /// `text` repeated (with `separator`) and cut to at most `size` UTF-8 bytes at a space.
    static func repeated(_ text: String, separator: String, to size: Int) -> String {
        guard !text.isEmpty else { return "" }
        var result = ""
        result.reserveCapacity(size + text.utf8.count)
        while result.utf8.count < size { result += (result.isEmpty ? "" : separator) + text }
        var scalars = Array(result.unicodeScalars)
        var bytes = result.utf8.count
        while bytes > size, let last = scalars.popLast() { bytes -= String(last).utf8.count }
        while let last = scalars.last, last != " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Measures every shape at every size and prints one row per shape.
    static func run(_ analyzer: Analyzer, articles: [Article]) {
        var sentences: [String] = []
        for article in articles.prefix(20) {
            let analysis = analyzer.analyze(article)
            let scalars = Array(analysis.document.text.unicodeScalars)
            for s in analysis.sentences where s.end - s.start > 40 {
                sentences.append(String(String.UnicodeScalarView(scalars[s.start..<s.end])).replacingOccurrences(of: "\n", with: " "))
            }
        }
        if sentences.isEmpty { sentences = ["O Presidente russo chegou a Pyongyang para uma visita de Estado de dois dias."] }
        print("  linear time: one article of each shape and size, seconds (ratio to the size before; 10 = linear)")
        let header = sizes.map { "\($0 / 1000) KB" }
        print("    " + "shape".padding(toLength: 22, withPad: " ", startingAt: 0) + header.map { $0.padding(toLength: 16, withPad: " ", startingAt: 0) }.joined())
        for shape in shapes(sentences: sentences) {
            var cells: [String] = []
            var previous: Double?
            for size in sizes {
                let text = shape.make(size)
                let article = Article(id: "bench", source: "bench", published: "2024-06-19", publishedFrom: .input, text: text)
                var checksum = 0
                let seconds = ContinuousClock().measure {
                    let analysis = analyzer.analyze(article)
                    checksum &+= analysis.sentences.count + analysis.entities.count
                }.seconds
                if checksum == -1 { print("") }
                let ratio = previous.map { String(format: " (×%.1f)", seconds / max($0, 1e-6)) } ?? ""
                cells.append((String(format: "%.3f", seconds) + ratio).padding(toLength: 16, withPad: " ", startingAt: 0))
                previous = seconds
            }
            print("    " + shape.name.padding(toLength: 22, withPad: " ", startingAt: 0) + cells.joined())
        }
    }
}
