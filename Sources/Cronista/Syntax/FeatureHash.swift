/// 64-bit hashing of feature atoms: strings (FNV-1a over UTF-8) and
/// combinations of atoms under a template number. Keys are never 0, which
/// marks an empty slot in ``PerceptronModel``.
enum FeatureHash {
    /// The hash of a string's UTF-8 bytes.
    @inline(__always)
    static func string(_ text: Substring.UTF8View) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    @inline(__always)
    static func string(_ text: String) -> UInt64 { string(Substring(text).utf8) }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))
        h ^= h >> 31
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        return h
    }

    /// The key of a template applied to up to three atoms.
    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = mix(template &* 0xD6E8_FEB8_6659_FD93, a)
        h = mix(h, b)
        h = mix(h, c)
        return h == 0 ? 1 : h
    }
}
