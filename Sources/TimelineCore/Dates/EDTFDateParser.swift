/// Parses one date (`2025-01-25`, `201X`, `2001-21?`, `Y-170000002` …) that
/// must fill a byte range exactly; used by ``EDTFParser`` for single dates,
/// interval ends and set members.
///
/// Errors carry spans in offsets of the whole text, under the offending part:
/// the `30` of `2016-02-30`, the `1` of `T1:10:10`.
struct EDTFDateParser {
    let bytes: [UInt8]
    let end: Int
    let allowsPeriods: Bool
    var pos: Int

    init(bytes: [UInt8], range: Range<Int>, allowsPeriods: Bool) {
        self.bytes = bytes
        self.end = range.upperBound
        self.allowsPeriods = allowsPeriods
        pos = range.lowerBound
    }

    mutating func parse() throws(EDTFError) -> EDTFDate {
        var date = EDTFDate(value: try parseValue())
        if peek == ASCII.upperT {
            guard case .day = date.value else {
                throw EDTFError("a time needs a full date (year, month and day)", from: pos, to: end)
            }
            try parseTime()
            if let byte = peek, [ASCII.question, ASCII.tilde, ASCII.percent].contains(byte) {
                throw EDTFError("a date with a time cannot be qualified", from: pos, to: pos + 1)
            }
        } else if let byte = peek, [ASCII.question, ASCII.tilde, ASCII.percent].contains(byte) {
            date.isUncertain = byte != ASCII.tilde
            date.isApproximate = byte != ASCII.question
            pos += 1
        }
        guard pos == end else {
            throw EDTFError("unexpected '\(text(pos..<end))' after the date", from: pos, to: end)
        }
        return date
    }

    private mutating func parseValue() throws(EDTFError) -> EDTFDate.Value {
        if peek == ASCII.upperY { return .year(try parseLongYear()) }
        let signStart = pos
        let negative = consume(ASCII.minus)
        let run = scanRun(length: 4)
        guard run.count == 4 else { throw yearLengthError(run, negative: negative) }
        try rejectLowercaseX(in: run)
        let digitCount = bytes[run].prefix(while: ASCII.isDigit).count
        let number = integer(run.lowerBound..<run.lowerBound + digitCount)
        let hidden = 4 - digitCount
        if hidden > 0 {
            guard bytes[(run.lowerBound + digitCount)..<run.upperBound].allSatisfy({ $0 == ASCII.upperX }) else {
                throw EDTFError("unspecified digits (X) must be the last digits of the year", at: span(run))
            }
            guard hidden <= 2 else {
                throw EDTFError(
                    "only the last one or two digits of a year can be X (a decade or a century)", at: span(run))
            }
            guard !negative else {
                throw EDTFError(
                    "unspecified digits in a negative year are not supported", from: signStart, to: run.upperBound)
            }
            if peek == ASCII.minus {
                throw EDTFError("a year with unspecified digits cannot have a month", from: pos, to: end)
            }
            return .unspecifiedYear(prefix: number, hidden: hidden)
        }
        if negative && number == 0 {
            throw EDTFError("year zero cannot be negative; write 0000", from: signStart, to: run.upperBound)
        }
        let year = negative ? -number : number
        if allowsPeriods, peek == UInt8(ascii: "s") { return try parseDecade(year: year, run: run) }
        guard consume(ASCII.minus) else { return .year(year) }
        if allowsPeriods, let period = try parseQuarterOrWeek(year: year) { return period }
        return try parseMonthAndDay(year: year)
    }

    private mutating func parseMonthAndDay(year: Int) throws(EDTFError) -> EDTFDate.Value {
        let monthRun = try twoCharacterRun("month")
        if text(monthRun) == "XX" {
            guard consume(ASCII.minus) else { return .unspecifiedMonth(year: year) }
            let dayRun = try twoCharacterRun("day")
            guard text(dayRun) == "XX" else {
                throw EDTFError("when the month is XX the day must be XX too", at: span(dayRun))
            }
            return .unspecifiedMonthAndDay(year: year)
        }
        try requireDigits(monthRun, "month")
        let month = integer(monthRun)
        switch month {
        case 1...12:
            break
        case 21...24, 33...36:
            let season = EDTFDate.Season(rawValue: month)
            if peek == ASCII.minus {
                throw EDTFError("a \(season == nil ? "quarter" : "season") has no day", from: pos, to: end)
            }
            if let season { return .season(year: year, season) }
            return .quarter(year: year, month - 32)
        default:
            throw EDTFError(
                "month \(text(monthRun)) is out of range (01–12, or 21–24 for a season)", at: span(monthRun))
        }
        guard consume(ASCII.minus) else { return .month(year: year, month: month) }
        let dayRun = try twoCharacterRun("day")
        if text(dayRun) == "XX" { return .unspecifiedDay(year: year, month: month) }
        try requireDigits(dayRun, "day")
        let day = integer(dayRun)
        guard day >= 1, day <= Day.daysIn(month: month, year: year) else {
            throw EDTFError(
                "day \(text(dayRun)) is out of range for \(Day.monthName(month)) \(Day.yearString(year))",
                at: span(dayRun))
        }
        return .day(year: year, month: month, day: day)
    }

    /// `Y` followed by more than four digits (a year beyond ±9999), optionally negative.
    private mutating func parseLongYear() throws(EDTFError) -> Int {
        let start = pos
        pos += 1
        let negative = consume(ASCII.minus)
        let run = scanRun(length: 0)
        guard !run.isEmpty else { throw expected("digits after 'Y'") }
        guard bytes[run].allSatisfy(ASCII.isDigit) else {
            throw EDTFError("a year written with Y cannot have unspecified digits", at: span(run))
        }
        guard run.count > 4 else {
            throw EDTFError("a year written with Y needs more than four digits", from: start, to: run.upperBound)
        }
        guard bytes[run.lowerBound] != ASCII.zero else {
            throw EDTFError("a year written with Y cannot start with 0", from: run.lowerBound, to: run.lowerBound + 1)
        }
        guard run.count <= 9 else {
            throw EDTFError("years beyond nine digits are not supported", at: span(run))
        }
        return negative ? -integer(run) : integer(run)
    }

    private func yearLengthError(_ run: Range<Int>, negative: Bool) -> EDTFError {
        if run.isEmpty { return expected("a four-digit year") }
        if run.count > 4, bytes[run].allSatisfy(ASCII.isDigit) {
            let suggestion = "Y" + (negative ? "-" : "") + text(run)
            return EDTFError("year needs four digits; write a year beyond 9999 as \(suggestion)", at: span(run))
        }
        return EDTFError("year needs four digits", at: span(run))
    }
}
