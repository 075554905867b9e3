import TimelineCore

/// Splits the raw text of file commands (`load`, `save`, `run`, `export … to`)
/// into words the way a shell does — spaces separate, `'…'` and `"…"` quote,
/// a backslash escapes the next character — keeping each word's span, so a
/// path may hold slashes, dots, tildes and spaces.
enum ShellWords {
    struct Word: Hashable {
        var text: String
        var span: Span
        /// True when any part of the word was quoted (then `--force` is a path, not an option).
        var quoted: Bool
    }

    /// The words of `text`, whose first byte is at `base` in the line.
    static func split(_ text: String, base: Int) throws(ParseError) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start: Int?
        var quoted = false
        var quote: Character?
        var quoteStart = 0
        var offset = base
        var escaped = false
        for character in text {
            let width = character.utf8.count
            defer { offset += width }
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if open == "\"" && character == "\\" {
                    escaped = true  // inside double quotes, \" and \\ are escapes
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n":
                if let begin = start {
                    words.append(Word(text: current, span: Span(start: begin, end: offset), quoted: quoted))
                }
                (current, start, quoted) = ("", nil, false)
            case "'", "\"":
                if start == nil { start = offset }
                quote = character
                quoteStart = offset
                quoted = true
            case "\\":
                if start == nil { start = offset }
                escaped = true
            default:
                if start == nil { start = offset }
                current.append(character)
            }
        }
        if quote != nil { throw .lex(.unterminatedString(Span(start: quoteStart, end: quoteStart + 1))) }
        if let begin = start {
            words.append(Word(text: current, span: Span(start: begin, end: offset), quoted: quoted))
        }
        return words
    }
}
