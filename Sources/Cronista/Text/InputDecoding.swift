/// Turns the raw bytes of an input into text, or says clearly why it cannot.
///
/// UTF-8 (with or without a byte-order mark) is read as is. UTF-8 with a few
/// stray Latin-1 bytes (a file pasted together from two sources) is decoded
/// as UTF-8 with only the bad bytes read as Windows-1252, and says so
/// (``Decoded/repairs``). Input with no UTF-8 in it that reads as
/// Windows-1252 / ISO-8859-1, which many Portuguese sites still serve, is
/// decoded from that. UTF-16, with a byte-order mark or without (told by
/// its zero bytes), is decoded. Binary data, empty input and oversized
/// input are refused.
public enum InputDecoding {
    /// The largest input accepted for one article, in bytes.
    public static let defaultByteLimit = 8 * 1024 * 1024

    /// Why an input could not be read as article text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case binary
        case undecodable

        public var description: String {
            switch self {
            case .empty: return "empty input"
            case .tooLarge(let bytes, let limit):
                return "input too large (\(bytes) bytes; the limit is \(limit) bytes per article)"
            case .binary: return "binary data, not text"
            case .undecodable: return "bytes are neither UTF-8 nor Windows-1252 text"
            }
        }
    }

    /// The character encodings the decoder recognises.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
    }

    /// Decodes `bytes` to a string, detecting the encoding.
    public static func decode<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, byteLimit: Int = defaultByteLimit
    ) throws(Failure) -> (text: String, encoding: Encoding) {
        let decoded = try decodeReporting(bytes, byteLimit: byteLimit)
        return (decoded.text, decoded.encoding)
    }

    /// A decoded input and what decoding it took.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: Encoding
        /// Bytes that were not valid UTF-8 in otherwise UTF-8 input, each
        /// read as Windows-1252 instead.
        public var repairs: Int = 0

        /// The warning to give about the decoding, if any.
        public var warning: String? {
            repairs == 0 ? nil : "\(repairs) byte\(repairs == 1 ? "" : "s") not valid UTF-8, read as Windows-1252"
        }
    }

    /// Decodes `bytes`, detecting the encoding, and reports any repair.
    public static func decodeReporting<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, byteLimit: Int = defaultByteLimit
    ) throws(Failure) -> Decoded {
        let bytes = Array(bytes)
        if bytes.count > byteLimit { throw .tooLarge(bytes: bytes.count, limit: byteLimit) }
        if let (text, encoding) = try decodeUTF16(bytes[...]) { return Decoded(text: text, encoding: encoding) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        if looksBinary(body) { throw .binary }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: .utf8)
        }
        if let (text, repairs) = repairUTF8(body) { return Decoded(text: text, encoding: .utf8, repairs: repairs) }
        guard let text = decodeWindows1252(body) else { throw .undecodable }
        return Decoded(text: text, encoding: .windows1252)
    }

    /// UTF-16 text: a byte-order mark, or (without one) an even length with
    /// zero bytes in one half of the positions and almost none in the other,
    /// as text in Latin script has. Nil when the bytes are not UTF-16.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>) throws(Failure) -> (String, Encoding)? {
        var littleEndian: Bool
        var body = bytes
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
            body = bytes.dropFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
            body = bytes.dropFirst(2)
        } else {
            guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
            var zeroEven = 0
            var zeroOdd = 0
            for (k, byte) in bytes.enumerated() where byte == 0 {
                if k % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            }
            let pairs = bytes.count / 2
            if zeroOdd * 10 >= pairs * 3 && zeroEven * 20 < pairs {
                littleEndian = true
            } else if zeroEven * 10 >= pairs * 3 && zeroOdd * 20 < pairs {
                littleEndian = false
            } else {
                return nil
            }
        }
        guard body.count % 2 == 0 else { throw .undecodable }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .undecodable }
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" }) { throw .empty }
        let controls = scalars.filter { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\u{0C}" }.count
        if controls * 50 > scalars.count { throw .binary }
        return (scalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text, littleEndian ? .utf16LittleEndian : .utf16BigEndian)
    }

    /// UTF-8 with stray bytes: the valid sequences decoded, each invalid
    /// byte read as Windows-1252. Only when the input has UTF-8 in it (more
    /// valid multi-byte sequences than bad bytes) and every bad byte is
    /// defined in Windows-1252.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> (String, Int)? {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var multibyte = 0
        var repairs = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
                i += 1
                continue
            }
            if let (scalar, length) = utf8Sequence(bytes, at: i) {
                scalars.append(scalar)
                multibyte += 1
                i += length
                continue
            }
            let code = b >= 0xA0 ? UInt32(b) : windows1252High[Int(b - 0x80)]
            guard code != 0, let scalar = Unicode.Scalar(code) else { return nil }
            scalars.append(scalar)
            repairs += 1
            i += 1
        }
        guard multibyte > repairs else { return nil }
        return (String(scalars), repairs)
    }

    /// The well-formed UTF-8 sequence of two to four bytes at `i`, if any.
    static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        let length: Int
        var value: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; value = UInt32(b & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b & 0x07)
        default: return nil
        }
        guard i + length <= bytes.endIndex else { return nil }
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// NUL bytes, or more than 2% of C0 control characters other than
    /// tab, line feed, form feed and carriage return, mark binary data.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        for byte in bytes {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D { controls += 1 }
        }
        return controls * 50 > bytes.count
    }

    /// Windows-1252 decoding; nil when a byte is undefined in that code page
    /// or the result would be mostly mis-decoded UTF-8.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let code = windows1252High[Int(byte - 0x80)]
                guard code != 0, let scalar = Unicode.Scalar(code) else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252 (0 = undefined).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
