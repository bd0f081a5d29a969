import ArgumentParser
import Cronista
import CronistaEvaluation
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the analysis of annotated articles (NAME.txt beside NAME.gold.json) against their gold.",
        discussion: "A measurement: it prints every figure of spec/GOLD.md and never fails on low figures.")

    @Argument(help: "Folders holding NAME.txt and NAME.gold.json pairs.")
    var directories: [String] = []

    @Option(name: .customLong("ud"), help: "Score the syntax on a CoNLL-U treebank file instead (repeatable): UPOS, features, lemma, UAS, LAS on gold words; sentence and word segmentation F1 on the raw text.")
    var treebanks: [String] = []

    @Option(help: "Score precomputed analyses (DIR/NAME.json) instead of running the pipeline.")
    var analyses: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "List each miss and false alarm, per document.")
    var verbose = false

    func validate() throws {
        if directories.isEmpty && treebanks.isEmpty { throw ValidationError("give folders of annotated articles, or --ud FILE.conllu") }
    }

    func run() throws {
        if !treebanks.isEmpty { return try runTreebanks() }
        let analyzer = try Analyzer.portuguese()
        let reader = ArticleReader()
        let scorer = Scorer()
        var documents: [DocumentScore] = []
        let decoder = JSONDecoder()
        var failed = false
        if let analyses {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: analyses, isDirectory: &isDirectory), isDirectory.boolValue else {
                printError("\(analyses): --analyses is not a folder")
                throw ExitCode(1)
            }
        }
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if names.isEmpty {
                printError("\(directory): no such folder, or empty")
                failed = true
            }
            for name in names.sorted() where name.hasSuffix(".gold.json") {
                let base = String(name.dropLast(".gold.json".count))
                let textPath = (directory as NSString).appendingPathComponent(base + ".txt")
                let goldPath = (directory as NSString).appendingPathComponent(name)
                do {
                    let gold = try decoder.decode(GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: goldPath)))
                    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: textPath)))
                    let original = (try? InputDecoding.decode(bytes).text) ?? ""
                    let analysis: Analysis
                    if let analyses {
                        let path = (analyses as NSString).appendingPathComponent(base + ".json")
                        analysis = try decoder.decode(Analysis.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                    } else {
                        guard case .success(let article) = reader.read(bytes, source: textPath, format: .text).first else {
                            printError("\(textPath): cannot be read")
                            failed = true
                            continue
                        }
                        analysis = analyzer.analyze(article)
                    }
                    documents.append(scorer.score(analysis, gold: gold, original: original, name: base))
                } catch {
                    printError("\(goldPath): \(error)")
                    failed = true
                }
            }
        }
        let report = EvaluationReport(documents: documents)
        if json {
            try printJSON(report)
        } else {
            printTable(report)
        }
        if failed || documents.isEmpty { throw ExitCode(1) }
    }

    private func printTable(_ report: EvaluationReport) {
        if verbose {
            for document in report.documents where !document.notes.isEmpty {
                print("## \(document.name)")
                for note in document.notes { print("  \(note)") }
            }
            print("")
        }
        print("Cronista evaluation: \(report.documents.count) documents")
        let width = report.figures.map(\.name.count).max() ?? 20
        for figure in report.figures {
            let value = figure.value.map { String(format: "%.3f", $0) } ?? "  -  "
            print(figure.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value + "   (\(figure.support))")
        }
    }

    private func printJSON(_ report: EvaluationReport) throws {
        var figures: [String: Any] = [:]
        var support: [String: Any] = [:]
        for figure in report.figures {
            figures[figure.name] = figure.value ?? NSNull()
            support[figure.name] = figure.support
        }
        var object: [String: Any] = ["documents": report.documents.count, "figures": figures, "support": support]
        if verbose { object["notes"] = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.name, $0.notes) }) }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}

extension EvalCommand {
    func runTreebanks() throws {
        let syntax = try SyntaxResources.portuguese()
        let analyzer = Analyzer(resources: try .portuguese(), syntax: syntax, stages: [.syntax])
        for path in treebanks {
            let sentences = try CoNLLU.read(try readText(path), file: path)
            var tagging = UDScore()
            for sentence in sentences { tagging.add(gold: sentence, predicted: syntax.model.reanalyze(sentence)) }
            var segmentation = UDSegmentationScore()
            for document in UDSegmentationScore.documents(sentences) {
                segmentation.add(document) { analyzer.document(ofPlainText: $0) }
            }
            print("\(path)")
            print("  gold words:  \(tagging.summary)")
            print("  raw text:    \(segmentation.summary)")
        }
    }
}
