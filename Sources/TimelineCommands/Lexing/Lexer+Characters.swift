/// Character classes of the command language, on Unicode scalars.
///
/// The lexer works on scalars, not `Character`s: a combining mark typed after a
/// space would otherwise merge with the space into one `Character` and hide a
/// token boundary.
extension Unicode.Scalar {
    var isSpace: Bool { properties.isWhitespace }

    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    var isMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A letter (any script) or `*`, the wildcard of field values.
    var startsWord: Bool { (properties.isAlphabetic && !isMark) || self == "*" }

    /// Letters, digits, combining marks, `-`, `_`, `.` and `*`.
    var continuesWord: Bool {
        properties.isAlphabetic || isMark || properties.generalCategory == .decimalNumber
            || self == "-" || self == "_" || self == "." || self == "*"
    }

    /// Quotes that open a double-quoted string: `"`, and the curly `“` and `”`.
    var isDoubleQuote: Bool { self == "\"" || self == "\u{201C}" || self == "\u{201D}" }

    /// How to name the character in an error: `'!'`, or `U+0301` for one that does not print alone.
    var quotedForError: String {
        if isMark || properties.generalCategory == .control || properties.generalCategory == .format
            || isSpace
        {
            return "U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(self)'"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Whether `text` is a number as the language writes them: `900`, `1200`, `1,200`,
/// `0.52`, `1,200.5`. Thousands commas must group exactly three digits.
func isNumberLiteral(_ text: Substring) -> Bool {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits: (Substring) -> Bool = { !$0.isEmpty && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
    guard let whole = parts.first else { return false }
    if parts.count == 2 && !digits(parts[1]) { return false }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard let first = groups.first, digits(first) else { return false }
    if groups.count == 1 { return true }
    return first.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 && digits($0) }
}
