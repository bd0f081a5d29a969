import Testing

@testable import Cronista
@testable import CronistaStore

/// Content hashes by swift-crypto: the same values the hand-written SHA-256
/// gave, so the articles of an existing store are still recognised.
@Suite struct ContentHashTests {
    @Test func theStandardVectorsAreKept() {
        #expect(ContentHash.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Normalised first: the same text with Windows line endings and trailing blanks.
        #expect(ContentHash.of("abc \r\n\r\n") == ContentHash.of("abc"))
    }

    @Test func theHashesOfTheHandWrittenSHA256AreKept() {
        let texts = [
            "O ministro chegou a Luanda.\nDisse que \"sim\".",
            String(repeating: "Ação conjunta — 😀 ", count: 300),
            String(repeating: "x", count: 55), String(repeating: "y", count: 56), String(repeating: "z", count: 64),
        ]
        for text in texts {
            #expect(ContentHash.of(text) == Cronista.SHA256.hex(Array(ContentHash.normalised(text).utf8)))
            let document = AnalyzedDocument(
                id: "id", source: "https://exemplo.pt/a", title: nil, published: "2024-01", publishedFrom: .header,
                variant: .european, text: text, boilerplate: [])
            let key = document.source + "\n" + (document.published ?? "") + "\n" + ContentHash.normalised(text)
            #expect(ContentHash.of(document) == Cronista.SHA256.hex(Array(key.utf8)))
        }
    }
}
