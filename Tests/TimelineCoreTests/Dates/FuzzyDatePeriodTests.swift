import Testing

@testable import TimelineCore

struct FuzzyDatePeriodTests {
    static let valid: [ValidDate] = [
        .init("2025-Q1", "2025-33", "2025-01-01", "2025-03-31", .quarter, "2025-Q1"),
        .init("2025-Q4", "2025-36", "2025-10-01", "2025-12-31", .quarter, "2025-Q4"),
        .init("2024-q1", "2024-33", "2024-01-01", "2024-03-31", .quarter, "2024-Q1"),
        .init("2025-Q2?", "2025-34?", "2025-04-01", "2025-06-30", .quarter, "2025-Q2 (uncertain)"),
        .init("2025-W05", "2025-01-27/2025-02-02", "2025-01-27", "2025-02-02", .week, "2025-W05"),
        .init("2025-W01", "2024-12-30/2025-01-05", "2024-12-30", "2025-01-05", .week, "2025-W01"),
        .init("2026-W53", "2026-12-28/2027-01-03", "2026-12-28", "2027-01-03", .week, "2026-W53"),
        .init("2020-w53", "2020-12-28/2021-01-03", "2020-12-28", "2021-01-03", .week, "2020-W53"),
        .init("2025-W05~", "2025-01-27~/2025-02-02~", "2025-01-27", "2025-02-02", .week, "2025-W05 (approximate)"),
        .init("1990s", "199X", "1990-01-01", "1999-12-31", .decade, "1990s"),
        .init("1900s", "190X", "1900-01-01", "1909-12-31", .decade, "1900s"),
        .init("1990s?", "199X?", "1990-01-01", "1999-12-31", .decade, "1990s (uncertain)"),
        .init("1990s/..", "199X/..", "1990-01-01", nil, .interval, "1990s →"),
        .init("2025-Q1/2025-Q2", "2025-33/2025-34", "2025-01-01", "2025-06-30", .interval, "2025-Q1 → 2025-Q2"),
        .init(
            "2025-W05/2025-W06", "2025-01-27/2025-02-09", "2025-01-27", "2025-02-09", .interval,
            "2025-01-27 → 2025-02-09"),
        .init("[1990s,2025-Q1]", "[199X,2025-33]", "1990-01-01", "2025-03-31", .set, "1990s or 2025-Q1 (uncertain)"),
    ]

    @Test(arguments: valid)
    func parsesPeriods(_ valid: ValidDate) throws {
        let date = try FuzzyDate.parsePeriod(valid.input)
        #expect(date.edtf == valid.edtf)
        #expect(date.earliest?.description == valid.earliest)
        #expect(date.latest?.description == valid.latest)
        #expect(date.precision == valid.precision)
        #expect(date.display == valid.display)
    }

    /// The canonical text of a period is plain EDTF. Quarters and decades come
    /// back as the same value; a week comes back as the interval of its days.
    @Test(arguments: valid)
    func canonicalTextIsEDTF(_ valid: ValidDate) throws {
        let date = try FuzzyDate.parsePeriod(valid.input)
        let again = try FuzzyDate.parse(date.edtf)
        #expect(again.bounds == date.bounds)
        #expect(again.isUncertain == date.isUncertain)
        #expect(again.isApproximate == date.isApproximate)
        if date.precision == .week {
            #expect(again.precision == .interval)
        } else {
            #expect(again == date)
        }
    }

    @Test(arguments: valid.map(\.input).filter { !$0.contains("[") && !$0.contains("/") })
    func plainParsingRejectsPeriods(_ input: String) {
        #expect(throws: EDTFError.self) { try FuzzyDate.parse(input) }
    }

    static let invalid: [InvalidDate] = [
        .init("2025-Q5", "quarter 5 is out of range (Q1–Q4)", 6, 7),
        .init("2025-Q0", "quarter 0 is out of range (Q1–Q4)", 6, 7),
        .init("2025-Q", "expected a quarter number 1–4", 6, 6),
        .init("2025-Q12", "a quarter is one digit, Q1 to Q4", 6, 8),
        .init("2025-W54", "week 54 is out of range (W01–W53)", 6, 8),
        .init("2025-W00", "week 00 is out of range (W01–W53)", 6, 8),
        .init("2025-W5", "week needs two digits", 6, 7),
        .init("2025-W53", "2025 has no week 53 (its ISO weeks run W01–W52)", 6, 8),
        .init("1995s", "a decade ends in 0 (did you mean 1990s?)", 3, 4),
        .init("-1990s", "negative decades are not supported", 0, 6),
        .init("2025-Q1-05", "unexpected '-05' after the date", 7, 10),
        .init("[2025-W05,2025-W07]", "a week cannot be one of a set; list its days instead", 1, 9),
        .init("2016-02-30", "day 30 is out of range for February 2016", 8, 10),
    ]

    @Test(arguments: invalid)
    func rejectsBadPeriods(_ invalid: InvalidDate) {
        #expect(throws: EDTFError(message: invalid.message, span: Span(start: invalid.start, end: invalid.end))) {
            try FuzzyDate.parsePeriod(invalid.input)
        }
    }
}
