import TimelineCore

/// Why the ``Parser`` could not read a command, and where.
///
/// Only data (what and where); `CommandParser+Diagnostics.swift` is the one
/// place that writes the text, the notes and the suggestions.
public enum ParseError: Error, Hashable, Sendable {
    /// The lexer failed first.
    case lex(LexError)
    /// The line holds no command (`end` is the end of the input).
    case missingCommand(end: Span)
    /// The line starts with something other than a word: `(`, a string, a number.
    case expectedCommand(found: Token)
    /// `lst`: a word that names no command.
    case unknownCommand(String, Span)
    /// A bare word in a filter that is neither a keyword, nor `field:`, nor a metric before an operator.
    case unexpectedWordInFilter(String, Span)
    /// A date or number standing alone in a filter: `list 2025-01` (missing `in`), `list 900`.
    case unexpectedLiteralInFilter(Token)
    /// `tg:arrests`
    case unknownField(String, Span)
    /// `tag: arrests` or `tag :arrests`; `value` is the value as it should be written.
    case spaceAroundColon(field: String, value: String, at: Span)
    /// `tag:` with nothing after the colon.
    case expectedFieldValue(field: String, at: Span)
    /// `from` not followed by a date; `at` is the token found instead, or the end.
    case expectedDate(after: String, at: Span)
    /// The date text did not parse; `span` is already in line coordinates.
    case invalidDate(message: String, span: Span)
    /// `arrests >` not followed by a number.
    case expectedNumber(after: String, at: Span)
    /// An operator with no metric before it: `> 900`.
    case expectedMetric(before: String, at: Span)
    /// A word that is not one of the known ones: `unknown \(noun) '\(word)'`, with the known ones.
    case unknownWord(noun: String, word: String, known: [String], at: Span)
    /// A filter nested deeper than ``Parser/maximumDepth`` (parentheses and `not`s).
    case tooDeep(limit: Int, at: Span)
    /// Something required is missing after a keyword: `expected \(what) after '\(after)'`.
    case expected(String, after: String, at: Span)
    /// `not`, `and`, `or`, `(` with nothing usable after it.
    case expectedFilter(after: String, at: Span)
    /// `and` / `or` with no term before it.
    case expectedFilterBefore(String, at: Span)
    /// `possibly` / `certainly` before something that is neither a date or measure term nor `(`.
    case expectedQualifiable(after: String, at: Span)
    /// A `(` that is never closed.
    case unclosedParenthesis(open: Span, at: Span)
    /// `sort` not followed by `by`.
    case expectedBy(after: String, at: Span)
    /// `sort by` with a word that is no sort key (nil when nothing followed).
    case unknownSortKey(String?, at: Span)
    /// `count … by` with a word that is no grouping (nil when nothing followed).
    case unknownGrouping(String?, at: Span)
    /// `limit` or `history` with something other than a positive whole number.
    case invalidCount(keyword: String, at: Span)
    /// A number too large to hold: a count beyond `Int.max`, a figure beyond `Double`'s range.
    case numberTooLarge(String, limit: String, at: Span)
    /// `show` with no id.
    case expectedID(at: Span)
    /// `find` with no text.
    case expectedSearchText(at: Span)
    /// Tokens left after a complete command.
    case trailing(Token, command: CommandSpec.Name)

    /// Where the error points.
    public var span: Span {
        switch self {
        case .lex(let error): return error.span
        case .missingCommand(let span), .unknownCommand(_, let span), .unexpectedWordInFilter(_, let span),
            .unknownField(_, let span), .spaceAroundColon(_, _, let span), .expectedFieldValue(_, let span),
            .expectedDate(_, let span), .invalidDate(_, let span), .expectedNumber(_, let span),
            .expectedMetric(_, let span), .expectedFilter(_, let span), .expected(_, _, let span),
            .unknownWord(_, _, _, let span), .tooDeep(_, let span),
            .expectedFilterBefore(_, let span),
            .expectedQualifiable(_, let span), .unclosedParenthesis(_, let span), .expectedBy(_, let span),
            .unknownSortKey(_, let span), .unknownGrouping(_, let span), .invalidCount(_, let span),
            .numberTooLarge(_, _, let span),
            .expectedID(let span), .expectedSearchText(let span):
            return span
        case .expectedCommand(let token), .unexpectedLiteralInFilter(let token), .trailing(let token, _):
            return token.span
        }
    }

    /// True when an open quote or `[` reached the end of the line, or when the
    /// error is at the very end of a line that has an unclosed `(`: more input
    /// could complete it.
    func needsMoreInput(endOffset: Int, openParentheses: Int) -> Bool {
        if case .lex(let error) = self { return error.needsMoreInput }
        return openParentheses > 0 && span == .point(endOffset)
    }
}
