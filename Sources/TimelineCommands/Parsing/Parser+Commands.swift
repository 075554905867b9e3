import TimelineCore

/// The arguments of each command; the command word has been consumed.
extension Parser {
    /// `list [FILTER] [sort by KEY [asc|desc]] [limit N]`; `sort` and `limit` may come in either order.
    mutating func parseList() throws(ParseError) -> Command {
        var list = ListCommand(filter: try parseOptionalFilter())
        var sawSort = false
        var sawLimit = false
        while true {
            if !sawSort, let sort = try take("sort") {
                guard try take("by") != nil else { throw .expectedBy(after: sort.text, at: try spanOfNext()) }
                (list.sort, list.descending) = try parseSortKey()
                sawSort = true
            } else if !sawLimit, try take("limit") != nil {
                list.limit = try parseCount(after: "limit")
                sawLimit = true
            } else {
                return .list(list)
            }
        }
    }

    private mutating func parseSortKey() throws(ParseError) -> (ListCommand.SortKey, descending: Bool) {
        guard let token = try peek(), token.kind == .word else {
            throw .unknownSortKey(nil, at: try spanOfNext())
        }
        guard let key = ListCommand.SortKey(rawValue: token.text.lowercased()) else {
            throw .unknownSortKey(token.text, at: token.span)
        }
        try advance()
        if try take("desc") != nil { return (key, true) }
        _ = try take("asc")
        return (key, false)
    }

    /// A positive whole number after `keyword` (`limit 5`, `history 20`).
    mutating func parseCount(after keyword: String) throws(ParseError) -> Int {
        guard let token = try peek(), token.kind == .number else {
            throw .invalidCount(keyword: keyword, at: try spanOfNext())
        }
        let digits = token.text.filter { $0 != "," }
        if Int(digits) == nil, !digits.contains("."), digits.contains(where: { $0 != "0" }) {
            throw .numberTooLarge(token.text, limit: "9,223,372,036,854,775,807", at: token.span)
        }
        guard let count = Int(digits), count > 0 else { throw .invalidCount(keyword: keyword, at: token.span) }
        try advance()
        return count
    }

    /// `history [N]`.
    mutating func parseHistory() throws(ParseError) -> Command {
        guard try peek() != nil else { return .history(count: nil) }
        return .history(count: try parseCount(after: "history"))
    }

    /// `show ID`: the id is one word, number, date-like run or quoted string.
    mutating func parseShow() throws(ParseError) -> Command {
        guard let token = try peek(), Self.isValue(token) else { throw .expectedID(at: try spanOfNext()) }
        try advance()
        return .show(id: token.text, span: token.span)
    }

    /// `find TEXT`: the rest of the line; a single quoted string stands for its content.
    mutating func parseFind() throws(ParseError) -> Command {
        let (raw, span) = restOfLine()
        var text = raw
        if let first = raw.unicodeScalars.first, first == "'" || first.isDoubleQuote {
            // Quoted: it must lex as a string (an open quote is an error, and a
            // continuation in the REPL); text after the closing quote keeps it all raw.
            var lexer = Lexer(raw)
            do {
                if let string = try lexer.next(), string.kind == .string, try lexer.next() == nil {
                    text = string.text
                }
            } catch {
                throw .lex(Self.shift(error, by: span.start))
            }
        }
        guard !text.isEmpty else { throw .expectedSearchText(at: span) }
        return .find(text: text, span: span)
    }

    /// `count [FILTER] [by GROUPING]`
    mutating func parseCount() throws(ParseError) -> Command {
        let filter = try parseOptionalFilter()
        guard try take("by") != nil else { return .count(filter: filter, by: nil) }
        guard let token = try peek(), token.kind == .word else {
            throw .unknownGrouping(nil, at: try spanOfNext())
        }
        guard let grouping = Grouping(rawValue: token.text.lowercased()) else {
            throw .unknownGrouping(token.text, at: token.span)
        }
        try advance()
        return .count(filter: filter, by: grouping)
    }

    /// `help [TOPIC]`: any single word; the topic is lower-cased and checked by the session.
    mutating func parseHelp() throws(ParseError) -> Command {
        guard let token = try peek(), token.kind == .word else { return .help(topic: nil, span: nil) }
        try advance()
        return .help(topic: token.text.lowercased(), span: token.span)
    }

    /// `set [OPTION [VALUE]]`: the option is a word (lower-cased), the value one word,
    /// number, date-like run or quoted string (kept as typed).
    mutating func parseSet() throws(ParseError) -> Command {
        guard let option = try peek(), option.kind == .word else {
            return .set(option: nil, value: nil, optionSpan: nil, valueSpan: nil)
        }
        try advance()
        if option.text.lowercased() == "var" { return try parseSetVariable() }
        guard let value = try peek(), Self.isValue(value) else {
            return .set(option: option.text.lowercased(), value: nil, optionSpan: option.span, valueSpan: nil)
        }
        try advance()
        return .set(option: option.text.lowercased(), value: value.text, optionSpan: option.span, valueSpan: value.span)
    }

    /// `set var [NAME [VALUE]]`: the value is one word, number, date or quoted string.
    private mutating func parseSetVariable() throws(ParseError) -> Command {
        guard let name = try peek(), name.kind == .word else {
            return .setVariable(name: nil, value: nil, nameSpan: nil)
        }
        try advance()
        guard let value = try peek(), Self.isValue(value) else {
            return .setVariable(name: name.text, value: nil, nameSpan: name.span)
        }
        try advance()
        return .setVariable(name: name.text, value: value.text, nameSpan: name.span)
    }

    /// Tokens that can stand for a value: a word, number, date-like run or string.
    static func isValue(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number, .date, .string: return true
        default: return false
        }
    }

    private static func shift(_ error: LexError, by delta: Int) -> LexError {
        switch error {
        case .unexpectedCharacter(let scalar, let span): return .unexpectedCharacter(scalar, span.shifted(by: delta))
        case .unterminatedString(let span): return .unterminatedString(span.shifted(by: delta))
        case .unterminatedBracket(let open, let end):
            return .unterminatedBracket(open: open.shifted(by: delta), end: end.shifted(by: delta))
        case .missingVariableName(let span): return .missingVariableName(span.shifted(by: delta))
        }
    }
}
