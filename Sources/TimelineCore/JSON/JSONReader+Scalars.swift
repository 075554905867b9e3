extension JSONReader {
    /// Reads a number at `index` (a `-` or a digit):
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func readNumber() throws(JSONError) -> JSONNode {
        let start = index
        let negative = base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < count && isDigit(base[index]) else { throw unexpected(expecting: "a digit after '-'") }
        let digitsStart = index
        var magnitude: UInt64 = 0
        while index < count, case let digit = base[index] &- UInt8(ascii: "0"), digit < 10 {
            magnitude = magnitude &* 10 &+ UInt64(digit)
            index += 1
        }
        let digitCount = index - digitsStart
        if base[digitsStart] == UInt8(ascii: "0") && digitCount > 1 {
            throw JSONError("leading zeros are not allowed in numbers", at: Span(start: digitsStart, end: index))
        }
        var isInteger = true
        if index < count && base[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < count && isDigit(base[index]) else { throw unexpected(expecting: "a digit after '.'") }
            skipDigits()
        }
        if index < count && (base[index] | 0x20) == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if index < count && (base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-")) { index += 1 }
            guard index < count && isDigit(base[index]) else { throw unexpected(expecting: "a digit in the exponent") }
            skipDigits()
        }
        let span = Span(start: start, end: index)
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)

        // Up to 19 digits cannot overflow UInt64. Converting an exact integer
        // to Double rounds correctly, so only other numbers need the parser.
        if isInteger && digitCount <= 19 {
            if !negative && magnitude <= UInt64(Int.max) {
                return JSONNode(
                    .number(JSONNumber(text: text, double: Double(magnitude), int: Int(magnitude))), span: span)
            }
            if negative && magnitude <= UInt64(Int.max) + 1 {
                let int = Int(truncatingIfNeeded: 0 &- magnitude)
                let double = magnitude == 0 ? -0.0 : Double(int)
                return JSONNode(.number(JSONNumber(text: text, double: double, int: int)), span: span)
            }
        }
        guard let double = Double(text), double.isFinite else {
            throw JSONError("number out of range", at: span)
        }
        return JSONNode(.number(JSONNumber(text: text, double: double, int: nil)), span: span)
    }

    /// Reads `true`, `false` or `null`; any other word (or character) where a
    /// value should be is an error naming it.
    mutating func readLiteral() throws(JSONError) -> JSONNode {
        let start = index
        guard isWordByte(base[start]) && !isDigit(base[start]) else { throw unexpected(expecting: "a value") }
        var end = start
        while end < count && isWordByte(base[end]) { end += 1 }
        let word = UnsafeBufferPointer(start: base + start, count: end - start)
        let span = Span(start: start, end: end)
        if let literal = Self.literal(word) {
            index = end
            return JSONNode(literal, span: span)
        }
        let shown = String(decoding: word.prefix(24), as: UTF8.self) + (word.count > 24 ? "…" : "")
        var message = "expected a value, found '\(shown)'"
        switch shown.lowercased() {
        case "true", "false", "null": message += " (did you mean '\(shown.lowercased())'?)"
        case "none", "nil", "undefined": message += " (did you mean 'null'?)"
        case "nan", "infinity", "inf": message += " (JSON has no NaN or Infinity; use null)"
        default: break
        }
        throw JSONError(message, at: span)
    }

    /// `true`, `false` or `null` when `word` is exactly one of them.
    private static func literal(_ word: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        guard word.count <= 5 else { return nil }
        var packed: UInt64 = 0  // the bytes, first byte lowest
        for (position, byte) in word.enumerated() { packed |= UInt64(byte) << (8 * position) }
        switch packed {
        case 0x65_75_72_74: return .bool(true)  // "eurt"
        case 0x65_73_6C_61_66: return .bool(false)  // "eslaf"
        case 0x6C_6C_75_6E: return .null  // "llun"
        default: return nil
        }
    }

    private mutating func skipDigits() {
        while index < count && isDigit(base[index]) { index += 1 }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// ASCII letters, digits and `_`: the bytes of a word like `true` or `NaN`.
    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
