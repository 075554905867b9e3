/// What a record knows of a date, in EDTF (ISO 8601-2) level 0 and 1 terms,
/// plus the level-2 "one of a set" (`[2025-01-26,2025-02-02]`).
///
/// Every fuzzy date has day bounds (``earliest`` … ``latest``, nil when an
/// interval end is open or unknown), a ``precision``, qualifier flags, its
/// canonical ``edtf`` text and a human ``display`` that always shows vagueness.
///
/// ```swift
/// let date = try FuzzyDate.parse("2004-06~/2006-08?")
/// date.earliest   // 2004-06-01
/// date.latest     // 2006-08-31
/// date.display    // "2004-06 (approximate) → 2006-08 (uncertain)"
/// date.isExact    // false
///
/// let choice = try FuzzyDate.parse("[2025-01-26,2025-02-02]")
/// choice.display  // "Sunday, 2025-01-26 or 2025-02-02 (uncertain)"
/// ```
///
/// Every property is derived from the parsed expression.
public struct FuzzyDate: Hashable, Sendable, CustomStringConvertible {
    /// The granularity of the notation. Unspecified digits widen the bounds but
    /// keep the notation's precision, as in EDTF: `2004-XX` is month precision,
    /// `1985-04-XX` day precision.
    public enum Precision: String, Hashable, Sendable {
        case day, month, season, year, decade, century, interval, set
        /// `2025-Q1` (EDTF `2025-33`).
        case quarter
        /// `2025-W05`, an ISO week, Monday to Sunday.
        case week
    }

    /// Earliest and latest possible day; a nil end is open (`..`) or unknown (empty).
    public var bounds: DayRange { DayRange(lowerOrdinal: lower, upperOrdinal: upper) }
    public let precision: Precision
    /// `?` or `%` on the date or on an interval end; always true for a one-of set.
    public let isUncertain: Bool
    /// `~` or `%` on the date or on an interval end.
    public let isApproximate: Bool
    /// Canonical EDTF text: ``parse(_:)`` accepts it back and gives an equal value.
    public var edtf: String { parsed.edtf }
    /// The parsed expression, from which everything else is derived.
    var shape: Shape { parsed.shape }

    // The layout is kept small (32 bytes; a million events hold a million dates, and
    // figures' periods): the bounds inline as day numbers, for queries, and the
    // expression and its text in one shared, immutable box. A date parsed once and
    // given to many events (as the reader does) is one box.
    /// The earliest day's ordinal, `Int.min` when open or unknown (``DayRange/lowerOrdinal``).
    let lower: Int
    /// The latest day's ordinal, `Int.max` when open or unknown.
    let upper: Int
    private let parsed: Parsed

    /// The expression and its canonical text (and, for a one-of set, its members' ranges).
    private final class Parsed: Sendable {
        let shape: Shape
        let edtf: String
        /// A one-of set's ``possibleRanges``, worked out once: counting and matching read them
        /// at every event, and making them there was most of `count by month`'s time for sets.
        let memberRanges: [DayRange]?

        init(_ shape: Shape) {
            self.shape = shape
            edtf = shape.edtf
            if case .oneOf(let members) = shape {
                memberRanges = members.map { DayRange(lower: $0.firstDay, upper: $0.lastDay) }
            } else {
                memberRanges = nil
            }
        }
    }

    /// A one-of set's members' day ranges; nil for any other date.
    var memberRanges: [DayRange]? { parsed.memberRanges }

    public var earliest: Day? { lower == Int.min ? nil : Day(ordinal: lower) }
    public var latest: Day? { upper == Int.max ? nil : Day(ordinal: upper) }
    /// True when no qualifier, no open or unknown end, no choice: eligible for `certainly`.
    public var isExact: Bool {
        Self.isExact(isUncertain: isUncertain, isApproximate: isApproximate, lower: lower, upper: upper)
    }

    /// ``isExact`` from a date's plain fields (for readers that hold them apart, as
    /// `check`'s input does, reading them in place).
    static func isExact(isUncertain: Bool, isApproximate: Bool, lower: Int, upper: Int) -> Bool {
        !isUncertain && !isApproximate && lower != Int.min && upper != Int.max
    }
    /// The canonical EDTF text.
    public var description: String { edtf }

    /// An exact day.
    ///
    /// ```swift
    /// FuzzyDate(day: Day(year: 2025, month: 1, day: 25)!).edtf  // "2025-01-25"
    /// ```
    public init(day: Day) {
        let (y, m, d) = day.components
        self.init(shape: .single(EDTFDate(value: .day(year: y, month: m, day: d))))
    }

    init(shape: Shape) {
        let bounds = shape.bounds
        lower = bounds.lowerOrdinal
        upper = bounds.upperOrdinal
        precision = shape.precision
        isUncertain = shape.isUncertain
        isApproximate = shape.isApproximate
        parsed = Parsed(shape)
    }

    /// Equal when the expressions are (everything else is derived from them).
    public static func == (a: FuzzyDate, b: FuzzyDate) -> Bool {
        a.parsed === b.parsed || (a.lower == b.lower && a.upper == b.upper && a.parsed.shape == b.parsed.shape)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lower)
        hasher.combine(upper)
        hasher.combine(parsed.edtf)
    }

    /// Parses EDTF level 0 and 1, and the level-2 one-of set `[a,b,…]`.
    ///
    /// Accepted: `2025-01-25`, `2025-01`, `2025`, `-1985`, `Y170000002`,
    /// `1985-04-12T23:20:30Z` (the time is checked, then dropped), `201X`,
    /// `20XX`, `2004-XX`, `1985-04-XX`, `1985-XX-XX`, seasons `2001-21`…`24`,
    /// quarters `2025-33`…`36`, qualifiers `?` `~` `%` at the end of a date,
    /// intervals `1964/2008`, `199X/..`, `../2025-02-05`, `/1985`, `1985-04/`,
    /// and sets `[2025-01-26,2025-02-02]`.
    ///
    /// - Throws: ``EDTFError`` with a message and the span of the offending part.
    ///
    /// ```swift
    /// try FuzzyDate.parse("201X").display           // "2010s"
    /// try FuzzyDate.parse("2016-02-30")             // throws "day 30 is out of range for February 2016"
    /// ```
    /// - Complexity: O(n) in the length of `text`.
    public static func parse(_ text: String) throws(EDTFError) -> FuzzyDate {
        FuzzyDate(shape: try EDTFParser(text, allowsPeriods: false).parse())
    }

    /// Parses a period typed by a user in a filter: everything ``parse(_:)``
    /// accepts, plus quarters `2025-Q1`, ISO weeks `2025-W05` and decades `1990s`.
    ///
    /// - Throws: ``EDTFError``, e.g. "quarter 5 is out of range (Q1–Q4)".
    ///
    /// ```swift
    /// try FuzzyDate.parsePeriod("2025-W05").earliest  // 2025-01-27 (a Monday)
    /// try FuzzyDate.parsePeriod("1990s").edtf         // "199X"
    /// ```
    public static func parsePeriod(_ text: String) throws(EDTFError) -> FuzzyDate {
        FuzzyDate(shape: try EDTFParser(text, allowsPeriods: true).parse())
    }
}
