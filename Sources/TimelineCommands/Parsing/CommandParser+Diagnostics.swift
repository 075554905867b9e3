import TimelineCore

/// The one place where lexer and parser errors become text.
extension CommandParser {
    /// The ``TimelineCore/Diagnostic`` for `error`, found while parsing `line`.
    ///
    /// ```swift
    /// diagnostic(for: .unknownCommand("lst", Span(start: 0, end: 3)), in: "lst", vocabulary: [])
    /// // error "unknown command 'lst'", note "did you mean 'list'?"
    /// ```
    public static func diagnostic(for error: ParseError, in line: String, vocabulary: [String] = []) -> Diagnostic {
        let column: (Span) -> String = { span in
            let (row, col) = SourceText(name: "", text: line).location(of: span.start)
            return row == 1 ? "column \(col)" : "line \(row), column \(col)"
        }
        switch error {
        case .lex(let lexError):
            return diagnostic(for: lexError, column: column)
        case .missingCommand(let end):
            return .error("expected a command", at: end, notes: [commandList])
        case .expectedCommand(let found):
            return .error("expected a command, found \(found.quoted)", at: found.span, notes: [commandList])
        case .unknownCommand(let word, let span):
            let suggestion = Suggestion.nearest(to: word, in: CommandSpec.spellings)
            let base = Diagnostic.error("unknown command '\(word)'", at: span)
            return suggestion == nil
                ? Diagnostic.error(base.message, at: span, notes: [commandList]) : base.suggesting(suggestion)
        case .unexpectedWordInFilter(let word, let span):
            return .error("unexpected word '\(word)' in filter", at: span)
                .suggesting(suggestion(forFilterWord: word, vocabulary: vocabulary))
                .noting("quote it to search for text: \"\(word)\"")
        case .unexpectedLiteralInFilter(let token) where token.kind == .date || token.text.count == 4:
            return .error("unexpected date '\(token.text)' in filter", at: token.span)
                .suggesting("in \(token.text)")
        case .unexpectedLiteralInFilter(let token):
            return .error("unexpected number '\(token.text)' in filter", at: token.span)
                .noting("compare a metric with it, like arrests > \(token.text)")
        case .unknownField(let word, let span):
            let fields = FieldTerm.Field.allCases.map(\.rawValue)
            return .error("unknown field '\(word)'", at: span)
                .suggesting(Suggestion.nearest(to: word, in: fields))
                .noting("fields: " + fields.joined(separator: ", "))
        case .spaceAroundColon(let field, let value, let span):
            return .error("no space allowed around ':'", at: span).noting("write it as \(field):\(value)")
        case .expectedFieldValue(let field, let span):
            return .error("expected a value after '\(field):'", at: span)
        case .expectedDate(let keyword, let span):
            return .error("expected a date after '\(keyword)'", at: span)
                .noting("dates look like 2025-01-25, 2025-01, 2025-W05, 2025-Q1, 1990s, 2025-01-20/2025-02-10")
        case .invalidDate(let message, let span):
            return .error(message, at: span)
        case .expectedNumber(let op, let span):
            return .error("expected a number after '\(op)'", at: span).noting("numbers look like 900, 1,200 or 0.52")
        case .expectedMetric(let op, let span):
            return .error("expected a metric before '\(op)'", at: span).noting("like arrests \(op) 900")
        case .unknownWord(let noun, let word, let known, let span):
            return Diagnostic.error("unknown \(noun) '\(word)'", at: span)
                .suggesting(Suggestion.nearest(to: word, in: known))
                .noting("\(noun)s: " + known.joined(separator: ", "))
        case .tooDeep(let limit, let span):
            return .error("the filter nests more than \(limit) levels deep", at: span)
        case .expected(let what, let previous, let span):
            return .error("expected \(what) after '\(previous)'", at: span)
        case .expectedFilter(let previous, let span):
            return .error("expected a filter after '\(previous)'", at: span)
        case .expectedFilterBefore(let keyword, let span):
            return .error("expected a filter before '\(keyword)'", at: span)
        case .expectedQualifiable(let qualifier, let span):
            return .error("expected a date or measure term after '\(qualifier)'", at: span)
                .noting(
                    "'\(qualifier.lowercased())' qualifies from/to/on/in/during DATE, METRIC OP NUMBER, or ( FILTER )")
        case .unclosedParenthesis(let open, let span):
            return .error("expected ')' to close '('", at: span).noting("'(' opened at \(column(open))")
        case .expectedBy(let sort, let span):
            return .error("expected 'by' after '\(sort)'", at: span)
        case .unknownSortKey(let word, let span):
            let keys = ListCommand.SortKey.allCases.map(\.rawValue)
            let base: Diagnostic =
                word.map {
                    .error("unknown sort key '\($0)'", at: span).suggesting(Suggestion.nearest(to: $0, in: keys))
                }
                ?? .error("expected a sort key after 'by'", at: span)
            return base.noting("sort keys: " + keys.joined(separator: ", "))
        case .unknownGrouping(let word, let span):
            let groupings = Grouping.allCases.map(\.rawValue)
            let base: Diagnostic =
                word.map {
                    .error("unknown grouping '\($0)'", at: span).suggesting(Suggestion.nearest(to: $0, in: groupings))
                }
                ?? .error("expected a grouping after 'by'", at: span)
            return base.noting("groupings: " + groupings.joined(separator: ", "))
        case .invalidCount(let keyword, let span):
            return .error("\(keyword) needs a positive whole number", at: span)
        case .numberTooLarge(let number, let limit, let span):
            return .error("number too large: \(number)", at: span).noting("the largest allowed here is \(limit)")
        case .expectedID(let span):
            return .error("expected an event id after 'show'", at: span)
        case .expectedSearchText(let span):
            return .error("expected text to search for after 'find'", at: span)
        case .trailing(let token, _) where token.kind == .rightParen:
            return .error("unmatched ')'", at: token.span)
        case .trailing(let token, let command):
            return .error("unexpected \(token.quoted) after the command", at: token.span)
                .noting("usage: " + CommandSpec.spec(for: command).syntax)
        }
    }

    private static func diagnostic(for error: LexError, column: (Span) -> String) -> Diagnostic {
        switch error {
        case .unexpectedCharacter(let scalar, let span):
            return .error("unexpected character \(scalar.quotedForError)", at: span)
        case .unterminatedString(let span):
            return .error("unterminated string", at: span)
        case .unterminatedBracket(let open, let end):
            return .error("expected ']' to close '['", at: end).noting("'[' opened at \(column(open))")
        case .missingVariableName(let span):
            return .error("expected a name after '$'", at: span)
        }
    }

    /// "commands: count, find, help, …", sorted, without aliases.
    static var commandList: String {
        "commands: " + CommandSpec.all.map(\.name.rawValue).sorted().joined(separator: ", ")
    }

    /// The nearest keyword (`during`), field (`tag:`) or vocabulary entry (`tag:arrests`,
    /// matched on its value) to a bare word found in a filter.
    static func suggestion(forFilterWord word: String, vocabulary: [String]) -> String? {
        var byKey: [String: String] = [:]
        var keys: [String] = []
        func add(_ key: String, _ suggestion: String) {
            let lowered = key.lowercased()
            guard byKey[lowered] == nil else { return }
            byKey[lowered] = suggestion
            keys.append(lowered)
        }
        for keyword in Parser.keywords { add(keyword, keyword) }
        for field in FieldTerm.Field.allCases { add(field.rawValue, field.rawValue + ":") }
        for entry in vocabulary {
            guard let colon = entry.firstIndex(of: ":") else { continue }
            add(String(entry[entry.index(after: colon)...]), entry)
        }
        return Suggestion.nearest(to: word, in: keys).flatMap { byKey[$0] }
    }
}

extension Diagnostic {
    /// The same diagnostic with one more note.
    fileprivate func noting(_ note: String) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }
}
