import Testing

@testable import TimelineCore

/// One rejected input, the exact message and the UTF-8 span it points at.
struct InvalidDate: CustomTestStringConvertible, Sendable {
    var input: String
    var message: String
    var start: Int
    var end: Int

    init(_ input: String, _ message: String, _ start: Int, _ end: Int) {
        (self.input, self.message, self.start, self.end) = (input, message, start, end)
    }

    var testDescription: String { input.isEmpty ? "(empty)" : input }

    static let table: [InvalidDate] = [
        .init("", "expected a date such as 2025-01-25", 0, 0),
        // Calendar ranges
        .init("2016-02-30", "day 30 is out of range for February 2016", 8, 10),
        .init("2015-02-29", "day 29 is out of range for February 2015", 8, 10),
        .init("1900-02-29", "day 29 is out of range for February 1900", 8, 10),
        .init("1960-06-31", "day 31 is out of range for June 1960", 8, 10),
        .init("2025-01-00", "day 00 is out of range for January 2025", 8, 10),
        .init("2016-13", "month 13 is out of range (01–12, or 21–24 for a season)", 5, 7),
        .init("2025-00", "month 00 is out of range (01–12, or 21–24 for a season)", 5, 7),
        .init("2025-25", "month 25 is out of range (01–12, or 21–24 for a season)", 5, 7),
        // Shape of the parts
        .init("2025-1-5", "month needs two digits", 5, 6),
        .init("2025-01-5", "day needs two digits", 8, 9),
        .init("2025-", "expected a two-digit month", 5, 5),
        .init("2025-Q1", "expected a two-digit month, found 'Q'", 5, 6),
        .init("202", "year needs four digits", 0, 3),
        .init("20251", "year needs four digits; write a year beyond 9999 as Y20251", 0, 5),
        .init("-20251", "year needs four digits; write a year beyond 9999 as Y-20251", 1, 6),
        .init("abc", "expected a four-digit year, found 'a'", 0, 1),
        .init("€2025", "expected a four-digit year, found '€'", 0, 3),
        .init("-0000", "year zero cannot be negative; write 0000", 0, 5),
        // Trailing garbage
        .init("2025-01-25x", "unexpected 'x' after the date", 10, 11),
        .init("2025-01-25 ", "unexpected ' ' after the date", 10, 11),
        .init("2025-01-26??", "unexpected '?' after the date", 11, 12),
        .init("1990s", "unexpected 's' after the date", 4, 5),
        .init("Y170000002-01", "unexpected '-01' after the date", 10, 13),
        // Y-years
        .init("Y2006", "a year written with Y needs more than four digits", 0, 5),
        .init("Y-2006", "a year written with Y needs more than four digits", 0, 6),
        .init("Y02006", "a year written with Y cannot start with 0", 1, 2),
        .init("Y1234567890", "years beyond nine digits are not supported", 1, 11),
        .init("Y", "expected digits after 'Y'", 1, 1),
        // Unspecified digits
        .init("2XXX", "only the last one or two digits of a year can be X (a decade or a century)", 0, 4),
        .init("2X1X", "unspecified digits (X) must be the last digits of the year", 0, 4),
        .init("201x", "unspecified digits are written with a capital X", 3, 4),
        .init("2025-0x", "unspecified digits are written with a capital X", 6, 7),
        .init("2025-01-25xx", "unexpected 'xx' after the date", 10, 12),
        .init("-19XX", "unspecified digits in a negative year are not supported", 0, 5),
        .init("201X-05", "a year with unspecified digits cannot have a month", 4, 7),
        .init("2004-X1", "a month is either two digits or XX", 5, 7),
        .init("1985-04-1X", "a day is either two digits or XX", 8, 10),
        .init("1985-XX-12", "when the month is XX the day must be XX too", 8, 10),
        // Seasons
        .init("2001-21-05", "a season has no day", 7, 10),
        .init("2025-33-05", "a quarter has no day", 7, 10),
        // Times
        .init("2012-10-10T1:10:10", "hour needs two digits", 11, 12),
        .init("2012-10-10T25:10:10", "hour 25 is out of range (00–23)", 11, 13),
        .init("2012-10-10T10:60:10", "minute 60 is out of range (00–59)", 14, 16),
        .init("2012-10-10T10:10", "expected ':' after the minute", 16, 16),
        .init("2012-10-10T10:10:10+5", "time zone hour needs two digits", 20, 21),
        .init("2012-10T10:10:10", "a time needs a full date (year, month and day)", 7, 16),
        .init("2012-10-10T10:10:10?", "a date with a time cannot be qualified", 19, 20),
        // Intervals
        .init("2008/1964", "interval ends before it starts", 5, 9),
        .init("2005/2004-12-31", "interval ends before it starts", 5, 15),
        .init("../..", "an interval needs a date at one end at least", 0, 5),
        .init("/", "an interval needs a date at one end at least", 0, 1),
        .init("../", "an interval needs a date at one end at least", 0, 3),
        .init("1964/2008/2010", "an interval has only one '/'", 9, 10),
        .init("2025/2025-02-30", "day 30 is out of range for February 2025", 13, 15),
        .init(".../2025", "expected a four-digit year, found '.'", 0, 1),
        // Sets
        .init("[2025-01-26", "expected ']' to close the set", 11, 11),
        .init("[2025-01-26]", "a set needs at least two dates", 0, 12),
        .init("[2025-01-26,]", "expected a date such as 2025-01-25", 12, 12),
        .init("[2025-01-26?,2025-02-02]", "a date in a set cannot be qualified; the set is already uncertain", 11, 12),
        .init("[1667..1670,1760]", "ranges ('..') inside a set are not supported", 5, 7),
        .init("[2025,2026]x", "unexpected 'x' after the set", 11, 12),
        .init("[2025,2026-13]", "month 13 is out of range (01–12, or 21–24 for a season)", 11, 13),
    ]
}

struct EDTFErrorTests {
    @Test(arguments: InvalidDate.table)
    func rejectsWithMessageAndSpan(_ invalid: InvalidDate) {
        #expect(throws: EDTFError(message: invalid.message, span: Span(start: invalid.start, end: invalid.end))) {
            try FuzzyDate.parse(invalid.input)
        }
    }

    @Test(arguments: InvalidDate.table)
    func spanLiesWithinTheInput(_ invalid: InvalidDate) {
        #expect(invalid.start <= invalid.end)
        #expect(invalid.end <= invalid.input.utf8.count)
    }
}
