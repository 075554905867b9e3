import TimelineCore

/// Splits a command line into ``Token``s, each with its byte span.
///
/// The lexer is pulled one token at a time by the ``Parser`` (so that `find`
/// can take the rest of the line as raw text, apostrophes and all), or run over
/// a whole line with ``tokenize(_:)``.
///
/// Lexical rules (see docs/grammar.md):
/// - words: a letter or `*`, then letters, digits, marks, `-`, `_`, `.`, `*`;
/// - numbers: `900`, `1,200`, `0.52`; dates: a run starting with a digit, `.`,
///   `/`, `[` or `Y` + digit, up to whitespace or a parenthesis outside `[ ]`;
/// - strings: `"…"`, `'…'` or `“…”`, with `\"`, `\'` and `\\` escapes;
/// - `$name`; `<` `<=` `>` `>=` `=` `!=` (also `≤` `≥` `≠`); `:` `(` `)`.
///
/// ```swift
/// let tokens = try Lexer.tokenize("count arrests >= 1,200")
/// // word "count", word "arrests", comparison ">=", number "1,200"
/// ```
public struct Lexer: Sendable {
    private let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the UTF-8 offset of `scalars[i]`; one extra entry for the end.
    private let offsets: [Int]
    private var position = 0

    public init(_ line: String) {
        scalars = Array(line.unicodeScalars)
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// All tokens of `line`.
    ///
    /// - Complexity: O(*n*) in the length of the line.
    public static func tokenize(_ line: String) throws(LexError) -> [Token] {
        var lexer = Lexer(line)
        var tokens: [Token] = []
        while let token = try lexer.next() { tokens.append(token) }
        return tokens
    }

    /// The byte offset one past the end of the line.
    public var endOffset: Int { offsets[scalars.count] }

    /// The next token, or nil at the end of the line.
    public mutating func next() throws(LexError) -> Token? {
        skipSpaces()
        guard position < scalars.count else { return nil }
        let start = position
        let scalar = scalars[start]
        switch scalar {
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case ":": return single(.colon)
        case "<", ">", "=", "!", "\u{2264}", "\u{2265}", "\u{2260}": return try comparison()
        case "$": return try variable()
        case "-" where start + 2 < scalars.count && scalars[start + 1] == "-" && scalars[start + 2].startsWord:
            // A command option such as `--strict`: one word token, dashes included.
            position += 2
            advance(while: \.continuesWord)
            return token(.word, from: start)
        case "'": return try string(closers: ["'"])
        case _ where scalar.isDoubleQuote: return try string(closers: ["\"", "\u{201C}", "\u{201D}"])
        case _ where startsDate(at: start): return try dateOrNumber()
        case _ where scalar.startsWord:
            advance(while: \.continuesWord)
            return token(.word, from: start)
        default:
            throw .unexpectedCharacter(scalar, span(from: start, to: start + 1))
        }
    }

    /// Everything left on the line, without surrounding whitespace, and its span.
    ///
    /// Consumes it: the next call to ``next()`` returns nil.
    public mutating func restOfLine() -> (text: String, span: Span) {
        skipSpaces()
        let start = position
        var end = scalars.count
        while end > start && scalars[end - 1].isSpace { end -= 1 }
        position = scalars.count
        return (text(from: start, to: end), span(from: start, to: end))
    }

    // MARK: - Token kinds

    private mutating func comparison() throws(LexError) -> Token {
        let start = position
        let first = scalars[position]
        position += 1
        let followedByEquals = position < scalars.count && scalars[position] == "="
        let op: MeasureTerm.Comparison
        switch first {
        case "<": op = followedByEquals ? .lessOrEqual : .lessThan
        case ">": op = followedByEquals ? .greaterOrEqual : .greaterThan
        case "=": op = .equal
        case "\u{2264}": op = .lessOrEqual
        case "\u{2265}": op = .greaterOrEqual
        case "\u{2260}": op = .notEqual
        default:  // "!"
            guard followedByEquals else { throw .unexpectedCharacter(first, span(from: start, to: start + 1)) }
            op = .notEqual
        }
        if followedByEquals && (first == "<" || first == ">" || first == "!") { position += 1 }
        return Token(.comparison(op), op.rawValue, span(from: start, to: position))
    }

    private mutating func variable() throws(LexError) -> Token {
        let start = position
        position += 1
        guard position < scalars.count, scalars[position].startsWord else {
            throw .missingVariableName(span(from: start, to: start + 1))
        }
        advance(while: \.continuesWord)
        return Token(.variable, text(from: start + 1, to: position), span(from: start, to: position))
    }

    private mutating func string(closers: Set<Unicode.Scalar>) throws(LexError) -> Token {
        let start = position
        position += 1
        var content = String.UnicodeScalarView()
        while position < scalars.count {
            let scalar = scalars[position]
            if closers.contains(scalar) {
                position += 1
                return Token(.string, String(content), span(from: start, to: position))
            }
            if scalar == "\\", position + 1 < scalars.count {
                let escaped = scalars[position + 1]
                if escaped == "\\" || escaped == "'" || escaped.isDoubleQuote {
                    content.append(escaped)
                } else {
                    // Not an escape the language knows: keep the backslash as typed.
                    content.append(scalar)
                    content.append(escaped)
                }
                position += 2
                continue
            }
            content.append(scalar)
            position += 1
        }
        throw .unterminatedString(span(from: start, to: start + 1))
    }

    private mutating func dateOrNumber() throws(LexError) -> Token {
        let start = position
        var depth = 0
        var outermostOpen = start
        while position < scalars.count {
            let scalar = scalars[position]
            if depth == 0 && (scalar.isSpace || scalar == "(" || scalar == ")") { break }
            if scalar == "[" {
                if depth == 0 { outermostOpen = position }
                depth += 1
            } else if scalar == "]" {
                depth = max(0, depth - 1)
            }
            position += 1
        }
        if depth > 0 {
            throw .unterminatedBracket(
                open: span(from: outermostOpen, to: outermostOpen + 1), end: .point(endOffset))
        }
        let text = text(from: start, to: position)
        let kind: Token.Kind = isNumberLiteral(Substring(text)) ? .number : .date
        return Token(kind, text, span(from: start, to: position))
    }

    // MARK: - Helpers

    private func startsDate(at index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar.isASCIIDigit || scalar == "." || scalar == "/" || scalar == "[" { return true }
        return scalar == "Y" && index + 1 < scalars.count && scalars[index + 1].isASCIIDigit
    }

    private mutating func single(_ kind: Token.Kind) -> Token {
        position += 1
        return token(kind, from: position - 1)
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind, text(from: start, to: position), span(from: start, to: position))
    }

    private mutating func skipSpaces() { advance(while: \.isSpace) }

    private mutating func advance(while predicate: (Unicode.Scalar) -> Bool) {
        while position < scalars.count && predicate(scalars[position]) { position += 1 }
    }

    private func text(from start: Int, to end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private func span(from start: Int, to end: Int) -> Span { Span(start: offsets[start], end: offsets[end]) }
}
