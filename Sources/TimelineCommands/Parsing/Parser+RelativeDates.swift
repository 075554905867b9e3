import TimelineCore

/// Relative dates in date positions: `today`, `yesterday`, `this|last week`,
/// `this|last month`, `this|last year`, `last N days|weeks`. They resolve
/// against ``ParserContext/today`` when the line is parsed; the term keeps
/// the words as typed.
extension Parser {
    /// Words that start a relative date.
    static let relativeDateWords: Set<String> = ["today", "yesterday", "this", "last"]

    /// The relative date starting at the next token, with the text as typed and its span.
    mutating func parseRelativeDate(after keyword: Token) throws(ParseError) -> (FuzzyDate, String, Span)? {
        guard let first = try peek(), first.kind == .word,
            Self.relativeDateWords.contains(first.text.lowercased())
        else { return nil }
        guard let today = context.today else {
            throw .expected("a calendar date (relative dates need a 'today')", after: keyword.text, at: first.span)
        }
        try advance()
        let word = first.text.lowercased()
        switch word {
        case "today": return (FuzzyDate(day: today), first.text, first.span)
        case "yesterday": return (FuzzyDate(day: today.adding(days: -1)), first.text, first.span)
        default: break
        }
        guard let next = try peek() else {
            throw .expected("week, month, year or a number of days", after: first.text, at: try spanOfNext())
        }
        if word == "last", next.kind == .number, let n = Int(next.text.filter { $0 != "," }), n > 0 {
            try advance()
            guard let unit = try peek(), unit.kind == .word,
                let days = ["day": 1, "days": 1, "week": 7, "weeks": 7][unit.text.lowercased()]
            else {
                throw .expected("days or weeks", after: "last \(next.text)", at: try spanOfNext())
            }
            try advance()
            let text = "\(first.text) \(next.text) \(unit.text)"
            return (Self.interval(today.adding(days: 1 - n * days), today), text, first.span.union(unit.span))
        }
        guard next.kind == .word, let range = Self.calendarRange(next.text.lowercased(), around: today) else {
            throw .expected("week, month, year or a number of days", after: first.text, at: next.span)
        }
        try advance()
        let step = word == "last" ? -1 : 0
        let (lower, upper) = Self.shift(range, unit: next.text.lowercased(), by: step)
        return (Self.interval(lower, upper), "\(first.text) \(next.text)", first.span.union(next.span))
    }

    /// The ISO week, month or year holding `day`.
    private static func calendarRange(_ unit: String, around day: Day) -> (Day, Day)? {
        let (year, month, _) = day.components
        switch unit {
        case "week":
            let monday = day.adding(days: 1 - day.weekday)
            return (monday, monday.adding(days: 6))
        case "month":
            guard let first = Day(year: year, month: month, day: 1), let last = Day.lastDay(year: year, month: month)
            else { return nil }
            return (first, last)
        case "year":
            guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31)
            else { return nil }
            return (first, last)
        default: return nil
        }
    }

    /// The range `steps` weeks, months or years before or after `range`.
    private static func shift(_ range: (Day, Day), unit: String, by steps: Int) -> (Day, Day) {
        guard steps != 0 else { return range }
        switch unit {
        case "week": return (range.0.adding(days: 7 * steps), range.1.adding(days: 7 * steps))
        default:
            let before = range.0.adding(days: -1)
            return calendarRange(unit, around: before) ?? range
        }
    }

    private static func interval(_ lower: Day, _ upper: Day) -> FuzzyDate {
        guard lower != upper else { return FuzzyDate(day: lower) }
        return (try? FuzzyDate.parse("\(lower)/\(upper)")) ?? FuzzyDate(day: lower)
    }
}
