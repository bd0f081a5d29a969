import ArgumentParser
import Cronista
import CronistaEvaluation
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train language models from annotated data.",
        subcommands: [TrainSyntaxCommand.self])
}

struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Train the tagger, lemmatiser and parser on Universal Dependencies treebanks.",
        discussion: "Reads TREEBANK/train.conllu of each --treebank, trains deterministically and writes the model into --output; prints the figures on each treebank's dev.conllu (and test.conllu with --test).")

    @Option(name: .customLong("treebank"), help: "A folder holding train.conllu (and dev.conllu); repeatable.")
    var treebanks: [String] = []

    @Option(help: "Where to write the model files.")
    var output = "Sources/Cronista/Resources/pt/syntax"

    @Option(help: "Tagger training epochs.")
    var taggerEpochs = 16

    @Option(help: "Parser training epochs.")
    var parserEpochs = 15

    @Option(help: "Folds for training the parser on predicted tags (0: gold tags).")
    var jackknife = 4

    @Option(help: "Drop weights of this magnitude or less (model size).")
    var prune: Float = 1

    @Flag(help: "Also score each treebank's test.conllu.")
    var test = false

    @Flag(help: "Score only; write nothing.")
    var dryRun = false

    @Flag(help: "Train nothing: read the model in --output (any readable version) and write it again in the current file format, with the same weights.")
    var rewrite = false

    func validate() throws {
        if treebanks.isEmpty && !rewrite { throw ValidationError("give at least one --treebank (or --rewrite)") }
    }

    func run() throws {
        if rewrite {
            func file(_ name: String) throws -> Data {
                let path = (output as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot be read") }
                return data
            }
            let model = try SyntaxModelFiles.read(
                model: [UInt8](try file(SyntaxModelFiles.modelFile)),
                lexicon: String(decoding: try file(SyntaxModelFiles.lexiconFile), as: UTF8.self),
                rules: String(decoding: try file(SyntaxModelFiles.rulesFile), as: UTF8.self), folder: output)
            let bytes = SyntaxModelFiles.write(model)[0].1
            try Data(bytes).write(to: URL(fileURLWithPath: (output as NSString).appendingPathComponent(SyntaxModelFiles.modelFile)))
            printError("rewrote \(SyntaxModelFiles.modelFile) (\(bytes.count) bytes)")
            return
        }
        var sentences: [UDSentence] = []
        for treebank in treebanks {
            let path = (treebank as NSString).appendingPathComponent("train.conllu")
            sentences += try CoNLLU.read(try readText(path), file: path)
        }
        printError("training on \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.words.count }) words")
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.jackknifeFolds = jackknife
        options.minimumWeight = prune
        let start = Date()
        let model = SyntaxTrainer(options: options, log: { printError($0) }).train(sentences)
        printError(String(format: "trained in %.1f s", Date().timeIntervalSince(start)))
        var splits = ["dev"]
        if test { splits.append("test") }
        for treebank in treebanks + (test ? ["../shared/ud/porttinari"] : []) {
            for split in splits {
                let path = (treebank as NSString).appendingPathComponent("\(split).conllu")
                guard FileManager.default.fileExists(atPath: path) else { continue }
                var score = UDScore()
                for sentence in try CoNLLU.read(try readText(path), file: path) {
                    score.add(gold: sentence, predicted: model.reanalyze(sentence))
                }
                print("\(path)\t\(score.summary)")
            }
        }
        if !dryRun {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for (name, bytes) in SyntaxModelFiles.write(model) {
                try Data(bytes).write(to: URL(fileURLWithPath: (output as NSString).appendingPathComponent(name)))
                printError("wrote \(name) (\(bytes.count) bytes)")
            }
        }
    }
}

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("\(path): cannot be read")
    }
    return String(decoding: data, as: UTF8.self)
}
