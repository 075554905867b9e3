import TimelineCore

/// Why the ``Lexer`` could not read a line, and where.
///
/// Only data: ``CommandParser`` turns it into a ``TimelineCore/Diagnostic``
/// (see `CommandParser+Diagnostics.swift`), the one place error text is written.
public enum LexError: Error, Hashable, Sendable {
    /// A character that starts no token: `!` alone, `,`, `#`, a combining mark after a space.
    case unexpectedCharacter(Unicode.Scalar, Span)
    /// A string with no closing quote; the span is the opening quote.
    case unterminatedString(Span)
    /// A date with a `[` and no `]`; `open` is the `[`, `end` the end of the input.
    case unterminatedBracket(open: Span, end: Span)
    /// `$` not followed by a name.
    case missingVariableName(Span)

    /// Where the error points.
    public var span: Span {
        switch self {
        case .unexpectedCharacter(_, let span), .unterminatedString(let span), .missingVariableName(let span):
            return span
        case .unterminatedBracket(_, let end):
            return end
        }
    }

    /// True when more input could complete the line (an open quote or bracket).
    public var needsMoreInput: Bool {
        switch self {
        case .unterminatedString, .unterminatedBracket: return true
        case .unexpectedCharacter, .missingVariableName: return false
        }
    }
}
