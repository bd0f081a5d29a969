/// Fast character classes on Unicode scalars, with an ASCII fast path.
extension Unicode.Scalar {
    /// A letter of any script.
    @inlinable var isLetter: Bool {
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        // Latin-1 letters (À–ÿ but × and ÷) and Latin Extended-A, without a table lookup.
        if value >= 0xC0 && value <= 0x17F { return value != 0xD7 && value != 0xF7 }
        return properties.isAlphabetic
    }

    /// An upper-case letter.
    @inlinable var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
        if value >= 0xDF && value <= 0xFF { return false }
        return properties.isUppercase
    }

    /// A lower-case letter.
    @inlinable var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value >= 0xDF && value <= 0xFF { return value != 0xF7 }
        if value >= 0xC0 && value <= 0xDE { return false }
        return properties.isLowercase
    }

    /// An ASCII digit.
    @inlinable var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A letter or a digit.
    @inlinable var isAlphanumeric: Bool { isDigit || isLetter }

    /// Space, tab, no-break space and the other horizontal spaces.
    @inlinable var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Line feed, carriage return and the other line separators.
    @inlinable var isLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Any whitespace.
    @inlinable var isSpaceLike: Bool { isHorizontalSpace || isLineBreak }

    /// Hyphens and dashes that may join words ("norte-coreano").
    @inlinable var isHyphen: Bool {
        value == 0x2D || value == 0x2010 || value == 0x2011
    }

    /// Opening quotation marks.
    @inlinable var isOpeningQuote: Bool {
        value == 0x22 || value == 0x201C || value == 0xAB || value == 0x201E || value == 0x2018
    }

    /// Closing quotation marks.
    @inlinable var isClosingQuote: Bool {
        value == 0x22 || value == 0x201D || value == 0xBB || value == 0x2019
    }
}

extension String {
    /// A string from a run of scalars, built through UTF-8 in one pass
    /// (much faster than appending to a `UnicodeScalarView`).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[k] = UInt8(v)
                    k += 1
                } else {
                    UTF8.encode(s) { byte in
                        buffer[k] = byte
                        k += 1
                    }
                }
            }
            return k
        }
    }
}

extension String {
    /// The string's scalars as an array, decoded from UTF-8 in one pass.
    var scalarArray: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(utf8.count)
        var copy = self
        copy.makeContiguousUTF8()
        _ = copy.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    result.append(Unicode.Scalar(b0)!)
                    i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    result.append(Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)) ?? "\u{FFFD}")
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    result.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                    i += 3
                } else if i + 3 < n {
                    let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    result.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                    i += 4
                } else {
                    i += 1
                }
            }
        }
        return result
    }
}
