import Foundation
import Testing

/// `analyze --threads N` (issue 16): the same output, errors and exit code
/// on any number of threads, in input order, with JSON Lines streamed.
@Suite struct ParallelAnalyzeTests {
    /// Real articles, an HTML page, bad inputs and a JSON Lines file with good and bad records.
    static func mixedFolder() throws -> TemporaryDirectory {
        let folder = try AnalyzeCommandTests.inputFolder()
        try folder.copy(fixture: "stream/rtp-three-articles.jsonl", to: "in/rtp.jsonl")
        try folder.write("in/vazio.txt", [])
        try folder.write("in/imagem.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        let lines = [AnalyzeCommandTests.jsonLines[0], #"{"id": "partido", "text": "sem fecho"#, "", AnalyzeCommandTests.jsonLines[1], #"{"id": "vazio"}"#]
        try folder.write("in/feed.jsonl", Array(lines.joined(separator: "\r\n").utf8))
        return folder
    }

    @Test func anyNumberOfThreadsGivesTheSameOutputInOrder() throws {
        let folder = try Self.mixedFolder()
        let input = folder.path("in").path
        let one = try CLI.run(["analyze", "--threads", "1", input])
        #expect(one.status == 1)
        #expect(one.stdoutLines.count == 12, "\(one.stderr)")
        #expect(one.stderrLines.count == 4, "\(one.stderr)")
        for threads in ["2", "3", "8"] {
            let run = try CLI.run(["analyze", "--threads", threads, input])
            #expect(run.status == one.status, "\(threads) threads")
            #expect(run.stdout == one.stdout, "\(threads) threads")
            #expect(run.stderr == one.stderr, "\(threads) threads")
        }
        // Input order: the files sorted by path, each file's articles in its own order.
        let sources = try one.stdoutLines.map { try #require((try CLI.object($0))["document"] as? [String: Any])["source"] as? String ?? "" }
        #expect(sources.firstIndex { $0.hasSuffix("01_lula-chega-pequim.txt") }! < sources.firstIndex { $0.contains("exemplo.br/lula") }!)
    }

    @Test func jsonDirIsTheSameOnAnyNumberOfThreads() throws {
        let folder = try Self.mixedFolder()
        var outputs: [[String: Data]] = []
        for threads in ["1", "2"] {
            let out = folder.path("out-\(threads)")
            let run = try CLI.run(["analyze", "--threads", threads, "--json-dir", out.path, folder.path("in").path])
            #expect(run.status == 1)
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            outputs.append(files)
        }
        #expect(outputs[0].count == 12)
        #expect(outputs[0] == outputs[1])
    }

    /// A JSON Lines file larger than one read, its records padded: every
    /// record analysed once, in the file's order, on two threads.
    @Test func aLongJSONLinesFileIsReadWholeAndInOrder() throws {
        let folder = try TemporaryDirectory()
        let padding = String(repeating: "p", count: 4000)
        let count = 300
        let lines = (1...count).map { #"{"id": "n\#($0)", "url": "https://exemplo.pt/\#($0)", "pad": "\#(padding)", "text": "O ministro chegou a Luanda no dia \#($0)."}"# }
        let file = try folder.write("longo.jsonl", Array((lines.joined(separator: "\n") + "\n").utf8))
        #expect(try Data(contentsOf: file).count > 1 << 20)
        let run = try CLI.run(["analyze", "--threads", "2", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let sources = try run.stdoutLines.map { try #require((try CLI.object($0))["document"] as? [String: Any])["source"] as? String ?? "" }
        #expect(sources == (1...count).map { "https://exemplo.pt/\($0)" })
    }

    /// A JSON Lines file that is not text names the file once; one whose
    /// records are all bad reports each record.
    @Test func aJSONLinesFileWithNoGoodRecord() throws {
        let folder = try TemporaryDirectory()
        var binary: [UInt8] = Array("{\"id\": \"x\"\n".utf8)
        for k in 0..<600 { binary.append(UInt8(truncatingIfNeeded: k * 7)) }
        let bin = try folder.write("imagem.jsonl", binary)
        let bad = try folder.write("maus.jsonl", Array("{\"id\": \"a\"}\n{oops\n\n".utf8))
        let blank = try folder.write("branco.jsonl", Array(" \n\n".utf8))
        for threads in ["1", "2"] {
            let run = try CLI.run(["analyze", "--threads", threads, bin.path, bad.path, blank.path])
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            let errors = run.stderrLines
            #expect(errors.count == 4, "\(run.stderr)")
            guard errors.count == 4 else { continue }
            #expect(errors[0].contains(bin.path + ": binary"), "\(errors[0])")
            #expect(errors[1].contains(bad.path + ":1: record has neither"), "\(errors[1])")
            #expect(errors[2].contains(bad.path + ":2: malformed JSON"), "\(errors[2])")
            #expect(errors[3].contains(blank.path + ": empty input"), "\(errors[3])")
        }
    }

    @Test func zeroThreadsIsRefused() throws {
        let run = try CLI.run(["analyze", "--threads", "0", CLI.fixture("dev/01_lula-chega-pequim.txt").path])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--threads"))
    }
}
