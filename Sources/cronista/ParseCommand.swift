import ArgumentParser
import Cronista
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the syntax of articles or of a treebank as CoNLL-U.",
        discussion: """
            Raw text in (articles, as `analyze` reads them): sentences, words, lemmas, tags, heads and relations out. \
            With --conllu, the gold-tokenised sentences of a CoNLL-U file are parsed and printed with the same ids, \
            so any standard UD evaluator can score them.
            """)

    @Argument(help: "Article files or folders; with --conllu, CoNLL-U files.")
    var paths: [String]

    @Flag(help: "Read CoNLL-U files and re-analyse their gold words.")
    var conllu = false

    func run() throws {
        let syntax = try SyntaxResources.portuguese()
        if conllu {
            for path in paths {
                let sentences = try CoNLLU.read(try readText(path), file: path)
                try StandardOutput.write(Data(CoNLLU.write(sentences.map(syntax.model.reanalyze)).utf8))
            }
            return
        }
        let analyzer = Analyzer(resources: try .portuguese(), syntax: syntax, stages: [.syntax])
        let reader = ArticleReader()
        let (files, problems) = InputFiles.expand(paths)
        var failed = !problems.isEmpty
        for problem in problems { printError(problem.description) }
        for file in files {
            let bytes: [UInt8]
            switch InputFiles.bytes(of: file, limit: InputFiles.hardByteLimit) {
            case .success(let b): bytes = b
            case .failure(let failure):
                printError(failure.description)
                failed = true
                continue
            }
            for result in reader.read(bytes, source: file, format: InputFiles.format(of: file)) {
                switch result {
                case .failure(let failure):
                    printError(failure.description)
                    failed = true
                case .success(let article):
                    let document = analyzer.document(for: article)
                    try StandardOutput.write(Data(CoNLLU.write(Self.sentences(of: document, name: article.name ?? file)).utf8))
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The document's sentences as CoNLL-U, contractions as multiword tokens.
    static func sentences(of document: Document, name: String) -> [UDSentence] {
        let ranges = document.sentenceWordRanges
        return document.sentences.enumerated().map { s, span in
            let words = document.words[ranges[s]]
            var sentence = UDSentence(
                id: "\(name)-\(s + 1)", text: String(String.UnicodeScalarView(document.scalars[span.start..<span.end])),
                comments: ["sent_id = \(name)-\(s + 1)",
                           "text = \(String(String.UnicodeScalarView(document.scalars[span.start..<span.end])))"],
                words: words.map {
                    UDWord(form: $0.form, lemma: $0.lemma, upos: $0.upos, feats: $0.feats, head: $0.head, deprel: $0.deprel)
                })
            var i = words.startIndex
            while i < words.endIndex {
                var j = i + 1
                while j < words.endIndex && words[j].start == words[i].start { j += 1 }
                if j - i > 1 {
                    let w = words[i]
                    sentence.multiwordTokens.append(
                        UDMultiwordToken(
                            first: w.id, last: w.id + j - i - 1,
                            form: String(String.UnicodeScalarView(document.scalars[w.start..<w.end]))))
                }
                i = j
            }
            return sentence
        }
    }
}
