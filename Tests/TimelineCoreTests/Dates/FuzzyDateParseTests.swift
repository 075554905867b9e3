import Testing

@testable import TimelineCore

/// One accepted input and everything derived from it. Bounds are written as
/// `Day.description` text, nil for an open or unknown end.
struct ValidDate: CustomTestStringConvertible, Sendable {
    var input: String
    var edtf: String
    var earliest: String?
    var latest: String?
    var precision: FuzzyDate.Precision
    var display: String

    init(
        _ input: String, _ edtf: String, _ earliest: String?, _ latest: String?,
        _ precision: FuzzyDate.Precision, _ display: String
    ) {
        (self.input, self.edtf, self.earliest, self.latest) = (input, edtf, earliest, latest)
        (self.precision, self.display) = (precision, display)
    }

    var testDescription: String { input }

    /// Everything `FuzzyDate.parse` accepts, with its canonical text, bounds and rendering.
    static let table: [ValidDate] = [
        // Level 0
        .init("2025-01-25", "2025-01-25", "2025-01-25", "2025-01-25", .day, "2025-01-25"),
        .init("2025-01", "2025-01", "2025-01-01", "2025-01-31", .month, "2025-01"),
        .init("2025", "2025", "2025-01-01", "2025-12-31", .year, "2025"),
        .init("0000", "0000", "0000-01-01", "0000-12-31", .year, "0000"),
        .init("2000-02-29", "2000-02-29", "2000-02-29", "2000-02-29", .day, "2000-02-29"),
        .init("2024-02", "2024-02", "2024-02-01", "2024-02-29", .month, "2024-02"),
        .init("1985-04-12T23:20:30", "1985-04-12", "1985-04-12", "1985-04-12", .day, "1985-04-12"),
        .init("1985-04-12T23:20:30Z", "1985-04-12", "1985-04-12", "1985-04-12", .day, "1985-04-12"),
        .init("1985-04-12T23:20:30+05:30", "1985-04-12", "1985-04-12", "1985-04-12", .day, "1985-04-12"),
        .init("1985-04-12T00:00:00-04", "1985-04-12", "1985-04-12", "1985-04-12", .day, "1985-04-12"),
        .init("1964/2008", "1964/2008", "1964-01-01", "2008-12-31", .interval, "1964 → 2008"),
        .init("2004-06/2006-08", "2004-06/2006-08", "2004-06-01", "2006-08-31", .interval, "2004-06 → 2006-08"),
        .init(
            "2004-02-01/2005-02-08", "2004-02-01/2005-02-08", "2004-02-01", "2005-02-08", .interval,
            "2004-02-01 → 2005-02-08"),
        .init("2004-06/2004", "2004-06/2004", "2004-06-01", "2004-12-31", .interval, "2004-06 → 2004"),
        .init(
            "1985-04-12/1985-04-12", "1985-04-12/1985-04-12", "1985-04-12", "1985-04-12", .interval,
            "1985-04-12 → 1985-04-12"),
        // Level 1: qualifiers
        .init("2025-01-26?", "2025-01-26?", "2025-01-26", "2025-01-26", .day, "2025-01-26 (uncertain)"),
        .init("2025-01~", "2025-01~", "2025-01-01", "2025-01-31", .month, "2025-01 (approximate)"),
        .init("2004-06-11%", "2004-06-11%", "2004-06-11", "2004-06-11", .day, "2004-06-11 (uncertain, approximate)"),
        .init("1985~", "1985~", "1985-01-01", "1985-12-31", .year, "1985 (approximate)"),
        // Level 1: unspecified digits
        .init("201X", "201X", "2010-01-01", "2019-12-31", .decade, "2010s"),
        .init("199X", "199X", "1990-01-01", "1999-12-31", .decade, "1990s"),
        .init("20XX", "20XX", "2000-01-01", "2099-12-31", .century, "2000s (century)"),
        .init("19XX~", "19XX~", "1900-01-01", "1999-12-31", .century, "1900s (century, approximate)"),
        .init("000X", "000X", "0000-01-01", "0009-12-31", .decade, "0000s"),
        .init("2004-XX", "2004-XX", "2004-01-01", "2004-12-31", .month, "2004 (month unknown)"),
        .init("2004-XX?", "2004-XX?", "2004-01-01", "2004-12-31", .month, "2004 (month unknown, uncertain)"),
        .init("1985-04-XX", "1985-04-XX", "1985-04-01", "1985-04-30", .day, "1985-04 (day unknown)"),
        .init("2024-02-XX", "2024-02-XX", "2024-02-01", "2024-02-29", .day, "2024-02 (day unknown)"),
        .init("1985-XX-XX", "1985-XX-XX", "1985-01-01", "1985-12-31", .day, "1985 (month and day unknown)"),
        // Level 1: seasons (northern meteorological; winter runs into the next year)
        .init("2001-21", "2001-21", "2001-03-01", "2001-05-31", .season, "spring 2001"),
        .init("2001-22", "2001-22", "2001-06-01", "2001-08-31", .season, "summer 2001"),
        .init("2001-23", "2001-23", "2001-09-01", "2001-11-30", .season, "autumn 2001"),
        .init("2001-24", "2001-24", "2001-12-01", "2002-02-28", .season, "winter 2001"),
        .init("2023-24?", "2023-24?", "2023-12-01", "2024-02-29", .season, "winter 2023 (uncertain)"),
        // Level 2 sub-year groupings: quarters
        .init("2025-33", "2025-33", "2025-01-01", "2025-03-31", .quarter, "2025-Q1"),
        .init("2025-36", "2025-36", "2025-10-01", "2025-12-31", .quarter, "2025-Q4"),
        // Level 1: years beyond four digits, negative years
        .init("Y170000002", "Y170000002", "170000002-01-01", "170000002-12-31", .year, "170000002"),
        .init("Y-170000002", "Y-170000002", "-170000002-01-01", "-170000002-12-31", .year, "-170000002"),
        .init("Y10000", "Y10000", "10000-01-01", "10000-12-31", .year, "10000"),
        .init("-1985", "-1985", "-1985-01-01", "-1985-12-31", .year, "-1985"),
        .init("-0044-03-15", "-0044-03-15", "-0044-03-15", "-0044-03-15", .day, "-0044-03-15"),
        // Level 1: extended intervals
        .init("199X/..", "199X/..", "1990-01-01", nil, .interval, "1990s →"),
        .init("../2025-02-05", "../2025-02-05", nil, "2025-02-05", .interval, "→ 2025-02-05"),
        .init("/1985", "/1985", nil, "1985-12-31", .interval, "? → 1985"),
        .init("1985-04/", "1985-04/", "1985-04-01", nil, .interval, "1985-04 → ?"),
        .init(
            "2004-06~/2006-08?", "2004-06~/2006-08?", "2004-06-01", "2006-08-31", .interval,
            "2004-06 (approximate) → 2006-08 (uncertain)"),
        .init("2001-21/2001-23", "2001-21/2001-23", "2001-03-01", "2001-11-30", .interval, "spring 2001 → autumn 2001"),
        // Level 2: one of a set
        .init(
            "[2025-01-26,2025-02-02]", "[2025-01-26,2025-02-02]", "2025-01-26", "2025-02-02", .set,
            "Sunday, 2025-01-26 or 2025-02-02 (uncertain)"),
        .init("[1667,1760-12]", "[1667,1760-12]", "1667-01-01", "1760-12-31", .set, "1667 or 1760-12 (uncertain)"),
        .init(
            "[2025-02-02,2025-01-26,2025-01-27]", "[2025-02-02,2025-01-26,2025-01-27]", "2025-01-26", "2025-02-02",
            .set, "2025-02-02, 2025-01-26 or 2025-01-27 (uncertain)"),
        .init(
            "[2025-01-26,2025-02-XX]", "[2025-01-26,2025-02-XX]", "2025-01-26", "2025-02-28", .set,
            "2025-01-26 or 2025-02 (day unknown) (uncertain)"),
    ]
}

struct FuzzyDateParseTests {
    @Test(arguments: ValidDate.table)
    func parsesValidDates(_ valid: ValidDate) throws {
        let date = try FuzzyDate.parse(valid.input)
        #expect(date.edtf == valid.edtf)
        #expect(date.description == valid.edtf)
        #expect(date.earliest?.description == valid.earliest)
        #expect(date.latest?.description == valid.latest)
        #expect(date.precision == valid.precision)
        #expect(date.display == valid.display)
    }

    @Test(arguments: ValidDate.table)
    func roundTripsThroughCanonicalText(_ valid: ValidDate) throws {
        let date = try FuzzyDate.parse(valid.input)
        let again = try FuzzyDate.parse(date.edtf)
        #expect(again == date)
        #expect(again.edtf == date.edtf)
    }

    @Test(arguments: ValidDate.table)
    func periodParsingAcceptsEveryEDTFDateUnchanged(_ valid: ValidDate) throws {
        #expect(try FuzzyDate.parsePeriod(valid.input) == FuzzyDate.parse(valid.input))
    }

    @Test(arguments: [
        // input, uncertain, approximate, exact
        ("2025-01-25", false, false, true),
        ("2025-01-26?", true, false, false),
        ("2025-01~", false, true, false),
        ("2004-06-11%", true, true, false),
        ("2004-XX", false, false, true),
        ("1964/2008", false, false, true),
        ("199X/..", false, false, false),
        ("/1985", false, false, false),
        ("2004-06~/2006-08", false, true, false),
        ("2004-06/2006-08?", true, false, false),
        ("[2025-01-26,2025-02-02]", true, false, false),
    ])
    func qualifiersAndExactness(input: String, uncertain: Bool, approximate: Bool, exact: Bool) throws {
        let date = try FuzzyDate.parse(input)
        #expect(date.isUncertain == uncertain)
        #expect(date.isApproximate == approximate)
        #expect(date.isExact == exact)
    }

    @Test func exactDayInitialiser() throws {
        let day = try #require(Day(year: 2025, month: 1, day: 25))
        let date = FuzzyDate(day: day)
        #expect(date == (try FuzzyDate.parse("2025-01-25")))
        #expect(date.isExact)
        #expect(date.bounds == DayRange(day))
    }

    @Test func boundsDescription() throws {
        #expect(try FuzzyDate.parse("[2025-01-26,2025-02-02]").boundsDescription == "2025-01-26 … 2025-02-02")
        #expect(try FuzzyDate.parse("../2025").boundsDescription == "(no start) … 2025-12-31")
        #expect(try FuzzyDate.parse("1985-04/").boundsDescription == "1985-04-01 … (no end)")
    }
}
