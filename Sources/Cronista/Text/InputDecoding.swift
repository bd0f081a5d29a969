/// Turns the raw bytes of an input into text, or says clearly why it cannot.
///
/// UTF-8 (with or without a byte-order mark) is read as is. Input that is not
/// valid UTF-8 but reads as Windows-1252 / ISO-8859-1, which many Portuguese
/// sites still serve, is decoded from that. Binary data, empty input and
/// oversized input are refused.
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
    }

    /// Decodes `bytes` to a string, detecting the encoding.
    public static func decode<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, byteLimit: Int = defaultByteLimit
    ) throws(Failure) -> (text: String, encoding: Encoding) {
        let bytes = Array(bytes)
        if bytes.count > byteLimit { throw .tooLarge(bytes: bytes.count, limit: byteLimit) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        if looksBinary(body) { throw .binary }
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        guard let text = decodeWindows1252(body) else { throw .undecodable }
        return (text, .windows1252)
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
