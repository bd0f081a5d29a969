import Foundation
import Testing

@testable import Cronista

/// Every data file of `Resources/pt` loads through its loader, row by row,
/// and a bad row fails with its file and line.
@Suite struct ResourceFilesTests {
    /// Paths read by a load, collected across the loaders.
    final class ReadLog: @unchecked Sendable {
        private let lock = NSLock()
        private var read: Set<String> = []
        func record(_ path: String) { lock.withLock { _ = read.insert(path) } }
        var paths: Set<String> { lock.withLock { read } }
    }

    /// The data files of the folder: everything but the attribution notes.
    static let dataFiles = ResourceFile.names(language: "pt").filter { !$0.hasSuffix(".md") }

    @Test func everyDataFileLoadsAndIsUsed() throws {
        #expect(Self.dataFiles.count >= 25, "\(Self.dataFiles)")
        let log = ReadLog()
        _ = try LanguageResources.load(from: ResourceSource(language: "pt", onRead: { log.record($0) }))
        _ = try SyntaxResources.load(from: ResourceSource(language: "pt", onRead: { log.record($0) }))
        let read = log.paths
        let unused = Set(Self.dataFiles).subtracting(read)
        #expect(unused.isEmpty, "data files no loader reads: \(unused.sorted())")
        #expect(read.isSubset(of: Set(Self.dataFiles)), "read but not in the folder: \(read.subtracting(Self.dataFiles))")
    }

    @Test func rowsKeepTheirLineNumbers() {
        let rows = TabularText.rows("# comment\n\na\tb\r\n\n# more\nc\t\n", file: "pt/x.tsv")
        #expect(rows.map(\.line) == [3, 6])
        #expect(rows.map(\.columns) == [["a", "b"], ["c", ""]])
        #expect(rows[1][5] == "" && rows[1].optional(1) == nil)
    }

    /// A sample file with one bad row at a known line, the loader that reads it, and the reason's gist.
    struct Sample: Sendable, CustomStringConvertible {
        var path: String
        var text: String
        var line: Int
        var reason: String
        var description: String { "\(path):\(line)" }
    }

    static let samples: [Sample] = [
        Sample(path: "events/triggers.tsv", text: "# lemma\tpos\ttype\nvisitar\tverb\tCONSULT\tvisit\t042\tsubject>object\nlutar\tverb\tFIGHTING\n", line: 3, reason: "FIGHTING"),
        Sample(path: "events/triggers.tsv", text: "atacar\tverb\tASSAULT\t\t\tsubject>objet\n", line: 1, reason: "subject>objet"),
        Sample(path: "events/triggers.tsv", text: "\n\natacar\tverbo\tASSAULT\n", line: 3, reason: "verbo"),
        Sample(path: "events/triggers.tsv", text: "atacar\n", line: 1, reason: "columns"),
        Sample(path: "events/cues.tsv", text: "# c\nnão\tnegation\nsegundo\treporting\n", line: 3, reason: "reporting"),
        Sample(path: "events/plover.tsv", text: "CONSULT\t\tmuito\t040\n", line: 1, reason: "muito"),
        Sample(path: "events/frames.tsv", text: "# f\nmutual\tactive\tactor\tnsubj obl/com\nmutual\tactive\tactor\tnsubj\n", line: 3, reason: "twice"),
        Sample(path: "events/frames.tsv", text: "subject>object\tactive\tactor\tsubject\n", line: 1, reason: "subject"),
        Sample(path: "events/frames.tsv", text: "subject>object\tmiddle\tactor\tnsubj\n", line: 1, reason: "middle"),
        Sample(path: "events/frames.tsv", text: "subject>object\tactive\tactor\tccomp.sujeito\n", line: 1, reason: "sujeito"),
        Sample(path: "events/agents.tsv", text: "polícia\tCOP\tyes\nexército\tARMY\tyes\n", line: 2, reason: "ARMY"),
        Sample(path: "events/agents.tsv", text: "polícia\tCOP\ttalvez\n", line: 1, reason: "talvez"),
        Sample(path: "events/argument-words.tsv", text: "coordinators\te | ,\nconjunctions\te\n", line: 2, reason: "conjunctions"),
        Sample(path: "endings.tsv", text: "infinitive\tar | er\n", line: 2, reason: "missing"),
        Sample(path: "verbs-irregular.tsv", text: "ter\tpresent\ttem|têm\nter\tpassado\tteve\n", line: 2, reason: "passado"),
        Sample(path: "roles.tsv", text: "ministro\tminister\tGOVERNO\n", line: 1, reason: "GOVERNO"),
        Sample(path: "entity-heads.tsv", text: "ministério\tORG\tGOV\ttalvez\n", line: 1, reason: "talvez"),
        Sample(path: "gazetteer/places.tsv", text: "Cabul\tAFG\t34.5\t69.1\tcapital\nLisboa\tPRT\tnorte\t-9.1\tcity\n", line: 2, reason: "norte"),
        Sample(path: "gazetteer/countries.tsv", text: "PRT\tPortugal\t\t\tLisboa\tEUROPA\t\n", line: 1, reason: "EUROPA"),
        Sample(path: "gazetteer/organizations.tsv", text: "un\tGROUP\tUN\tIGO\tONU\n", line: 1, reason: "GROUP"),
        Sample(path: "people.tsv", text: "x\tFulano de Tal\t\tPRT\tGOV\tpresident\t2020-13-01\t\n", line: 1, reason: "2020-13-01"),
        Sample(path: "quantities.tsv", text: "cinco\tnumber\t5\nseis\tnumero\t6\n", line: 2, reason: "numero"),
        Sample(path: "quantities.tsv", text: "cinco\tnumber\tcinco\n", line: 1, reason: "number"),
        Sample(path: "months.tsv", text: "1\tjaneiro\n13\tundecimber\n", line: 2, reason: "13"),
        Sample(path: "boilerplate.tsv", text: "related-link\tanywhere\tleia também\n", line: 1, reason: "anywhere"),
        Sample(path: "datelines.tsv", text: "publicado em\textra\n", line: 1, reason: "columns"),
        Sample(path: "agencies.tsv", text: "# a\nLusa\tLusa\nReuters\n", line: 3, reason: "columns"),
        Sample(path: "agencies.tsv", text: "---\tLusa\n", line: 1, reason: "no word"),
        Sample(path: "credits.tsv", text: "source\tfonte\nautor\tpor\n", line: 2, reason: "autor"),
        Sample(path: "timestamps.tsv", text: "unit\tminutos\nunidade\thoras\n", line: 2, reason: "unidade"),
        Sample(path: "timestamps.tsv", text: "filler\thá pouco\n", line: 1, reason: "one word"),
        Sample(path: "variant-cues.tsv", text: "moscovo\tpt-PT\t3\nmoscou\tpt-XX\t3\n", line: 2, reason: "pt-XX"),
        Sample(path: "country-descriptions.tsv", text: "país asiático\tASIA\n", line: 1, reason: "ASIA"),
        Sample(path: "function-words.txt", text: "# x\no\na\tb\n", line: 3, reason: "tab"),
        Sample(path: "abbreviations.txt", text: "sr\ndr.\n", line: 2, reason: "stop"),
        Sample(path: "plurals.tsv", text: "pluralize\tão\tões\nplural\tal\tais\n", line: 2, reason: "plural"),
        Sample(path: "time/relative.tsv", text: "ontem\tday\t-1\namanhã\tdia\t1\n", line: 2, reason: "dia"),
        Sample(path: "time/periods.tsv", text: "Natal\t12-25\nPáscoa\tspring\n", line: 2, reason: "spring"),
        Sample(path: "time/words.tsv", text: "openers\tem\n", line: 2, reason: "missing"),
        Sample(path: "time/future-cues.txt", text: "vai\nvão a\n", line: 2, reason: "one word"),
    ]

    @Test(arguments: samples)
    func malformedRowNamesFileAndLine(sample: Sample) throws {
        let source = ResourceSource.bundle("pt").replacing(sample.path, with: sample.text)
        do {
            _ = try LanguageResources.load(from: source)
            Issue.record("\(sample) loaded without error")
        } catch let ResourceError.malformed(file, line, reason) {
            #expect(file == "pt/\(sample.path)")
            #expect(line == sample.line, "\(reason)")
            #expect(reason.contains(sample.reason), "\(reason)")
        }
    }

    @Test func loaderReadsFromText() throws {
        var vocabulary = Vocabulary()
        let source = ResourceSource.bundle("pt").replacing("roles.tsv", with: "# role\nembaixador|embaixadora\tambassador\tGOV\n")
        let roles = try RoleLexicon.load(from: source, vocabulary: &vocabulary)
        #expect(roles.roles == [RoleLexicon.Role(role: "ambassador", sector: .government)])
        #expect(ResourceError.malformed(file: "pt/roles.tsv", line: 4, reason: "bad").description == "pt/roles.tsv:4: bad")
    }
}
