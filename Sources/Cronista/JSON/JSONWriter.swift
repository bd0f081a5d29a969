/// JSON written straight into bytes: values appended to one reusable
/// buffer, strings escaped as they are copied, no intermediate values.
///
/// The output is the one Foundation's `JSONEncoder` gives with
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`): the
/// same escapes (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control
/// characters as `\u00XX`), numbers as Swift prints them with a trailing
/// `.0` dropped, and in pretty form two-space indents, `" : "` between a
/// key and its value and an empty container as an open and a close line
/// with a blank line between. Keys are written in the order they are given.
public struct JSONWriter: Sendable {
    /// What has been written since the last ``reset()``.
    public private(set) var bytes: [UInt8] = []
    /// Indented, one value per line.
    public let pretty: Bool
    /// Containers open.
    private var depth = 0
    /// Whether the open container has no member yet.
    private var empty = true
    /// Whether a key was just written, so the next value is its value.
    private var afterKey = false

    public init(pretty: Bool = false, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its storage, for the next document.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        depth = 0
        empty = true
        afterKey = false
    }

    /// Appends raw bytes (a line feed between documents, say).
    public mutating func appendRaw(_ byte: UInt8) { bytes.append(byte) }

    // MARK: Structure

    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        empty = true
    }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        empty = true
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key; `key` is written as it is, so it must need no escaping.
    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendLiteral(key)
        appendLiteral(pretty ? "\" : " : "\":")
        afterKey = true
    }

    // MARK: Values

    public mutating func null() {
        beforeValue()
        appendLiteral("null")
    }

    public mutating func value(_ value: Int) {
        beforeValue()
        appendDecimal(value)
    }

    public mutating func value(_ value: Double) {
        beforeValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func value(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    public mutating func value(_ value: String?) {
        if let value { self.value(value) } else { null() }
    }

    public mutating func value(_ value: Double?) {
        if let value { self.value(value) } else { null() }
    }

    /// An array of strings.
    public mutating func value(_ values: [String]) {
        beginArray()
        for value in values { self.value(value) }
        endArray()
    }

    // MARK: Layout

    /// Before a value: nothing after a key or at the top, else the separator of an array element.
    @inline(__always)
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    /// The comma before every member but the first, and in pretty form the new line and indent.
    @inline(__always)
    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty { newLine() }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if empty { bytes.append(0x0A) }
            newLine()
        }
        bytes.append(bracket)
        empty = false
    }

    private mutating func newLine() {
        bytes.append(0x0A)
        for _ in 0..<depth { appendLiteral("  ") }
    }

    @inline(__always)
    private mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min {
                bytes.append(contentsOf: String(value).utf8.dropFirst())
                return
            }
        }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(0x30 + UInt8(magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// `string` in quotes, escaped: runs that need no escape are copied whole.
    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    appendLiteral("u00")
                    bytes.append(byte >> 4 == 0 ? 0x30 : 0x31)
                    let low = byte & 0x0F
                    bytes.append(low < 10 ? 0x30 + low : 0x61 + low - 10)
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
