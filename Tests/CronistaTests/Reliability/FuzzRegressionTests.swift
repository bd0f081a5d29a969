import Foundation
import Testing

@testable import Cronista

/// The inputs the fuzzer found crashing, and the crash cases of issue 14 in
/// the fuzzer's format, kept in `Fixtures/fuzz/` and replayed as the fuzz
/// harness (`Sources/CronistaFuzz`) runs them: first byte the reader (0
/// text, 1 HTML, 2 JSON Lines), second byte odd for the syntax stage.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        guard let root = try? Fixtures.root.appendingPathComponent("fuzz"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static let analyzer = try! Analyzer.portuguese()
    static let syntaxAnalyzer = try! Analyzer.portuguese(stages: Analyzer.Stages.all.union(.syntax))

    @Test func thereAreSavedInputs() {
        #expect(Self.inputs.count >= 3)
    }

    @Test(arguments: inputs)
    func savedInputRunsThrough(_ name: String) throws {
        let data = try Fixtures.bytes("fuzz/" + name)
        try #require(data.count >= 2)
        let format: ArticleReader.Format = [.text, .html, .jsonLines][Int(data[0] % 3)]
        let analyzer = data[1] & 1 == 1 ? Self.syntaxAnalyzer : Self.analyzer
        let encoder = JSONEncoder()
        for case .success(let article) in ArticleReader().read(Array(data[2...]), source: name, format: format) {
            let analysis = analyzer.analyze(article, fallbackPublished: "2024-06-19")
            #expect(try !encoder.encode(analysis).isEmpty)
        }
    }
}
