import Testing
import TimelineCore

@testable import TimelineCommands

/// Gap compression and the day → column scale.
struct DateAxisTests {
    static func day(_ text: String) throws -> Day {
        try #require(try FuzzyDate.parse(text).earliest)
    }

    @Test func aNineteenNinetiesEventAndTwentyTwentyFiveEventsCompressTheGap() throws {
        let days = try ["1990-01-01", "2025-01-20", "2025-01-25", "2025-02-02", "2025-02-05"].map(Self.day)
        let axis = DateAxis(keyDays: days)
        #expect(axis.segments.count == 2)
        #expect(axis.gaps.count == 1)
        #expect(axis.gaps.first?.first == (try Self.day("1990-01-02")))
        #expect(axis.gaps.first?.last == (try Self.day("2025-01-19")))
        #expect(DateAxis.duration(days: axis.gaps[0].days) == "35 years")
    }

    @Test(arguments: [
        ["2025-01-20", "2025-01-22", "2025-01-26"],  // all in one week
        ["2020-06-01", "2021-06-01", "2022-06-01", "2023-06-01"],  // evenly spread over years
        ["2025-01-01", "2025-01-31"],  // a month is never cut
    ])
    func evenOrShortSelectionsAreNotCompressed(_ texts: [String]) throws {
        let axis = DateAxis(keyDays: try texts.map(Self.day))
        #expect(axis.segments.count == 1)
        #expect(axis.gaps.isEmpty)
    }

    @Test func columnsFillTheWidthAndAreLinearInASegment() throws {
        let axis = DateAxis(keyDays: try ["2025-01-01", "2025-01-10"].map(Self.day))
        let columns = AxisColumns(axis, width: 50)
        #expect(columns.columns(of: try Self.day("2025-01-01")).lowerBound == 0)
        #expect(columns.columns(of: try Self.day("2025-01-10")).upperBound == 49)
        #expect(columns.columns(of: try Self.day("2025-01-06")) == 25...29)
    }

    @Test func aCompressedGapTakesThreeColumnsAndASingleDaySegmentThree() throws {
        let axis = DateAxis(keyDays: try ["1990-01-01", "2025-01-20", "2025-02-05"].map(Self.day))
        let columns = AxisColumns(axis, width: 60)
        #expect(columns.breakRange(0) == 3...5)
        #expect(columns.columns(of: try Self.day("2025-01-20")).lowerBound == 6)
        #expect(columns.columns(of: try Self.day("2025-02-05")).upperBound == 59)
        #expect(columns.isBreakMiddle(4))
    }

    @Test func kindLettersAreDistinctAndStable() {
        let letters = KindLetters(["coverage", "context", "tally", "target"])
        #expect(letters["context"] == "C")
        #expect(letters["coverage"] == "O")
        #expect(letters["tally"] == "T")
        #expect(letters["target"] == "A")
    }
}
