import TimelineCore

/// The leaf terms of a filter: dates, `field:value`, and `metric OP number`.
extension Parser {
    /// `from|to|on|in|during DATE`; the date is parsed with `FuzzyDate.parsePeriod`, and a
    /// date error is moved to where the date stands in the line.
    mutating func parseDateTerm(_ relation: DateTerm.Relation, _ keyword: Token) throws(ParseError) -> Filter {
        try advance()
        if let (relative, text, span) = try parseRelativeDate(after: keyword) {
            return .date(DateTerm(relation: relation, date: relative, text: text, span: keyword.span.union(span)))
        }
        guard let date = try peek(), date.kind == .date || date.kind == .number else {
            throw .expectedDate(after: keyword.text, at: try spanOfNext())
        }
        try advance()
        let parsed: FuzzyDate
        do {
            parsed = try FuzzyDate.parsePeriod(date.text)
        } catch {
            // A date that came from a parameter points at `$NAME` as a whole.
            let fromParameter = date.span.end - date.span.start != date.text.utf8.count
            throw .invalidDate(
                message: error.message, span: fromParameter ? date.span : error.span.shifted(by: date.span.start))
        }
        return .date(DateTerm(relation: relation, date: parsed, text: date.text, span: keyword.span.union(date.span)))
    }

    /// `FIELD:VALUE`, written without spaces; `word` is the field, the next token the colon.
    mutating func parseFieldTerm(_ word: Token) throws(ParseError) -> Filter {
        guard let field = FieldTerm.Field(rawValue: word.text.lowercased()) else {
            throw .unknownField(word.text, word.span)
        }
        try advance()
        guard let colon = try advance() else { throw .expectedFieldValue(field: word.text, at: endSpan) }
        guard let value = try peek(), Self.isValue(value) else {
            throw .expectedFieldValue(field: word.text, at: try spanOfNext())
        }
        try advance()
        guard colon.span.start == word.span.end else {
            throw .spaceAroundColon(field: word.text, value: Self.written(value), at: colon.span)
        }
        guard value.span.start == colon.span.end else {
            throw .spaceAroundColon(field: word.text, value: Self.written(value), at: value.span)
        }
        return .field(
            FieldTerm(field: field, value: value.text, span: word.span.union(value.span), valueSpan: value.span))
    }

    /// `METRIC OP NUMBER`; `metric` is any word (metric names are checked against the data later).
    mutating func parseMeasureTerm(_ metric: Token) throws(ParseError) -> Filter {
        try advance()
        guard let op = try advance(), case .comparison(let comparison) = op.kind else {
            // Only called when the next token is an operator.
            throw .expectedMetric(before: metric.text, at: metric.span)
        }
        guard let number = try peek(), number.kind == .number,
            let value = Double(number.text.filter { $0 != "," })
        else {
            throw .expectedNumber(after: op.text, at: try spanOfNext())
        }
        // 400 nines read as +infinity: refuse rather than compare against infinity.
        guard value.isFinite else {
            throw .numberTooLarge(number.text, limit: "about 1.8 × 10^308", at: number.span)
        }
        try advance()
        return .measure(
            MeasureTerm(
                metric: metric.text, comparison: comparison, value: value, span: metric.span.union(number.span),
                metricSpan: metric.span))
    }

    /// A value token as the user should write it: strings back in double quotes.
    private static func written(_ token: Token) -> String {
        guard token.kind == .string else { return token.text }
        let escaped = token.text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
