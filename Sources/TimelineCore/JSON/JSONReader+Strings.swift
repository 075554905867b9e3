extension JSONReader {
    /// Reads a string starting at its opening quote; leaves `index` after the closing quote.
    mutating func readString() throws(JSONError) -> String {
        let open = index
        index += 1
        var runStart = index
        var escaped = false
        while true {
            index = nextSpecialStringByte(from: index)
            guard index < count else {
                throw JSONError("unterminated string", at: Span(start: open, end: count))
            }
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "\""):
                let length = index - (open + 1)
                guard length <= Limits.maxStringBytes else {
                    throw JSONError(
                        "string too long: more than \(Limits.maxStringBytes) bytes",
                        at: Span(start: open, end: index + 1))
                }
                let run = UnsafeBufferPointer(start: base + runStart, count: index - runStart)
                index += 1
                if !escaped { return String(decoding: run, as: UTF8.self) }
                scratch.append(contentsOf: run)
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                try readEscape(inStringAt: open)
                runStart = index
            case 0..<0x20:
                throw controlCharacterError(byte, inStringAt: open)
            default:
                index += try validateUTF8(at: index)
            }
        }
    }

    /// The first offset at or after `start` holding `"`, `\`, a control byte or
    /// a non-ASCII byte; `count` if there is none. Looks at eight bytes at a time.
    @inline(__always)
    func nextSpecialStringByte(from start: Int) -> Int {
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let quotes = word ^ 0x2222_2222_2222_2222  // a zero byte where there is a '"'
            let slashes = word ^ 0x5C5C_5C5C_5C5C_5C5C  // a zero byte where there is a '\'
            // A byte's high bit is set when it is zero in `quotes`/`slashes`, below
            // 0x20, or 0x80 and above. Borrows only spread upward from a byte that
            // is itself a hit, so the lowest flagged byte is always a true one.
            let flags =
                ((quotes &- ones) & ~quotes) | ((slashes &- ones) & ~slashes)
                | (word &- 0x2020_2020_2020_2020) | word
            let hits = flags & highs
            if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < count {
            let byte = base[i]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return i }
            i += 1
        }
        return count
    }

    /// Decodes the escape at `index` (a backslash) into `scratch`.
    private mutating func readEscape(inStringAt open: Int) throws(JSONError) {
        let slash = index
        guard slash + 1 < count else { throw JSONError("unterminated string", at: Span(start: open, end: count)) }
        let decoded: UInt8
        switch base[slash + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            try readUnicodeEscape()
            return
        default:
            let found = try character(at: slash + 1)
            let span = Span(start: slash, end: slash + 1 + found.length)
            guard let text = found.text else {
                throw JSONError("invalid escape: '\\' followed by \(found.phrase)", at: span)
            }
            throw JSONError("invalid escape '\\\(text)'", at: span)
        }
        scratch.append(decoded)
        index = slash + 2
    }

    /// Decodes `\uXXXX` (or a surrogate pair `\uD83D\uDE00`) at `index` into `scratch`.
    private mutating func readUnicodeEscape() throws(JSONError) {
        let slash = index
        let first = try hexQuad(at: slash + 2)
        var scalarValue = UInt32(first)
        var end = slash + 6
        switch first {
        case 0xD800...0xDBFF:
            let low: UInt16? =
                end + 1 < count && base[end] == UInt8(ascii: "\\") && base[end + 1] == UInt8(ascii: "u")
                ? try? hexQuad(at: end + 2) : nil
            guard let low, (0xDC00...0xDFFF).contains(low) else { throw unpairedSurrogate(at: slash, isHigh: true) }
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            end += 6
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(at: slash, isHigh: false)
        default:
            break
        }
        appendUTF8(scalarValue)
        index = end
    }

    /// Appends the UTF-8 encoding of a scalar value (not a surrogate) to `scratch`.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(0xC0 | UInt8(value >> 6))
            scratch.append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(0xE0 | UInt8(value >> 12))
            scratch.append(0x80 | UInt8(value >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(value & 0x3F))
        default:
            scratch.append(0xF0 | UInt8(value >> 18))
            scratch.append(0x80 | UInt8(value >> 12 & 0x3F))
            scratch.append(0x80 | UInt8(value >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(value & 0x3F))
        }
    }

    /// The four hex digits at `offset`, which follow a `\u` at `offset - 2`.
    private func hexQuad(at offset: Int) throws(JSONError) -> UInt16 {
        var value: UInt16 = 0
        for i in offset..<offset + 4 {
            guard i < count else {
                throw JSONError("unexpected end of input: expected 4 hex digits after '\\u'", at: .point(count))
            }
            let byte = base[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw JSONError(
                    "invalid escape: '\\u' must be followed by 4 hex digits", at: Span(start: offset - 2, end: i + 1))
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private func unpairedSurrogate(at slash: Int, isHigh: Bool) -> JSONError {
        let written = String(decoding: UnsafeBufferPointer(start: base + slash, count: 6), as: UTF8.self)
        let rule =
            isHigh
            ? "a \\uD800–\\uDBFF escape must be followed by a \\uDC00–\\uDFFF one"
            : "a \\uDC00–\\uDFFF escape must follow a \\uD800–\\uDBFF one"
        return JSONError("unpaired surrogate '\(written)' (\(rule))", at: Span(start: slash, end: slash + 6))
    }

    private func controlCharacterError(_ byte: UInt8, inStringAt open: Int) -> JSONError {
        let here = Span(start: index, end: index + 1)
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            return JSONError(
                "line break inside a string (missing closing '\"'? write a line break in a string as \\n)", at: here,
                related: Span(start: open, end: open + 1), relatedNote: "the string starts")
        case UInt8(ascii: "\t"):
            return JSONError("tab inside a string: write it as \\t", at: here)
        default:
            return JSONError(
                "control character \(Self.codePoint(byte)) inside a string: write it as \\u00\(Self.hex(byte))",
                at: here)
        }
    }
}
