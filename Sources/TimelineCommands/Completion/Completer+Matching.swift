import TimelineCore

/// Prefix matching, and writing values so that they lex back as one token.
extension Completer {
    /// The words of `words` that start with `partial`, ignoring case: for
    /// keywords and command names, which the parser reads in any case.
    ///
    /// - Complexity: O(*n*) in the number of words.
    static func keywords(_ words: [String], matching partial: String) -> [String] {
        let lowered = partial.lowercased()
        return words.filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// The values of `sorted` that start with `partial`, in exact case; if none
    /// does, those that start with it ignoring case (`Ice` finds `ice`).
    ///
    /// - Parameter sorted: values in ascending order, as ``TimelineStore/vocabulary(for:)`` gives them.
    /// - Complexity: O(log *n* + *k*) for *k* exact matches; O(*n*) when falling back to case-insensitive.
    static func values(_ sorted: [String], matching partial: String) -> [String] {
        // The values starting with `partial` sort together, right after the place `partial` would go.
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < partial { low = mid + 1 } else { high = mid }
        }
        var exact: [String] = []
        while low < sorted.count, sorted[low].hasPrefix(partial) {
            exact.append(sorted[low])
            low += 1
        }
        if !exact.isEmpty || partial.isEmpty { return exact }
        let lowered = partial.lowercased()
        return sorted.filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// `value` as the lexer reads it back as one value: as is when it is one word,
    /// number or date-like run (`arrests`, `2025-01-26-memo`), else double-quoted
    /// with `"` and `\` escaped (`"white house"`).
    static func valueText(_ value: String) -> String {
        if let tokens = try? Lexer.tokenize(value), tokens.count == 1, tokens[0].text == value {
            switch tokens[0].kind {
            case .word, .number, .date: return value
            default: break
            }
        }
        return quoted(value, with: "\"")
    }

    /// `value` between `quote` and its closing quote, escaping what would end the string early.
    static func quoted(_ value: String, with quote: Character) -> String {
        let singleQuoted = quote == "'"
        var out = String(quote)
        for character in value {
            let isCloser = singleQuoted ? character == "'" : ["\"", "\u{201C}", "\u{201D}"].contains(character)
            if character == "\\" || isCloser { out.append("\\") }
            out.append(character)
        }
        out.append(singleQuoted ? "'" : quote == "\u{201C}" ? "\u{201D}" : quote)
        return out
    }
}
