import Foundation
import Testing

@testable import Cronista

/// The fast paths of the syntax stage give what the general code gives:
/// word atoms on UTF-8 bytes, and the model table's one-read lookups.
@Suite struct FastPathTests {
    static let forms = [
        "Os", "ministros", "reuniram-se", "ÁFRICA", "ação", "Ação", "São", "Paulo", "nº", "1.º", "ª", "µg", "ÇÃO", "é",
        "\"", "“", "»", "2026", "12,5%", "-", "--", "Œuvre", "İstanbul", "Straße", "ŞEN", "日本", "a", "", "x-y-z",
        "Über", "ÿ", "×", "÷", "MÉDICOS", "d'Água", "Ñandú", "ﬁm", "Ⅻ",
    ]

    @Test func latinWordAtomsMatchTheGeneralPath() {
        for form in Self.forms {
            let fast = WordAtoms(form)
            let general = WordAtoms(general: WordAtoms.canonical(form))
            #expect(fast.form == general.form, "\(form)")
            #expect(fast.lower == general.lower, "\(form)")
            #expect(fast.suffixes == general.suffixes, "\(form)")
            #expect(fast.prefixes == general.prefixes, "\(form)")
            #expect(fast.shape == general.shape, "\(form)")
        }
    }

    @Test func everyLatin1LetterPairMatches() {
        for v in 0x20..<0x100 where v != 0x7F && (v < 0x80 || v >= 0xA0) {
            let s = Unicode.Scalar(UInt8(v))
            for form in [String(Character(s)), "a\(Character(s))b", "\(Character(s))ÃO"] {
                let fast = WordAtoms(form)
                let general = WordAtoms(general: WordAtoms.canonical(form))
                #expect(fast.lower == general.lower && fast.shape == general.shape && fast.suffixes == general.suffixes, "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func tableFindsEveryRowAndOnlyItsWeights() {
        var random = SplitMix64(seed: 7)
        for classCount in [3, 17] {
            var rows: [(key: UInt64, weights: [(Int, Float)])] = []
            for _ in 0..<2000 {
                let key = random.next()
                let n = Int(random.next() % 4) + 1
                let classes = Array(Set((0..<n).map { _ in Int(random.next() % UInt64(classCount)) })).sorted()
                rows.append((key, classes.map { ($0, Float(Int(random.next() % 200)) - 100) }))
            }
            rows.sort { $0.key < $1.key }
            let model = PerceptronModel(classCount: classCount, rows: rows)
            var writer = ByteWriter()
            model.write(to: &writer)
            var reader = ByteReader(writer.bytes)
            let read = try? PerceptronModel.read(from: &reader)
            #expect(read?.slots == model.slots && read?.overflow == model.overflow)
            for row in rows.prefix(300) {
                var scores = [Int32](repeating: 0, count: classCount)
                scores.withUnsafeMutableBufferPointer { buffer in
                    [row.key].withUnsafeBufferPointer { model.score($0, into: buffer) }
                }
                var expected = [Int32](repeating: 0, count: classCount)
                for (c, w) in row.weights { expected[c] = Int32((w / model.scale).rounded()) }
                #expect(scores == expected)
            }
        }
    }
}
