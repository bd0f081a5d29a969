import Foundation
import Testing

/// `cronista eval` on folders of NAME.txt beside NAME.gold.json.
@Suite struct EvalCommandTests {
    static let figures = [
        "boilerplate_removed", "body_lines_kept", "published_accuracy", "variant_accuracy", "entity_precision",
        "entity_recall", "entity_f1", "affiliation_accuracy", "event_precision", "event_recall", "event_f1",
        "event_date_accuracy", "event_status_accuracy", "event_actor_accuracy", "timex_precision", "timex_recall",
        "timex_f1", "timex_value_accuracy", "quote_recall", "quote_speaker_accuracy",
    ]

    @Test func printsTheFiguresTable() throws {
        let run = try CLI.run(["eval", CLI.fixture("seeds").path, CLI.fixture("dev").path])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("6 documents"))
        let rows = run.stdoutLines
        for figure in Self.figures {
            #expect(rows.contains { $0.hasPrefix(figure + " ") }, "no row for \(figure)")
        }
        // The text-stage figures of these articles, with their support.
        let boilerplate = try #require(rows.first { $0.hasPrefix("boilerplate_removed ") })
        #expect(boilerplate.contains("1.000"))
        #expect(boilerplate.contains("(15/15)"))
        let published = try #require(rows.first { $0.hasPrefix("published_accuracy ") })
        #expect(published.contains("1.000"))
        #expect(published.contains("(3/3)"))
    }

    @Test func jsonOutput() throws {
        let run = try CLI.run(["eval", "--json", CLI.fixture("seeds").path, CLI.fixture("dev").path])
        #expect(run.status == 0)
        let report = try CLI.object(run.stdout)
        #expect(report["documents"] as? Int == 6)
        let figures = try #require(report["figures"] as? [String: Any])
        #expect(Set(Self.figures).isSubset(of: figures.keys), "missing \(Set(Self.figures).subtracting(figures.keys))")
        #expect(figures["boilerplate_removed"] as? Double == 1.0)
        #expect(figures["body_lines_kept"] as? Double == 1.0)
        #expect(figures["published_accuracy"] as? Double == 1.0)
        #expect(figures["variant_accuracy"] as? Double == 1.0)
        for (name, value) in figures where !(value is NSNull) {
            let number = try #require(value as? Double, "\(name)")
            #expect((0...1).contains(number), "\(name) = \(number)")
        }
        let support = try #require(report["support"] as? [String: Any])
        #expect(support["boilerplate_removed"] as? String == "15/15")
    }

    @Test func verboseListsMisses() throws {
        let folder = try Self.wrongGoldFolder()
        let run = try CLI.run(["eval", "--verbose", folder.url.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("variant: system pt-PT, gold pt-BR"))
        #expect(run.stdout.contains("boilerplate kept: Os dois países concordaram"))
    }

    /// A folder where the gold disagrees with everything the system says.
    static func wrongGoldFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.copy(fixture: "seeds/000_7a8fabd987615f2e.txt", to: "errado.txt")
        let gold: [String: Any] = [
            "doc": "errado.txt", "published": "1999-01-01", "variant": "pt-BR",
            "boilerplate": [
                "Os dois países concordaram também em melhorar a coordenação nas principais organizações internacionais, incluindo no bloco de economias emergentes BRICS."
            ],
            "entities": [], "events": [], "timexes": [], "quotes": [],
        ]
        try folder.write("errado.gold.json", try JSONSerialization.data(withJSONObject: gold))
        return folder
    }

    /// A measurement never fails on low figures.
    @Test func lowFiguresStillExitZero() throws {
        let folder = try Self.wrongGoldFolder()
        let run = try CLI.run(["eval", "--json", folder.url.path])
        #expect(run.status == 0)
        let figures = try #require(try CLI.object(run.stdout)["figures"] as? [String: Any])
        #expect(figures["variant_accuracy"] as? Double == 0)
        #expect(figures["published_accuracy"] as? Double == 0)
        #expect(figures["boilerplate_removed"] as? Double == 0)
    }
}
