extension JSONWriter {
    /// `string` as a JSON string literal, quotes included.
    ///
    /// ```swift
    /// JSONWriter.quoted("say \"hi\"\n")   // "\"say \\\"hi\\\"\\n\""
    /// ```
    public static func quoted(_ string: String) -> String {
        var output: [UInt8] = []
        appendQuoted(string, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Like ``quoted(_:)``, shortened to `limit` characters plus `…` for messages.
    static func quoted(_ string: String, limit: Int) -> String {
        string.count <= limit ? quoted(string) : quoted(string.prefix(limit) + "…")
    }

    /// Appends `string` as a JSON string literal to `output`.
    public static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        var buffer = ByteBuffer(capacity: string.utf8.count + 2)
        appendQuoted(string, to: &buffer)
        output.append(contentsOf: buffer.bytes())
    }

    /// Appends `string` as a JSON string literal to `output`: runs without a byte to
    /// escape (most strings are one run) copied whole.
    static func appendQuoted(_ string: String, to output: inout ByteBuffer) {
        string.withUTF8Bytes { appendQuoted($0, to: &output) }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string literal to `output`.
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(bytes, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let escape: StaticString
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x08: escape = "\\b"
            case 0x09: escape = "\\t"
            case 0x0A: escape = "\\n"
            case 0x0C: escape = "\\f"
            case 0x0D: escape = "\\r"
            case 0..<0x20: escape = "\\u00"
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8:
                (escape, length) = (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
            default:
                index = nextByteToCheck(in: bytes, after: index)
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(escape)
            if byte < 0x20 && escape.utf8CodeUnitCount == 4 {
                let digits: StaticString = "0123456789abcdef"
                output.append(digits.utf8Start[Int(byte >> 4)])
                output.append(digits.utf8Start[Int(byte & 0xF)])
            }
            index += length
            runStart = index
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// The first offset after `index` holding `"`, `\`, a control byte or 0xE2
    /// (which starts U+2028 and U+2029); `bytes.count` if none. Eight bytes at a time.
    @inline(__always)
    private static func nextByteToCheck(in bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        var i = index + 1
        let ones: UInt64 = 0x0101_0101_0101_0101
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let quotes = word ^ 0x2222_2222_2222_2222
                let slashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let e2s = word ^ 0xE2E2_E2E2_E2E2_E2E2
                // High bit set where a byte is zero in quotes/slashes/e2s, or below 0x20
                // (ASCII bytes only: `& ~word`). Borrows spread only upward from a
                // hit, so the lowest flagged byte is a true one.
                let flags =
                    ((quotes &- ones) & ~quotes) | ((slashes &- ones) & ~slashes) | ((e2s &- ones) & ~e2s)
                    | ((word &- 0x2020_2020_2020_2020) & ~word)
                let hits = flags & 0x8080_8080_8080_8080
                if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0xE2 { return i }
            i += 1
        }
        return bytes.count
    }

    /// Appends `value` as a JSON number: integral values within ±2⁵³ without a
    /// fraction (`52`, `-0`), others in the shortest form that reads back the
    /// same (`0.1`, `1e+20`, `5e-324`); NaN and the infinities as `null`.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// JSONWriter.appendNumber(52.0, to: &out)   // "52"
    /// ```
    public static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        var buffer = ByteBuffer(capacity: 32)
        appendNumber(value, to: &buffer)
        output.append(contentsOf: buffer.bytes())
    }

    static func appendNumber(_ value: Double, to output: inout ByteBuffer) {
        guard value.isFinite else { return output.append("null") }
        if value.rounded(.towardZero) == value && value.magnitude <= 9_007_199_254_740_992 {
            if value == 0 && value.sign == .minus { return output.append("-0") }
            appendInteger(Int(value), to: &output)
        } else {
            output.append(utf8: value.description)
        }
    }

    /// Appends `value`'s decimal digits (and sign): what `description` gives, written in
    /// place (the generic conversion looked up type metadata for each number).
    static func appendInteger(_ value: Int, to output: inout ByteBuffer) {
        var magnitude = value.magnitude
        // Twenty digits hold any UInt64; written from the end.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            output.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
