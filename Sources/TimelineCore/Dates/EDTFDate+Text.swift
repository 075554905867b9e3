/// Canonical EDTF text and the human rendering of one date.
extension EDTFDate {
    /// Canonical EDTF, e.g. `2004-06-11%`, `201X`, `Y-170000002`, `2001-21?`.
    ///
    /// A week has no EDTF form; it is written as the interval of its days
    /// (`2025-01-27/2025-02-02`), qualifiers on both ends.
    var edtf: String {
        if case .week = value {
            return "\(firstDay)\(qualifierSuffix)/\(lastDay)\(qualifierSuffix)"
        }
        return edtfWithoutQualifier + qualifierSuffix
    }

    /// The EDTF text before any `?`, `~` or `%`.
    var edtfWithoutQualifier: String {
        switch value {
        case .day(let y, let m, let d): "\(Self.edtfYear(y))-\(Day.pad2(m))-\(Day.pad2(d))"
        case .month(let y, let m): "\(Self.edtfYear(y))-\(Day.pad2(m))"
        case .year(let y): Self.edtfYear(y)
        case .unspecifiedYear(let prefix, let hidden):
            Self.zeroPadded(prefix, to: 4 - hidden) + String(repeating: "X", count: hidden)
        case .unspecifiedMonth(let y): "\(Self.edtfYear(y))-XX"
        case .unspecifiedDay(let y, let m): "\(Self.edtfYear(y))-\(Day.pad2(m))-XX"
        case .unspecifiedMonthAndDay(let y): "\(Self.edtfYear(y))-XX-XX"
        case .season(let y, let season): "\(Self.edtfYear(y))-\(season.rawValue)"
        case .quarter(let y, let q): "\(Self.edtfYear(y))-\(32 + q)"
        case .week: "\(firstDay)/\(lastDay)"
        }
    }

    /// `?` uncertain, `~` approximate, `%` both, or nothing.
    var qualifierSuffix: String {
        switch (isUncertain, isApproximate) {
        case (true, true): "%"
        case (true, false): "?"
        case (false, true): "~"
        case (false, false): ""
        }
    }

    /// The human rendering: `1990s`, `1900s (century)`, `spring 2001`,
    /// `2004 (month unknown, uncertain)`. Vagueness is always shown.
    var display: String {
        let notes = displayNotes + qualifierNotes
        return notes.isEmpty ? displayBase : "\(displayBase) (\(notes.joined(separator: ", ")))"
    }

    /// The rendering without any parenthesised note.
    var displayBase: String {
        switch value {
        case .day(let y, let m, let d): "\(Self.displayYear(y))-\(Day.pad2(m))-\(Day.pad2(d))"
        case .month(let y, let m), .unspecifiedDay(let y, let m): "\(Self.displayYear(y))-\(Day.pad2(m))"
        case .year(let y), .unspecifiedMonth(let y), .unspecifiedMonthAndDay(let y): Self.displayYear(y)
        case .unspecifiedYear(let prefix, let hidden): Day.yearString(prefix * Self.power(hidden)) + "s"
        case .season(let y, let season): "\(season.name) \(Self.displayYear(y))"
        case .quarter(let y, let q): "\(Self.displayYear(y))-Q\(q)"
        case .week(let y, let w): "\(Self.displayYear(y))-W\(Day.pad2(w))"
        }
    }

    /// What the notation leaves open: `century`, `month unknown` …
    var displayNotes: [String] {
        switch value {
        case .unspecifiedYear(_, 2): ["century"]
        case .unspecifiedMonth: ["month unknown"]
        case .unspecifiedDay: ["day unknown"]
        case .unspecifiedMonthAndDay: ["month and day unknown"]
        default: []
        }
    }

    var qualifierNotes: [String] {
        (isUncertain ? ["uncertain"] : []) + (isApproximate ? ["approximate"] : [])
    }

    /// Four digits with a sign when negative; `Y` and all digits beyond ±9999.
    static func edtfYear(_ year: Int) -> String {
        abs(year) > 9999 ? "Y\(year)" : Day.yearString(year)
    }

    /// Like the EDTF year, without the `Y`.
    static func displayYear(_ year: Int) -> String {
        abs(year) > 9999 ? String(year) : Day.yearString(year)
    }

    static func zeroPadded(_ n: Int, to width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
