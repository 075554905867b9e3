import TimelineCore

/// One lexical unit of a command line, with the bytes it came from.
///
/// The lexer does not know keywords: `list`, `from` and `arrests` are all
/// ``Kind/word`` tokens, and the ``Parser`` decides what a word means where it
/// stands (case-insensitively). This keeps metric names, tags and keywords from
/// fighting over the same spelling.
///
/// ```swift
/// let tokens = try Lexer.tokenize("list tag:arrests from 2025-01")
/// // word "list", word "tag", colon ":", word "arrests", word "from", date "2025-01"
/// ```
public struct Token: Hashable, Sendable, CustomStringConvertible {
    /// What sort of token this is.
    public enum Kind: Hashable, Sendable {
        /// Letters, digits, `-`, `_`, `.`, `*`, starting with a letter or `*`: keywords,
        /// command names, fields, metric slugs, field values.
        case word
        /// A whole number or decimal, optionally with thousands commas: `900`, `1,200`, `0.52`.
        /// Also a valid year, so date positions accept it too.
        case number
        /// Any other run starting with a digit, `.`, `/`, `[` or `Y` + digit: `2025-01-25`,
        /// `2025-W05`, `1990s`, `..2025-02`, `[2025-01-26,2025-02-02]`.
        case date
        /// A quoted string; ``Token/text`` holds its content with escapes resolved.
        case string
        /// `$NAME`; ``Token/text`` holds the name without the `$`.
        case variable
        /// A comparison operator: `<`, `<=`, `>`, `>=`, `=`, `!=`.
        case comparison(MeasureTerm.Comparison)
        case colon
        case leftParen
        case rightParen
    }

    public var kind: Kind
    /// The token's meaning as text: the source text for most kinds, the content
    /// of a string, the name of a variable.
    public var text: String
    /// The bytes of the line the token was read from, quotes and `$` included.
    public var span: Span

    public init(_ kind: Kind, _ text: String, _ span: Span) {
        self.kind = kind
        self.text = text
        self.span = span
    }

    /// Whether this is a word spelled `keyword`, ignoring case.
    public func isWord(_ keyword: String) -> Bool {
        kind == .word && text.lowercased() == keyword
    }

    /// How the token reads in an error message: `'xyz'`, `'"free text"'`, `'$name'`.
    public var quoted: String {
        switch kind {
        case .string: return "'\"\(text)\"'"
        case .variable: return "'$\(text)'"
        default: return "'\(text)'"
        }
    }

    public var description: String { "\(kind) \(quoted) \(span.start)..<\(span.end)" }
}
