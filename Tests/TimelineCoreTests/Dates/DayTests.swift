import Testing

@testable import TimelineCore

struct DayTests {
    /// Ordinals and ISO weekdays checked against Python's `datetime.date`.
    @Test(arguments: [
        (1970, 1, 1, 0, 4),
        (1969, 12, 31, -1, 3),
        (2000, 1, 1, 10957, 6),
        (2025, 1, 25, 20113, 6),
        (1900, 3, 1, -25508, 4),
        (1, 1, 1, -719_162, 1),
        (2100, 2, 28, 47540, 7),
    ])
    func knownOrdinals(year: Int, month: Int, day: Int, ordinal: Int, weekday: Int) throws {
        let value = try #require(Day(year: year, month: month, day: day))
        #expect(value.ordinal == ordinal)
        #expect(value.weekday == weekday)
        #expect(value.components == (year, month, day))
    }

    @Test func ordinalsRoundTripThroughComponents() throws {
        for ordinal in stride(from: -1_000_000, through: 1_000_000, by: 97) {
            let (y, m, d) = Day(ordinal: ordinal).components
            #expect(Day(year: y, month: m, day: d)?.ordinal == ordinal)
        }
    }

    @Test(arguments: [
        (2000, true), (1900, false), (2024, true), (2023, false), (2100, false),
        (0, true), (-4, true), (-1, false), (-100, false), (-400, true),
    ])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(Day.isLeap(year) == isLeap)
        #expect((Day(year: year, month: 2, day: 29) != nil) == isLeap)
    }

    @Test(arguments: [(2025, 2, 30), (1960, 6, 31), (2025, 13, 1), (2025, 0, 1), (2025, 1, 0), (-1, 2, 29)])
    func invalidDays(year: Int, month: Int, day: Int) {
        #expect(Day(year: year, month: month, day: day) == nil)
    }

    @Test func negativeYears() throws {
        // days_from_civil(0, 3, 1) in Hinnant's paper.
        #expect(Day(year: 0, month: 3, day: 1)?.ordinal == -719_468)
        let lastOfMinusOne = try #require(Day(year: -1, month: 12, day: 31))
        #expect(lastOfMinusOne.adding(days: 1) == Day(year: 0, month: 1, day: 1))
        let idesOfMarch = try #require(Day(year: -44, month: 3, day: 15))
        #expect(idesOfMarch.description == "-0044-03-15")
        #expect(idesOfMarch.components == (-44, 3, 15))
    }

    @Test func weekdayNames() {
        #expect(Day(year: 2025, month: 1, day: 26)?.weekdayName == "Sunday")
        #expect(Day(year: 1969, month: 12, day: 29)?.weekdayName == "Monday")
    }

    @Test(arguments: [(2015, 53), (2020, 53), (2021, 52), (2025, 52), (2026, 53), (2027, 52)])
    func isoWeekCounts(year: Int, weeks: Int) {
        #expect(Day.isoWeekCount(in: year) == weeks)
        #expect(Day(isoWeekYear: year, week: weeks) != nil)
        #expect(Day(isoWeekYear: year, week: weeks + 1) == nil)
    }

    @Test(arguments: [
        ((2025, 1, 27), 2025, 5),
        ((2024, 12, 30), 2025, 1),
        ((2021, 1, 3), 2020, 53),
        ((2027, 1, 1), 2026, 53),
        ((2026, 12, 28), 2026, 53),
    ])
    func isoWeekOfDay(date: (Int, Int, Int), weekYear: Int, week: Int) throws {
        let day = try #require(Day(year: date.0, month: date.1, day: date.2))
        #expect(day.isoWeek == (weekYear, week))
    }

    @Test func isoWeeksStartOnMondaysAndCoverEveryDay() throws {
        let start = try #require(Day(year: 1999, month: 1, day: 1))
        for offset in 0..<(366 * 30) {
            let day = start.adding(days: offset)
            let (year, week) = day.isoWeek
            let monday = try #require(Day(isoWeekYear: year, week: week))
            #expect(monday.weekday == 1)
            #expect(monday.adding(days: day.weekday - 1) == day)
        }
    }
}
