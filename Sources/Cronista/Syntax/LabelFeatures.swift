/// The features of the arc labeller, read when an arc is made: both words
/// and tags, direction and distance, the dependent's first and last
/// dependents (its preposition, its subordinator) and the labels both
/// words already hold.
enum LabelFeatures {
    static let capacity = 32

    @inline(__always)
    static func extract(
        _ state: ArcHybridState, head h: Int, dependent d: Int, words: [ParserWord],
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        @inline(__always) func word(_ i: Int) -> ParserWord { i < 0 ? .none : i == 0 ? .root : words[i - 1] }
        let hw = word(h), dw = word(d)
        let direction: UInt64 = h == 0 ? 2 : (d < h ? 0 : 1)
        let distance = h == 0 ? 9 : ParserFeatures.distance(h, d)
        let first = word(Int(state.left1[d])), last = word(Int(state.right1[d]))
        let first2 = word(Int(state.left2[d]))
        let dl = state.leftLabels[d] | state.rightLabels[d]
        let hl = state.leftLabels[h] | state.rightLabels[h]
        let before = word(d - 1)
        var n = 0
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[n] = FeatureHash.key(t + 500, a, b, c)
            n += 1
        }
        add(0, 0); add(1, dw.form); add(2, dw.fine); add(3, hw.form); add(4, hw.fine)
        add(5, hw.fine, dw.fine, direction); add(6, hw.form, dw.fine, direction); add(7, hw.fine, dw.form, direction)
        add(8, hw.form, dw.form); add(9, hw.tag, dw.tag, distance); add(10, dw.fine, direction)
        add(11, dw.tag, first.form); add(12, dw.tag, first.form, hw.tag); add(13, dw.tag, dl); add(14, dw.tag, first.tag, first2.tag)
        add(15, hw.form, first.form); add(16, hw.fine, first.form, direction); add(17, hl, dw.tag, direction)
        add(18, dw.form, direction); add(19, dw.tag, last.tag); add(20, before.form, dw.tag, direction)
        add(21, hw.fine, dl, direction); add(22, dw.fine, first.form, first2.form); add(23, hw.tag, hl, dw.fine)
        return n
    }
}
