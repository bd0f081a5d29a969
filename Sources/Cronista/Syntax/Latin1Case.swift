/// Case and letter classes of the scalars U+0000–U+00FF, read once from
/// the Unicode properties, so that ``WordAtoms`` can lower-case and shape
/// most Portuguese words on their UTF-8 bytes with the same result as
/// `String.lowercased()` and `Unicode.Scalar.Properties`.
enum Latin1Case {
    /// Per scalar: bits 0–7 the lower-case scalar, bit 8 "lower-cases to
    /// something outside Latin-1" (the slow path), bits 9–10 the shape class
    /// (0 upper, 1 lower, 2 digit, 3 other; hyphen separately).
    static let table: [UInt16] = (0..<256).map { v in
        let scalar = Unicode.Scalar(UInt8(v))
        let lowered = String(Character(scalar)).lowercased().unicodeScalars
        var entry: UInt16
        if lowered.count == 1, let l = lowered.first, l.value < 256 {
            entry = UInt16(l.value)
        } else {
            entry = 0x100
        }
        let p = scalar.properties
        let shapeClass: UInt16 = p.isUppercase ? 0 : p.isLowercase ? 1 : (v >= 0x30 && v <= 0x39) ? 2 : 3
        entry |= shapeClass << 9
        return entry
    }
}
