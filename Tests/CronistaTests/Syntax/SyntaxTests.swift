import Foundation
import Testing

@testable import Cronista

/// The tagger, lemmatiser and parser: the shipped model on real news
/// sentences, training determinism, and the model files' failure modes.
@Suite struct SyntaxTests {
    static let model = Result { try SyntaxResources.portuguese().model }

    @Test(arguments: parserCases)
    func parsesRealSentences(_ example: ParserCase) throws {
        let forms = example.words.split(separator: " ").map(String.init)
        let parsed = try Self.model.get().analyze(forms)
        func index(_ name: String) throws -> Int {
            if name == "ROOT" { return 0 }
            let parts = name.split(separator: "#")
            let nth = parts.count > 1 ? Int(parts[1])! : 1
            let matches = forms.indices.filter { forms[$0] == String(parts[0]) }
            return try #require(matches.count >= nth ? matches[nth - 1] + 1 : nil, "no word \(name)")
        }
        for (dependent, head, relation) in example.arcs {
            let word = parsed[try index(dependent) - 1]
            #expect(word.head == (try index(head)), "\(dependent) → \(head)")
            #expect(relation.split(separator: "|").contains(Substring(word.relation)), "\(dependent) → \(head) as \(relation), got \(word.relation)")
        }
    }

    @Test func tagsAndLemmas() throws {
        let forms = ["Os", "ministros", "reuniram", "se", "e", "assinaram", "dois", "acordos", "."]
        let parsed = try Self.model.get().analyze(forms)
        #expect(parsed.map(\.tag) == [.det, .noun, .verb, .pron, .cconj, .verb, .num, .noun, .punct])
        #expect(parsed.map(\.lemma) == ["o", "ministro", "reunir", "se", "e", "assinar", "dois", "acordo", "."])
        #expect(parsed[2].feats.contains("Tense=Past") || parsed[2].feats.contains("Tense=Pqp"))
    }

    @Test func unseenFormsTakeSuffixRules() throws {
        let lemmatizer = try Self.model.get().lemmatizer
        #expect(lemmatizer.analyze("desnuclearizaram", tag: .verb).lemma == "desnuclearizar")
        #expect(lemmatizer.analyze("ciberataques", tag: .noun).lemma == "ciberataque")
    }

    @Test func trainingIsDeterministic() throws {
        let sentences = try CoNLLU.read(try Fixtures.text("ud/bosque-train-sample.conllu"))
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = 3
        options.parserEpochs = 3
        options.jackknifeFolds = 2
        let first = SyntaxModelFiles.write(SyntaxTrainer(options: options).train(sentences))
        let second = SyntaxModelFiles.write(SyntaxTrainer(options: options).train(sentences))
        #expect(first.map(\.0) == second.map(\.0))
        for (a, b) in zip(first, second) { #expect(a.1 == b.1, "\(a.0) differs between two trainings") }
        // What was written reads back and analyses the same.
        let model = try SyntaxModelFiles.read(
            model: first[0].1, lexicon: String(decoding: first[1].1, as: UTF8.self),
            rules: String(decoding: first[2].1, as: UTF8.self), folder: "test")
        #expect(model.parser.labels.contains("nsubj"))
    }

    @Test func corruptModelIsAnErrorNamingTheFile() throws {
        let files = SyntaxModelFiles.write(try Self.model.get())
        var bytes = files[0].1
        bytes[bytes.count / 2] ^= 0xFF
        #expect {
            try SyntaxModelFiles.read(model: bytes, lexicon: "", rules: "", folder: "pt/syntax")
        } throws: { "\($0)".contains("pt/syntax/model.bin") && "\($0)".contains("corrupt") }
        #expect {
            try SyntaxModelFiles.read(model: Array(bytes.prefix(5)), lexicon: "", rules: "", folder: "pt/syntax")
        } throws: { "\($0)".contains("pt/syntax/model.bin") }
    }

    @Test func badLexiconRowNamesFileAndLine() throws {
        let files = SyntaxModelFiles.write(try Self.model.get())
        #expect {
            try SyntaxModelFiles.read(model: files[0].1, lexicon: "# header\nfoi\tAUXX\tser\t_\n", rules: "", folder: "pt/syntax")
        } throws: { "\($0)" == "pt/syntax/lemmas.tsv:2: unknown UD tag 'AUXX'" }
    }

    @Test func conlluRoundTrips() throws {
        let text = try Fixtures.text("ud/bosque-train-sample.conllu")
        let sentences = try CoNLLU.read(text)
        #expect(sentences.count == 60)
        #expect(sentences[0].multiwordTokens == [UDMultiwordToken(first: 2, last: 3, form: "no")])
        #expect(try CoNLLU.read(CoNLLU.write(sentences)) == sentences)
        #expect {
            try CoNLLU.read("# text = x\n1\tx\tx\tNOUN\n", file: "bad.conllu")
        } throws: { "\($0)" == "bad.conllu:2: expected 10 tab-separated columns, found 4" }
    }

    @Test func projectivizerLiftsCrossingArcs() {
        // 1 ← 3, 2 ← 4 cross: 2 is lifted to 4's head.
        let heads = [3, 4, 0, 3]
        let lifted = Projectivizer.projectivize(heads)
        #expect(Projectivizer.shortestCrossing(lifted) == nil)
        #expect(lifted[0] == 3 && lifted[2] == 0)
    }
}
