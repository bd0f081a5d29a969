/// Makes a dependency tree projective by lifting each crossing arc to the
/// head's head, shortest arcs first (Nivre & Nilsson 2005, without label
/// encoding). Arc-hybrid can only build projective trees, so its oracle
/// trains on the lifted tree.
enum Projectivizer {
    /// `heads[i]` is the head of word i + 1 (0 = root); returns lifted heads.
    static func projectivize(_ heads: [Int]) -> [Int] {
        var heads = heads
        let n = heads.count
        // Each pass lifts one arc; a tree has at most n arcs to lift n times each.
        for _ in 0..<(n * n + 1) {
            guard let d = shortestCrossing(heads) else { break }
            let h = heads[d - 1]
            heads[d - 1] = h == 0 ? 0 : heads[h - 1]
        }
        return heads
    }

    /// The dependent of the shortest non-projective arc, or nil.
    static func shortestCrossing(_ heads: [Int]) -> Int? {
        var best: (length: Int, dependent: Int)? = nil
        for d in 1...max(1, heads.count) where d <= heads.count {
            let h = heads[d - 1]
            guard h != 0 else { continue }
            let (lo, hi) = (min(h, d), max(h, d))
            guard hi - lo > 1 else { continue }
            for k in (lo + 1)..<hi where !dominates(h, k, heads) {
                if best == nil || hi - lo < best!.length { best = (hi - lo, d) }
                break
            }
        }
        return best?.dependent
    }

    /// True when `h` is an ancestor of `k`.
    static func dominates(_ h: Int, _ k: Int, _ heads: [Int]) -> Bool {
        var node = k
        for _ in 0...heads.count {
            node = heads[node - 1]
            if node == h { return true }
            if node == 0 { return false }
        }
        return false
    }
}
