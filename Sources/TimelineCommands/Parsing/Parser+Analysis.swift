import TimelineCore

/// The analysis commands: `compare`, `check`, `explain`, `let`, `chart`.
extension Parser {
    /// `compare A with B [on METRIC]`
    mutating func parseCompare() throws(ParseError) -> Command {
        let left = try parseOperand(after: "compare")
        guard try take("with") != nil else { throw .expected("'with'", after: "compare A", at: try spanOfNext()) }
        var command = CompareCommand(left: left, right: try parseOperand(after: "with"))
        if let on = try take("on") {
            guard let metric = try peek(), metric.kind == .word else {
                throw .expected("a metric", after: on.text, at: try spanOfNext())
            }
            try advance()
            command.metric = metric.text
            command.metricSpan = metric.span
        }
        return .compare(command)
    }

    /// An event id, a `(FILTER)`, a `$NAME` or a period.
    private mutating func parseOperand(after keyword: String) throws(ParseError) -> CompareOperand {
        guard let token = try peek() else {
            throw .expected("an event id, a (filter), a $name or a period", after: keyword, at: try spanOfNext())
        }
        switch token.kind {
        case .leftParen:
            try advance()
            let filter = try parseOptionalFilter()
            guard let close = try peek(), close.kind == .rightParen else {
                throw .unclosedParenthesis(open: token.span, at: try spanOfNext())
            }
            try advance()
            return .selection(filter, token.span.union(close.span))
        case .variable:
            try advance()
            return .selection(.named(token.text, token.span), token.span)
        case .date, .number:
            try advance()
            do {
                return .period(try FuzzyDate.parsePeriod(token.text), text: token.text, token.span)
            } catch {
                throw .invalidDate(message: error.message, span: error.span.shifted(by: token.span.start))
            }
        case .word, .string:
            try advance()
            return .event(token.text, token.span)
        default:
            throw .expected("an event id, a (filter), a $name or a period", after: keyword, at: token.span)
        }
    }

    /// `check [FILTER] [--strict] [--limit N | --all]`; the options may stand before or after the filter.
    mutating func parseCheck() throws(ParseError) -> Command {
        var strict = false
        var limit: Int? = CheckReport.defaultLimit
        var sawLimit = false
        func options(_ parser: inout Parser) throws(ParseError) {
            while true {
                if !strict, try parser.take("--strict") != nil {
                    strict = true
                } else if !sawLimit, try parser.take("--limit") != nil {
                    limit = try parser.parseCount(after: "--limit")
                    sawLimit = true
                } else if !sawLimit, try parser.take("--all") != nil {
                    limit = nil
                    sawLimit = true
                } else {
                    return
                }
            }
        }
        try options(&self)
        let filter = try parseOptionalFilter()
        try options(&self)
        return .check(filter: filter, strict: strict, limit: limit)
    }

    /// `explain FILTER`
    mutating func parseExplain() throws(ParseError) -> Command {
        guard try peek() != nil else { throw .expected("a filter", after: "explain", at: try spanOfNext()) }
        return .explain(filter: try parseOptionalFilter())
    }

    /// `let NAME = FILTER`
    mutating func parseLet() throws(ParseError) -> Command {
        guard let name = try peek(), name.kind == .word else {
            throw .expected("a name", after: "let", at: try spanOfNext())
        }
        try advance()
        guard let equals = try peek(), equals.kind == .comparison(.equal) else {
            throw .expected("'='", after: "let \(name.text)", at: try spanOfNext())
        }
        try advance()
        guard try peek() != nil else { throw .expected("a filter", after: "=", at: try spanOfNext()) }
        return .define(name: name.text, filter: try parseOptionalFilter(), nameSpan: name.span)
    }

    /// `chart METRIC [FILTER] [by day|week|month|year]`
    mutating func parseChart() throws(ParseError) -> Command {
        guard let metric = try peek(), metric.kind == .word else {
            throw .expected("a metric", after: "chart", at: try spanOfNext())
        }
        try advance()
        var command = ChartCommand(metric: metric.text, metricSpan: metric.span, filter: try parseOptionalFilter())
        if try take("by") != nil {
            guard let word = try peek(), word.kind == .word,
                let grouping = Grouping(rawValue: word.text.lowercased()),
                [.day, .week, .month, .year].contains(grouping)
            else {
                throw .expected("day, week, month or year", after: "by", at: try spanOfNext())
            }
            try advance()
            command.grouping = grouping
        }
        return .chart(command)
    }
}
