import TimelineCore

/// Reads one command line into a ``Command`` value, pulling tokens from a ``Lexer``.
///
/// A recursive-descent parser over the grammar in docs/grammar.md. It throws a
/// ``ParseError`` (what and where); ``CommandParser`` turns that into a
/// ``TimelineCore/Diagnostic``. Most callers want ``CommandParser/parse(_:vocabulary:)``.
///
/// ```swift
/// var parser = Parser("count tag:arrests by month")
/// let command = try parser.parseCommand()
/// // .count(filter: .field(tag:arrests), by: .month)
/// ```
public struct Parser: Sendable {
    private var lexer: Lexer
    /// Tokens read from the lexer but not yet consumed.
    private var lookahead: [Token] = []
    /// `(` minus `)` among the tokens read so far (for ``isIncomplete(_:)``).
    private var openParentheses = 0
    /// Today and the script parameters.
    let context: ParserContext
    /// How deep the filter being read is nested (parentheses and `not`s), bounded by ``maximumDepth``.
    var depth = 0
    /// The deepest a filter may nest: far beyond what anyone writes, well short of the stack's end.
    public static let maximumDepth = 200
    /// The whole line, for commands that read part of it raw (paths).
    let line: String

    public init(_ line: String, context: ParserContext = ParserContext()) {
        lexer = Lexer(line)
        self.context = context
        self.line = line
    }

    /// Parses the whole line as one command.
    ///
    /// - Complexity: O(*n*) in the length of the line.
    public mutating func parseCommand() throws(ParseError) -> Command {
        guard let first = try peek() else { throw .missingCommand(end: endSpan) }
        guard first.kind == .word else { throw .expectedCommand(found: first) }
        guard let spec = CommandSpec.named(first.text) else { throw .unknownCommand(first.text, first.span) }
        try advance()
        let command: Command
        switch spec.name {
        case .list: command = try parseList()
        case .show: command = try parseShow()
        case .find: command = try parseFind()
        case .count: command = try parseCount()
        case .sources: command = .sources(filter: try parseOptionalFilter())
        case .help: command = try parseHelp()
        case .set: command = try parseSet()
        case .compare: command = try parseCompare()
        case .check: command = try parseCheck()
        case .explain: command = try parseExplain()
        case .let: command = try parseLet()
        case .timeline: command = .timeline(filter: try parseOptionalFilter())
        case .chart: command = try parseChart()
        case .export: command = try parseExport()
        case .load: command = try parseLoad()
        case .run: command = try parseRun()
        case .save: command = try parseSave()
        case .add: command = try parseAdd(after: first)
        case .edit: command = try parseEdit()
        case .delete: command = try parseDelete()
        case .note: command = try parseNote()
        case .undo: command = .undo
        case .history: command = try parseHistory()
        case .quit: command = .quit
        }
        if let extra = try peek() { throw .trailing(extra, command: spec.name) }
        return command
    }

    /// Whether `line` is an unfinished command that a continuation line could
    /// complete: an open quote or `[`, a trailing backslash, or an unclosed `(` with
    /// the line ending before the filter does.
    ///
    /// The REPL asks this before reporting an error, and shows a second prompt instead.
    ///
    /// ```swift
    /// Parser.isIncomplete("list (tag:arrests or")  // true
    /// Parser.isIncomplete("list tag:arrests")      // false
    /// ```
    public static func isIncomplete(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.unicodeScalars.last, last.properties.isWhitespace {
            trimmed = trimmed.dropLast()
        }
        if trimmed.hasSuffix("\\") { return true }
        var parser = Parser(line)
        do {
            _ = try parser.parseCommand()
            return false
        } catch {
            return error.needsMoreInput(endOffset: parser.lexer.endOffset, openParentheses: parser.openParentheses)
        }
    }

    // MARK: - Token stream

    /// The token `offset` places ahead, without consuming it.
    mutating func peek(_ offset: Int = 0) throws(ParseError) -> Token? {
        while lookahead.count <= offset {
            let next: Token?
            do { next = try lexer.next() } catch { throw .lex(error) }
            guard let next else { return nil }
            if next.kind == .variable, let value = context.variables[next.text] {
                // A parameter reads as its value's tokens, each pointing at `$NAME` for errors.
                let tokens: [Token]
                do { tokens = try Lexer.tokenize(value) } catch { throw .lex(error) }
                lookahead += tokens.map { Token($0.kind, $0.text, next.span) }
                continue
            }
            if next.kind == .leftParen { openParentheses += 1 }
            if next.kind == .rightParen { openParentheses -= 1 }
            lookahead.append(next)
        }
        return lookahead[offset]
    }

    /// Consumes and returns the next token.
    @discardableResult
    mutating func advance() throws(ParseError) -> Token? {
        guard try peek() != nil else { return nil }
        return lookahead.removeFirst()
    }

    /// Consumes the next token when it is the word `keyword` (any case).
    mutating func take(_ keyword: String) throws(ParseError) -> Token? {
        guard let token = try peek(), token.isWord(keyword) else { return nil }
        return try advance()
    }

    /// The span of the next token, or the end of the line: where "expected …" errors point.
    mutating func spanOfNext() throws(ParseError) -> Span {
        try peek()?.span ?? endSpan
    }

    /// A zero-width span at the end of the line.
    var endSpan: Span { .point(lexer.endOffset) }

    /// The raw rest of the line (for `find`); only valid with no token looked ahead.
    mutating func restOfLine() -> (text: String, span: Span) {
        precondition(lookahead.isEmpty, "restOfLine() after a token was looked ahead")
        return lexer.restOfLine()
    }
}
