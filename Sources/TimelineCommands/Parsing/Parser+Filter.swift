import TimelineCore

/// The filter grammar:
///
/// ```
/// FILTER  := OR
/// OR      := AND { "or" AND }
/// AND     := UNARY { ["and"] UNARY }
/// UNARY   := "not" UNARY | [ "possibly" | "certainly" ] PRIMARY
/// PRIMARY := "(" FILTER ")" | DATE-TERM | FIELD ":" VALUE | METRIC OP NUMBER | STRING | $NAME
/// ```
extension Parser {
    /// Words that end a filter (besides `)` and the end of the line).
    static let filterStops: Set<String> = clauseWords.union(["or"])
    /// Words that end a filter and start a command's clause or option.
    static let clauseWords: Set<String> = ["sort", "limit", "by", "--strict", "--limit", "--all"]

    /// A filter if one starts here, else `.all` (so `list`, `list sort by id`, `count by kind` work).
    mutating func parseOptionalFilter() throws(ParseError) -> Filter {
        guard let token = try peek(), token.kind != .rightParen else { return .all }
        if token.kind == .word, Self.clauseWords.contains(token.text.lowercased()) { return .all }
        return try parseOr(after: nil)
    }

    /// `AND { "or" AND }`; `previous` is the token before the filter (nil at the start of a command's filter).
    private mutating func parseOr(after previous: Token?) throws(ParseError) -> Filter {
        var terms = [try parseAnd(after: previous)]
        while let or = try take("or") {
            terms.append(try parseAnd(after: or))
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    /// `UNARY { ["and"] UNARY }`: writing terms side by side means "and".
    private mutating func parseAnd(after previous: Token?) throws(ParseError) -> Filter {
        var terms = [try parseUnary(after: previous)]
        while let token = try peek() {
            if let and = try take("and") {
                terms.append(try parseUnary(after: and))
            } else if token.kind == .rightParen
                || (token.kind == .word && Self.filterStops.contains(token.text.lowercased()))
            {
                break
            } else {
                terms.append(try parseUnary(after: nil))
            }
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// `"not" UNARY | [possibly|certainly] PRIMARY`
    private mutating func parseUnary(after previous: Token?) throws(ParseError) -> Filter {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw .tooDeep(limit: Self.maximumDepth, at: try spanOfNext()) }
        if let not = try take("not") {
            return .not(try parseUnary(after: not))
        }
        for mode in MatchMode.allCases {
            if let qualifier = try take(mode.rawValue) {
                return try parseQualified(mode, after: qualifier)
            }
        }
        return try parsePrimary(after: previous)
    }

    /// What may follow `possibly`/`certainly`: a date term, a measure term, or `( FILTER )`,
    /// whose date and measure terms without a mode of their own all get `mode`.
    private mutating func parseQualified(_ mode: MatchMode, after qualifier: Token) throws(ParseError) -> Filter {
        let notQualifiable = ParseError.expectedQualifiable(after: qualifier.text, at: try spanOfNext())
        guard let token = try peek() else { throw notQualifiable }
        let isDateTerm = token.kind == .word && DateTerm.Relation(rawValue: token.text.lowercased()) != nil
        let isMeasureTerm: Bool
        if case .comparison = try peek(1)?.kind, token.kind == .word {
            isMeasureTerm = true
        } else {
            isMeasureTerm = false
        }
        guard token.kind == .leftParen || isDateTerm || isMeasureTerm else { throw notQualifiable }
        return Self.applying(mode, to: try parsePrimary(after: qualifier))
    }

    /// `filter` with `mode` set on every date and measure term that has none.
    static func applying(_ mode: MatchMode, to filter: Filter) -> Filter {
        switch filter {
        case .date(var term):
            term.mode = term.mode ?? mode
            return .date(term)
        case .measure(var term):
            term.mode = term.mode ?? mode
            return .measure(term)
        case .and(let terms): return .and(terms.map { applying(mode, to: $0) })
        case .or(let terms): return .or(terms.map { applying(mode, to: $0) })
        case .not(let inner): return .not(applying(mode, to: inner))
        case .all, .field, .text, .named: return filter
        }
    }

    private mutating func parsePrimary(after previous: Token?) throws(ParseError) -> Filter {
        guard let token = try peek() else { throw .expectedFilter(after: previous?.text ?? "", at: endSpan) }
        switch token.kind {
        case .leftParen:
            try advance()
            if let close = try peek(), close.kind == .rightParen { throw .expectedFilter(after: "(", at: close.span) }
            let inner = try parseOr(after: token)
            guard let close = try peek(), close.kind == .rightParen else {
                throw .unclosedParenthesis(open: token.span, at: try spanOfNext())
            }
            try advance()
            return inner
        case .string:
            try advance()
            return .text(TextTerm(text: token.text, span: token.span))
        case .variable:
            try advance()
            return .named(token.text, token.span)
        case .comparison:
            throw .expectedMetric(before: token.text, at: token.span)
        case .number, .date:
            throw .unexpectedLiteralInFilter(token)
        case .rightParen, .colon:
            throw .expectedFilter(after: previous?.text ?? "", at: token.span)
        case .word:
            return try parseWordTerm(token, after: previous)
        }
    }

    /// A term that starts with a word: a date term, `field:value`, `metric OP number`, or an error.
    private mutating func parseWordTerm(_ word: Token, after previous: Token?) throws(ParseError) -> Filter {
        let next = try peek(1)
        if next?.kind == .colon { return try parseFieldTerm(word) }
        if case .comparison = next?.kind { return try parseMeasureTerm(word) }
        let lowered = word.text.lowercased()
        if let relation = DateTerm.Relation(rawValue: lowered) { return try parseDateTerm(relation, word) }
        if Self.keywords.contains(lowered) {
            guard let previous else { throw .expectedFilterBefore(word.text, at: word.span) }
            throw .expectedFilter(after: previous.text, at: word.span)
        }
        throw .unexpectedWordInFilter(word.text, word.span)
    }

    /// The filter keywords, for telling a misplaced keyword from an unknown word.
    static let keywords: [String] = [
        "and", "or", "not", "from", "to", "on", "in", "during", "possibly", "certainly", "sort", "by", "limit",
    ]
}
