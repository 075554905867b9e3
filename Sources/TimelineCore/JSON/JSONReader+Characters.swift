extension JSONReader {
    /// A character met where something else was expected, described for a message.
    struct FoundCharacter {
        /// How a message names it: `'x'`, `a line break`, `U+00A0 (an invisible character)`.
        var phrase: String
        /// The character itself when it is visible, for messages that quote it.
        var text: String?
        /// Its length in bytes.
        var length: Int
    }

    /// The error for the byte at `index` when `expected` should be there, or
    /// the invalid-UTF-8 error if that byte does not start a valid character.
    func unexpected(expecting expected: String) -> JSONError {
        guard index < count else {
            return JSONError("unexpected end of input: expected \(expected)", at: .point(count))
        }
        do throws(JSONError) {
            let found = try character(at: index)
            return JSONError(
                "expected \(expected), found \(found.phrase)", at: Span(start: index, end: index + found.length))
        } catch {
            return error
        }
    }

    /// Describes the character starting at `offset` (which must be in the input).
    ///
    /// - Throws: the invalid-UTF-8 error when the bytes there are not UTF-8.
    func character(at offset: Int) throws(JSONError) -> FoundCharacter {
        let byte = base[offset]
        switch byte {
        case UInt8(ascii: "\n"): return FoundCharacter(phrase: "a line break", length: 1)
        case UInt8(ascii: "\r"): return FoundCharacter(phrase: "a carriage return", length: 1)
        case UInt8(ascii: "\t"): return FoundCharacter(phrase: "a tab", length: 1)
        case 0..<0x20, 0x7F: return FoundCharacter(phrase: "control character \(Self.codePoint(byte))", length: 1)
        case UInt8(ascii: "'"): return FoundCharacter(phrase: "\"'\"", text: "'", length: 1)
        case 0..<0x80:
            let text = String(UnicodeScalar(byte))
            return FoundCharacter(phrase: "'\(text)'", text: text, length: 1)
        default:
            let length = try validateUTF8(at: offset)
            let text = String(decoding: UnsafeBufferPointer(start: base + offset, count: length), as: UTF8.self)
            let properties = text.unicodeScalars.first?.properties
            switch properties?.generalCategory {
            case .spaceSeparator?, .lineSeparator?, .paragraphSeparator?, .format?, .control?, .unassigned?,
                .privateUse?, .nonspacingMark?, .enclosingMark?:
                let value = text.unicodeScalars.first?.value ?? 0
                return FoundCharacter(phrase: "\(Self.codePoint(value)) (an invisible character)", length: length)
            default:
                return FoundCharacter(phrase: "'\(text)'", text: text, length: length)
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `offset`, whose first byte is 0x80 or more.
    ///
    /// Follows Unicode's table of well-formed sequences, so overlong forms
    /// (C0, C1, E0 80…, F0 80…), encoded surrogates (ED A0…) and values past
    /// U+10FFFF (F4 90…, F5…FF) are all rejected.
    func validateUTF8(at offset: Int) throws(JSONError) -> Int {
        let lead = base[offset]
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, secondLow) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, secondHigh) = (3, 0x9F)
        case 0xF0: (length, secondLow) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, secondHigh) = (4, 0x8F)
        default: throw JSONError("invalid UTF-8 byte 0x\(Self.hex(lead))", at: Span(start: offset, end: offset + 1))
        }
        for position in offset + 1..<offset + length {
            guard position < count else {
                throw JSONError(
                    "invalid UTF-8: sequence \(bytesInHex(offset..<position)) cut short by the end of input",
                    at: Span(start: offset, end: position))
            }
            let byte = base[position]
            let (low, high) = position == offset + 1 ? (secondLow, secondHigh) : (0x80, 0xBF)
            guard low <= byte && byte <= high else {
                throw JSONError(
                    "invalid UTF-8 sequence \(bytesInHex(offset..<position + 1))",
                    at: Span(start: offset, end: position + 1))
            }
        }
        return length
    }

    /// `0xE0 0x80`: the bytes in `range`, for UTF-8 messages.
    private func bytesInHex(_ range: Range<Int>) -> String {
        range.map { "0x" + Self.hex(base[$0]) }.joined(separator: " ")
    }

    /// Two upper-case hex digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    /// `U+001F`: a code point as Unicode writes it.
    static func codePoint(_ value: some BinaryInteger) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
