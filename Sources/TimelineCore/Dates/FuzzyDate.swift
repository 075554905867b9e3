// STUB — replaced by the dates work (EDTF level 0/1 parser). Agreed API only.

/// What a record knows of a date, in EDTF (ISO 8601-2) level 0 and 1 terms.
public struct FuzzyDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: String, Hashable, Sendable {
        case day, month, season, year, decade, century, interval, set
    }

    public var bounds: DayRange
    public var precision: Precision
    public var isUncertain: Bool
    public var isApproximate: Bool
    public var edtf: String
    public var earliest: Day? { bounds.lower }
    public var latest: Day? { bounds.upper }
    /// True when no qualifier, no open or unknown end, no choice: eligible for `certainly`.
    public var isExact: Bool { !isUncertain && !isApproximate && bounds.lower != nil && bounds.upper != nil }
    public var display: String { edtf }
    public var description: String { edtf }

    public init(day: Day) {
        bounds = DayRange(day)
        precision = .day
        isUncertain = false
        isApproximate = false
        edtf = day.description
    }

    public static func parse(_ text: String) throws(EDTFError) -> FuzzyDate {
        throw EDTFError(message: "not implemented", span: Span(start: 0, end: text.utf8.count))
    }

    public static func parsePeriod(_ text: String) throws(EDTFError) -> FuzzyDate {
        try parse(text)
    }
}

public struct EDTFError: Error, Hashable, Sendable {
    public var message: String
    public var span: Span
    public init(message: String, span: Span) {
        self.message = message
        self.span = span
    }
}
