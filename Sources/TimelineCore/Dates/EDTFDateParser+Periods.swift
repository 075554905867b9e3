/// The filter periods that are not EDTF: `2025-Q1`, `2025-W05` and `1990s`.
/// Only read when the parser ``EDTFDateParser/allowsPeriods``.
extension EDTFDateParser {
    /// `NNN0s`, a decade (the same as `NNNX`); `pos` is at the `s`.
    mutating func parseDecade(year: Int, run: Range<Int>) throws(EDTFError) -> EDTFDate.Value {
        guard year >= 0 else {
            throw EDTFError("negative decades are not supported", from: run.lowerBound - 1, to: pos + 1)
        }
        guard year % 10 == 0 else {
            throw EDTFError(
                "a decade ends in 0 (did you mean \(Day.yearString(year - year % 10))s?)",
                from: run.upperBound - 1, to: run.upperBound)
        }
        pos += 1
        return .unspecifiedYear(prefix: year / 10, hidden: 1)
    }

    /// `Qn` or `Wnn` after `YYYY-`, or nil when neither comes next.
    mutating func parseQuarterOrWeek(year: Int) throws(EDTFError) -> EDTFDate.Value? {
        switch peek {
        case UInt8(ascii: "Q"), UInt8(ascii: "q"):
            pos += 1
            let run = scanDigits()
            guard run.count == 1 else {
                throw run.isEmpty
                    ? expected("a quarter number 1–4") : EDTFError("a quarter is one digit, Q1 to Q4", at: span(run))
            }
            let quarter = integer(run)
            guard (1...4).contains(quarter) else {
                throw EDTFError("quarter \(quarter) is out of range (Q1–Q4)", at: span(run))
            }
            return .quarter(year: year, quarter)
        case UInt8(ascii: "W"), UInt8(ascii: "w"):
            pos += 1
            let run = scanDigits()
            guard run.count == 2 else {
                throw run.isEmpty ? expected("a two-digit week") : EDTFError("week needs two digits", at: span(run))
            }
            let week = integer(run)
            guard (1...53).contains(week) else {
                throw EDTFError("week \(text(run)) is out of range (W01–W53)", at: span(run))
            }
            guard week <= Day.isoWeekCount(in: year) else {
                throw EDTFError("\(Day.yearString(year)) has no week 53 (its ISO weeks run W01–W52)", at: span(run))
            }
            return .week(year: year, week)
        default:
            return nil
        }
    }
}
