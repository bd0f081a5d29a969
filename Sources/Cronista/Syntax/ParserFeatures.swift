/// The features of the transition classifier: words, tags and dependents
/// of the top three stack words and the first three buffer words, their
/// distances and valencies, and the labels attached so far (after Zhang &
/// Nivre 2011, adapted to arc-hybrid).
enum ParserFeatures {
    static let capacity = 80

    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        return UInt64(d < 5 ? d : d < 7 ? 5 : d < 11 ? 6 : 7)
    }

    @inline(__always)
    static func extract(
        _ state: ArcHybridState, words: [ParserWord], into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        @inline(__always) func word(_ i: Int) -> ParserWord { i < 0 ? .none : i == 0 ? .root : words[i - 1] }
        @inline(__always) func label(_ i: Int) -> UInt64 { i <= 0 ? 200 : UInt64(state.labels[i] + 1) }
        let s0i = state.stack(0), s1i = state.stack(1), s2i = state.stack(2)
        let b0i = state.b0, b1i = state.buffer(1), b2i = state.buffer(2)
        let s0 = word(s0i), s1 = word(s1i), s2 = word(s2i), b0 = word(b0i), b1 = word(b1i), b2 = word(b2i)
        let s0l1i = s0i > 0 ? Int(state.left1[s0i]) : -1
        let s0l2i = s0i > 0 ? Int(state.left2[s0i]) : -1
        let s0r1i = s0i > 0 ? Int(state.right1[s0i]) : -1
        let s0r2i = s0i > 0 ? Int(state.right2[s0i]) : -1
        let s1l1i = s1i > 0 ? Int(state.left1[s1i]) : -1
        let s1r1i = s1i > 0 ? Int(state.right1[s1i]) : -1
        let b0l1i = b0i >= 0 ? Int(state.left1[b0i]) : -1
        let b0l2i = b0i >= 0 ? Int(state.left2[b0i]) : -1
        let s0l1 = word(s0l1i), s0l2 = word(s0l2i), s0r1 = word(s0r1i), s0r2 = word(s0r2i)
        let s1l1 = word(s1l1i), s1r1 = word(s1r1i), b0l1 = word(b0l1i), b0l2 = word(b0l2i)
        let s0wt = FeatureHash.mix(s0.form, s0.fine), s1wt = FeatureHash.mix(s1.form, s1.fine)
        let b0wt = FeatureHash.mix(b0.form, b0.fine), b1wt = FeatureHash.mix(b1.form, b1.fine)
        let d = s0i >= 0 && b0i >= 0 ? distance(s0i, b0i == 0 ? state.count + 1 : b0i) : 8
        let d1 = s0i >= 0 && s1i >= 0 ? distance(s0i, s1i) : 8
        let s0vl: UInt64 = s0i > 0 ? UInt64(state.leftCount[s0i]) : 9
        let s0vr: UInt64 = s0i > 0 ? UInt64(state.rightCount[s0i]) : 9
        let b0vl: UInt64 = b0i >= 0 ? UInt64(state.leftCount[b0i]) : 9
        let s1vr: UInt64 = s1i > 0 ? UInt64(state.rightCount[s1i]) : 9
        let s0ll: UInt64 = s0i > 0 ? state.leftLabels[s0i] : 0
        let s0rl: UInt64 = s0i > 0 ? state.rightLabels[s0i] : 0
        let b0ll: UInt64 = b0i >= 0 ? state.leftLabels[b0i] : 0
        let s1rl: UInt64 = s1i > 0 ? state.rightLabels[s1i] : 0
        let depth = UInt64(min(state.stack.count, 4))
        var n = 0
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[n] = FeatureHash.key(t, a, b, c)
            n += 1
        }
        add(1, s0wt); add(2, s0.form); add(3, s0.fine); add(4, s1wt); add(5, s1.form); add(6, s1.fine)
        add(7, b0wt); add(8, b0.form); add(9, b0.fine); add(10, b1wt); add(11, b1.form); add(12, b1.fine)
        add(13, b2.form); add(14, b2.tag); add(15, s2.tag); add(16, s2.form)
        add(17, s0wt, b0wt); add(18, s0wt, b0.form); add(19, s0.form, b0wt); add(20, s0wt, b0.tag)
        add(21, s0.tag, b0wt); add(22, s0.form, b0.form); add(23, s0.fine, b0.fine); add(24, b0.tag, b1.tag)
        add(25, s0wt, s1wt); add(26, s0.fine, s1.fine); add(27, s0.form, s1.form); add(28, s1.tag, b0.tag)
        add(29, s1.form, b0.form)
        add(30, b0.tag, b1.tag, b2.tag); add(31, s0.tag, b0.tag, b1.tag); add(32, s1.tag, s0.tag, b0.tag)
        add(33, s2.tag, s1.tag, s0.tag); add(34, s1.tag, s0.tag, b1.tag)
        add(35, s0.tag, s0l1.tag, b0.tag); add(36, s0.tag, s0r1.tag, b0.tag); add(37, s0.tag, b0.tag, b0l1.tag)
        add(38, s0.tag, s0l1.tag, s0l2.tag); add(39, s0.tag, s0r1.tag, s0r2.tag); add(40, b0.tag, b0l1.tag, b0l2.tag)
        add(41, s1.tag, s1r1.tag, s0.tag); add(42, s1.tag, s1l1.tag, s0.tag)
        add(43, s0l1.form); add(44, s0l1.tag, label(s0l1i)); add(45, s0r1.form); add(46, s0r1.tag, label(s0r1i))
        add(47, b0l1.form); add(48, b0l1.tag, label(b0l1i)); add(49, s1r1.tag, label(s1r1i)); add(50, s1l1.tag, label(s1l1i))
        add(51, s0l2.tag, label(s0l2i)); add(52, s0r2.tag, label(s0r2i)); add(53, b0l2.tag, label(b0l2i))
        add(54, s0.form, d); add(55, s0.fine, d); add(56, b0.form, d); add(57, b0.fine, d)
        add(58, s0.form, b0.form, d); add(59, s0.fine, b0.fine, d); add(60, s1.tag, s0.tag, d1)
        add(61, s0.form, s0vr); add(62, s0.tag, s0vr); add(63, s0.form, s0vl); add(64, s0.tag, s0vl)
        add(65, b0.form, b0vl); add(66, b0.tag, b0vl); add(67, s1.tag, s1vr)
        add(68, s0.tag, s0ll); add(69, s0.tag, s0rl); add(70, b0.tag, b0ll); add(71, s1.tag, s1rl)
        add(72, depth, b0.tag); add(73, s0.fine, b0.fine, s1.fine); add(74, s0.form, s0.tag, b1.tag)
        add(75, s0.tag, b0.form, b1.tag)
        return n
    }
}
