import Cronista
import Foundation

/// A synthetic news stream for benchmarks: articles recombining real
/// sentences (from the given articles) with varied name spellings, people
/// and dates, written as JSON Lines shards.
struct CorpusGenerator {
    /// Spellings of one person that articles use interchangeably.
    static let spellings: [[String]] = [
        ["Serguei Lavrov", "Sergey Lavrov", "Sergei Lavrov"],
        ["Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"],
        ["Choe Son-hui", "Choe Son Hui"],
        ["Dmitri Peskov", "Dmitry Peskov"],
        ["Mikhail Mishoustin", "Mikhail Mishustin"],
        ["Volodymyr Zelensky", "Volodymyr Zelenski", "Volodymyr Zelenskiy"],
    ]

    /// People swapped for one another, so actors vary across articles.
    static let people = [
        "Vladimir Putin", "Xi Jinping", "Luiz Inácio Lula da Silva", "Emmanuel Macron", "Olaf Scholz",
        "Joe Biden", "Recep Tayyip Erdogan", "Narendra Modi", "Ursula von der Leyen", "António Guterres",
    ]

    var sentences: [String]
    var seed: UInt64

    /// Sentences of the articles under `paths`, cleaned by the analyzer.
    static func sentences(from paths: [String], analyzer: Analyzer) -> [String] {
        let reader = ArticleReader()
        var result: [String] = []
        for file in InputFiles.expand(paths).files {
            guard case .success(let bytes) = InputFiles.bytes(of: file, limit: InputFiles.hardByteLimit) else { continue }
            for case .success(let article) in reader.read(bytes, source: file, format: InputFiles.format(of: file)) {
                let analysis = analyzer.analyze(article)
                let scalars = Array(analysis.document.text.unicodeScalars)
                for span in analysis.sentences where span.length > 40 {
                    result.append(String(String.UnicodeScalarView(scalars[span.start..<span.end])))
                }
            }
        }
        return result
    }

    /// Writes `count` articles as `shardSize`-line JSON Lines files in `directory`.
    func write(count: Int, shardSize: Int = 1000, to directory: URL) throws -> [String] {
        var random = SplitMix64(seed: seed)
        var files: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var index = 0
        while index < count {
            let file = directory.appendingPathComponent(String(format: "shard-%05d.jsonl", files.count))
            var data = Data()
            for _ in 0..<min(shardSize, count - index) {
                data.append(try encoder.encode(article(index, &random)))
                data.append(0x0A)
                index += 1
            }
            try data.write(to: file)
            files.append(file.path)
        }
        return files
    }

    struct Record: Encodable {
        var id: String
        var url: String
        var published: String
        var text: String
    }

    func article(_ index: Int, _ random: inout SplitMix64) -> Record {
        let year = 2019 + Int(random.next() % 7)
        let month = 1 + Int(random.next() % 12)
        let day = 1 + Int(random.next() % 28)
        let published = String(format: "%04d-%02d-%02d", year, month, day)
        var lines: [String] = []
        for _ in 0..<(5 + Int(random.next() % 6)) {
            var sentence = sentences[Int(random.next() % UInt64(sentences.count))]
            for variants in Self.spellings {
                for variant in variants where sentence.contains(variant) {
                    sentence = sentence.replacingOccurrences(of: variant, with: variants[Int(random.next() % UInt64(variants.count))])
                }
            }
            if random.next() % 3 == 0, let person = Self.people.first(where: sentence.contains) {
                sentence = sentence.replacingOccurrences(of: person, with: Self.people[Int(random.next() % UInt64(Self.people.count))])
            }
            for old in ["2022", "2023", "2024", "2025"] where sentence.contains(old) {
                sentence = sentence.replacingOccurrences(of: old, with: String(year - Int(random.next() % 2)))
            }
            lines.append(sentence)
        }
        return Record(
            id: "bench-\(index)", url: "https://bench.example/\(index)", published: published,
            text: lines.joined(separator: "\n"))
    }
}
