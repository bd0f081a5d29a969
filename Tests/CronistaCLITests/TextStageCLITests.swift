import Foundation
import Testing

/// The text stage through `cronista analyze`: a repaired encoding is warned
/// about, and a batch's articles of one site share their template.
@Suite struct TextStageCLITests {
    @Test func repairedEncodingIsWarnedAbout() throws {
        let path = CLI.fixture("mixed/12_irao-ataque-drones-israel.stray-latin1.txt").path
        let run = try CLI.run(["analyze", path])
        #expect(run.status == 0)
        #expect(run.stderrLines == ["cronista: \(path): warning: 1 byte not valid UTF-8, read as Windows-1252"])
        let analysis = try CLI.object(run.stdout)
        let document = try #require(analysis["document"] as? [String: Any])
        #expect((document["text"] as? String)?.contains("retaliação") == true)
    }

    @Test func aBatchSharesItsSiteTemplate() throws {
        let run = try CLI.run(["analyze", CLI.fixture("stream/rtp-three-articles.jsonl").path])
        #expect(run.status == 0)
        #expect(run.stdoutLines.count == 3)
        for line in run.stdoutLines {
            let document = try #require(try CLI.object(line)["document"] as? [String: Any])
            let removed = try #require(document["boilerplate"] as? [[String: Any]])
            #expect(removed.contains { ($0["reason"] as? String) == "site-template" && ($0["text"] as? String)?.contains("Akismet") == true })
            #expect((document["text"] as? String)?.contains("Akismet") == false)
        }
    }
}
