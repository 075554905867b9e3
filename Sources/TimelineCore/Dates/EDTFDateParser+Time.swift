/// The time of a level-0 date-and-time (`1985-04-12T23:20:30`, `…Z`, `…+05:30`):
/// checked, then dropped, since fuzzy dates are kept at day precision.
extension EDTFDateParser {
    /// Parses `Thh:mm:ss` with an optional `Z`, `±hh` or `±hh:mm`; `pos` is at the `T`.
    mutating func parseTime() throws(EDTFError) {
        pos += 1
        try timeField("hour", maximum: 23)
        try expectColon(after: "hour")
        try timeField("minute", maximum: 59)
        try expectColon(after: "minute")
        try timeField("second", maximum: 59)
        if consume(ASCII.upperZ) { return }
        if consume(ASCII.plus) || consume(ASCII.minus) {
            try timeField("time zone hour", maximum: 23)
            if consume(ASCII.colon) { try timeField("time zone minute", maximum: 59) }
        }
    }

    private mutating func timeField(_ name: String, maximum: Int) throws(EDTFError) {
        let run = scanDigits()
        if run.isEmpty { throw expected("a two-digit \(name)") }
        guard run.count == 2 else { throw EDTFError("\(name) needs two digits", at: span(run)) }
        guard integer(run) <= maximum else {
            throw EDTFError("\(name) \(text(run)) is out of range (00–\(maximum))", at: span(run))
        }
    }

    private mutating func expectColon(after name: String) throws(EDTFError) {
        guard consume(ASCII.colon) else { throw expected("':' after the \(name)") }
    }
}
