import Cronista
import Foundation
import Testing

/// `cronista analyze`, run as a process on real articles and bad inputs.
@Suite struct AnalyzeCommandTests {
    static let articles = [
        "seeds/000_7a8fabd987615f2e.txt",
        "seeds/003_3b7088970f3e0a81.txt",
        "seeds/004_631678cb1dca9b05.txt",
        "dev/01_lula-chega-pequim.txt",
        "dev/05_kremlin-residencia-putin.txt",
        "dev/08_china-retaliacao-tarifas-eua.txt",
    ]

    /// A folder with the real `.txt` articles, their gold files (which
    /// analyze must skip) and the HTML page.
    static func inputFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for article in articles {
            let name = (article as NSString).lastPathComponent
            try folder.copy(fixture: article, to: "in/\(name)")
            try folder.copy(fixture: String(article.dropLast(4)) + ".gold.json", to: "in/" + String(name.dropLast(4)) + ".gold.json")
        }
        try folder.copy(fixture: "html/noticia-completa.html", to: "in/pagina/noticia-completa.html")
        return folder
    }

    static let jsonLines = [
        #"{"id": "lula-pequim", "url": "https://exemplo.br/lula", "published": "2025-05-10", "text": "O presidente Lula chegou a Pequim na noite deste sábado (10)."}"#,
        #"{"id": "kremlin", "html": "<article><p>O Kremlin declarou esta terça-feira que vai endurecer a posição negocial, disse o porta-voz Dmitri Peskov aos jornalistas em Moscovo.</p></article>"}"#,
    ]

    /// Checks one analysis against the keys of spec/ANALYSIS.md and the
    /// consistency of its offsets with its text.
    static func checkAnalysis(_ analysis: [String: Any], _ context: String) throws {
        #expect(analysis["schema"] as? String == "analysis/1", "\(context)")
        let topKeys: Set = ["schema", "document", "sentences", "entities", "events", "timexes", "quotes", "quantities"]
        #expect(topKeys.isSubset(of: analysis.keys), "\(context): missing \(topKeys.subtracting(analysis.keys))")
        let document = try #require(analysis["document"] as? [String: Any], "\(context)")
        let documentKeys: Set = ["id", "source", "title", "published", "published_from", "variant", "text", "boilerplate"]
        #expect(documentKeys.isSubset(of: document.keys), "\(context): missing \(documentKeys.subtracting(document.keys))")
        let text = try #require(document["text"] as? String, "\(context)")
        let scalars = Array(text.unicodeScalars)
        if let from = document["published_from"] as? String {
            #expect(["header", "dateline", "text", "input"].contains(from), "\(context)")
        }
        if let variant = document["variant"] as? String { #expect(["pt-PT", "pt-BR"].contains(variant), "\(context)") }
        for line in try #require(document["boilerplate"] as? [[String: Any]], "\(context)") {
            #expect(line["line"] is Int && line["text"] is String && line["reason"] is String, "\(context): \(line)")
        }

        /// Each item has `keys`; a span's `text`, when given, is the document text at its offsets.
        func items(_ key: String, _ keys: Set<String>) throws -> [[String: Any]] {
            let list = try #require(analysis[key] as? [[String: Any]], "\(context): \(key) is not a list")
            for item in list {
                #expect(keys.isSubset(of: item.keys), "\(context): \(key) item lacks \(keys.subtracting(item.keys))")
                try checkSpan(item, key)
            }
            return list
        }
        func checkSpan(_ item: [String: Any], _ key: String) throws {
            guard let start = item["start"] as? Int, let end = item["end"] as? Int else { return }
            #expect(0 <= start && start <= end && end <= scalars.count, "\(context): \(key) span \(start)..<\(end)")
            guard 0 <= start, start <= end, end <= scalars.count, let spanText = item["text"] as? String else { return }
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == spanText, "\(context): \(key) text at \(start)..<\(end)")
        }
        _ = try items("sentences", ["start", "end"])
        for entity in try items("entities", ["id", "type", "name", "affiliation", "sector", "role", "mentions"]) {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] { try checkSpan(mention, "mention") }
        }
        for event in try items("events", ["id", "type", "mode", "actors", "recipients", "date", "location", "status", "source", "trigger", "evidence"]) {
            for part in ["trigger", "evidence"] {
                if let span = event[part] as? [String: Any] { try checkSpan(span, part) }
            }
        }
        _ = try items("timexes", ["start", "end", "text", "value"])
        _ = try items("quotes", ["start", "end", "text", "speaker"])
        _ = try items("quantities", ["start", "end", "text", "value", "unit", "approx"])
    }

    @Test func folderGivesOneJSONLinePerArticle() throws {
        let folder = try Self.inputFolder()
        let input = folder.path("in")
        let run = try CLI.run(["analyze", input.path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines.count == Self.articles.count + 1)

        var bySource: [String: [String: Any]] = [:]
        for line in lines {
            let analysis = try CLI.object(line)
            let document = try #require(analysis["document"] as? [String: Any])
            let source = try #require(document["source"] as? String)
            try Self.checkAnalysis(analysis, source)
            bySource[source] = document
        }
        for article in Self.articles + ["pagina/noticia-completa.html"] {
            let name = article.hasPrefix("pagina") ? article : (article as NSString).lastPathComponent
            let file = input.appendingPathComponent(name)
            let document = try #require(bySource[file.path], "no analysis of \(file.path) among \(bySource.keys.sorted())")
            #expect(document["id"] as? String == (try CLI.sha256(of: file)), "\(name)")
        }
        // The first seed, as read by the pipeline.
        let seed = try #require(bySource[input.appendingPathComponent("000_7a8fabd987615f2e.txt").path])
        #expect(seed["variant"] as? String == "pt-PT")
        #expect(seed["published"] is NSNull)
        #expect((seed["boilerplate"] as? [[String: Any]])?.first?["reason"] as? String == "related-link")
        let page = try #require(bySource[input.appendingPathComponent("pagina/noticia-completa.html").path])
        #expect(page["title"] as? String == "Putin recebe ministra norte-coreana em Moscovo")
        #expect(page["published"] as? String == "2024-11-04")
        #expect(page["published_from"] as? String == "header")
    }

    /// A known digest: the id of the first seed is the SHA-256 of its bytes.
    @Test func documentIdIsTheSHA256OfTheFileBytes() throws {
        let file = CLI.fixture("seeds/000_7a8fabd987615f2e.txt")
        let run = try CLI.run(["analyze", file.path])
        let line = try #require(run.stdoutLines.first)
        let document = try #require(try CLI.object(line)["document"] as? [String: Any])
        #expect(try CLI.sha256(of: file) == "8c6a2a38006a78d381c771dc9756cc29c58034a13da29dc3c6dcddff53bcae8f")
        #expect(document["id"] as? String == "8c6a2a38006a78d381c771dc9756cc29c58034a13da29dc3c6dcddff53bcae8f")
    }

    @Test func jsonDirWritesOneFilePerArticle() throws {
        let folder = try Self.inputFolder()
        try folder.write("in/feed.jsonl", Array(Self.jsonLines.joined(separator: "\n").utf8))
        let out = folder.path("out/analyses")
        let run = try CLI.run(["analyze", "--json-dir", out.path, folder.path("in").path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.isEmpty)

        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let expected = (Self.articles.map { ((($0 as NSString).lastPathComponent) as NSString).deletingPathExtension }
            + ["noticia-completa", "lula-pequim", "kremlin"]).map { $0 + ".json" }.sorted()
        #expect(written == expected)
        for name in written {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            let analysis = try CLI.object(String(decoding: data, as: UTF8.self))
            try Self.checkAnalysis(analysis, name)
        }
        let lula = try CLI.object(String(decoding: try Data(contentsOf: out.appendingPathComponent("lula-pequim.json")), as: UTF8.self))
        let document = try #require(lula["document"] as? [String: Any])
        #expect(document["source"] as? String == "https://exemplo.br/lula")
        #expect(document["published"] as? String == "2025-05-10")
        #expect(document["published_from"] as? String == "input")
        #expect(document["text"] as? String == "O presidente Lula chegou a Pequim na noite deste sábado (10).")
    }

    @Test func publishedAppliesOnlyToArticlesWithoutADate() throws {
        let folder = try TemporaryDirectory()
        try folder.copy(fixture: "seeds/000_7a8fabd987615f2e.txt", to: "sem-data.txt")
        try folder.copy(fixture: "dev/05_kremlin-residencia-putin.txt", to: "cabecalho.txt")
        try folder.copy(fixture: "dev/08_china-retaliacao-tarifas-eua.txt", to: "dateline.txt")
        try folder.write("feed.jsonl", Array(Self.jsonLines.joined(separator: "\n").utf8))
        let run = try CLI.run(["analyze", "--published", "2024-05-01", folder.url.path])
        #expect(run.status == 0)
        var dates: [String: (String?, String?)] = [:]
        for line in run.stdoutLines {
            let document = try #require(try CLI.object(line)["document"] as? [String: Any])
            let path = try #require(document["source"] as? String)
            let source = (path as NSString).lastPathComponent
            dates[source] = (document["published"] as? String, document["published_from"] as? String)
        }
        #expect(dates.count == 5)
        #expect(dates["sem-data.txt"]?.0 == "2024-05-01")
        #expect(dates["sem-data.txt"]?.1 == "input")
        #expect(dates["cabecalho.txt"]?.0 == "2025-12-30")
        #expect(dates["cabecalho.txt"]?.1 == "header")
        #expect(dates["dateline.txt"]?.0 == "2018-09-18")
        #expect(dates["dateline.txt"]?.1 == "dateline")
        #expect(dates["lula"]?.0 == "2025-05-10")
        #expect(dates["feed.jsonl#kremlin"]?.0 == "2024-05-01")
    }

    @Test func malformedPublishedOptionIsRefused() throws {
        let run = try CLI.run(["analyze", "--published", "2024-13-01", CLI.fixture("seeds/000_7a8fabd987615f2e.txt").path])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--published"))
    }

    /// Each bad input: exactly one error line naming it and the reason; the
    /// good inputs of the same run are still written; exit code 1.
    @Test func badInputsAreReportedAndTheRestAnalysed() throws {
        let folder = try TemporaryDirectory()
        try folder.copy(fixture: "seeds/003_3b7088970f3e0a81.txt", to: "boa.txt")
        try folder.write("vazio.txt", [])
        try folder.write("branco.txt", Array(" \n\n\t \r\n".utf8))
        try folder.write(
            "imagem.txt",
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x02, 0x00])
        let big = InputDecoding.defaultByteLimit + 1024 * 1024
        #expect(big > 9_000_000)
        let sentence = Array("O ministro chegou a Luanda para uma visita oficial de dois dias.\n".utf8)
        var enorme: [UInt8] = []
        enorme.reserveCapacity(big + sentence.count)
        while enorme.count < big { enorme += sentence }
        try folder.write("enorme.txt", enorme)
        try folder.write("ilegivel.txt", [0x4F, 0x6C, 0xE1, 0x81, 0x8D, 0x20, 0x8F, 0x90, 0x9D, 0x0A])
        try folder.write(
            "feed.jsonl",
            Array([Self.jsonLines[0], #"{"id": "partido", "text": "sem fecho"#, Self.jsonLines[1], #"{"id": "vazio"}"#].joined(separator: "\n").utf8))

        let out = folder.path("out")
        for arguments in [["analyze", folder.url.path], ["analyze", "--json-dir", out.path, folder.url.path]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 1, "\(arguments)")
            let errors = run.stderrLines
            let expected: [(String, String)] = [
                ("vazio.txt", "empty"), ("branco.txt", "empty"), ("imagem.txt", "binary"), ("enorme.txt", "too large"),
                ("ilegivel.txt", "neither UTF-8"), ("feed.jsonl:2", "malformed JSON"), ("feed.jsonl:4", "neither"),
            ]
            #expect(errors.count == expected.count, "\(run.stderr)")
            // "cronista: INPUT: REASON", INPUT being the path (with ":LINE" for a JSON Lines record).
            var reported: [String: [String]] = [:]
            for line in errors {
                let message = line.hasPrefix("cronista: ") ? String(line.dropFirst("cronista: ".count)) : line
                let separator = try #require(message.range(of: ": "), "no reason in \(line)")
                reported[String(message[..<separator.lowerBound]), default: []].append(String(message[separator.upperBound...]))
            }
            #expect(Set(reported.keys) == Set(expected.map { folder.path($0.0).path }), "\(errors)")
            for (name, reason) in expected {
                let reasons = reported[folder.path(name).path] ?? []
                #expect(reasons.count == 1, "\(name): \(reasons)")
                #expect(reasons.first?.contains(reason) == true, "\(name): \(reasons)")
            }
            if arguments.contains("--json-dir") {
                let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                #expect(written == ["boa.json", "kremlin.json", "lula-pequim.json"])
            } else {
                #expect(run.stdoutLines.count == 3)
                for line in run.stdoutLines { try AnalyzeCommandTests.checkAnalysis(try CLI.object(line), "stdout") }
            }
        }
    }

    @Test func onlyGoodInputsExitZero() throws {
        let run = try CLI.run(["analyze", CLI.fixture("seeds").path, CLI.fixture("dev/01_lula-chega-pequim.txt").path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdoutLines.count == 4)
    }

    @Test func nonexistentPathIsAnError() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.path("nao-existe.txt").path
        let good = try folder.copy(fixture: "dev/08_china-retaliacao-tarifas-eua.txt", to: "boa.txt")
        let run = try CLI.run(["analyze", missing, good.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.contains(missing) == true)
        #expect(run.stderrLines.first?.contains("no such file") == true)
        #expect(run.stdoutLines.count == 1)

        let alone = try CLI.run(["analyze", missing])
        #expect(alone.status == 1)
        #expect(alone.stdout.isEmpty)
        #expect(alone.stderrLines.count == 1)
    }
}
