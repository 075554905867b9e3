import Testing

@testable import TimelineCore

/// A fuzzy date keeps its bounds inline and its expression in a shared box: equality and
/// hashing still go by the expression, and the value stays small (a million events hold one each).
struct FuzzyDateLayoutTests {
    @Test(arguments: ["2025-01-25", "2025-01", "201X", "2004-06~/2006-08?", "../2025-02-05", "[2025-01-26,2025-02-02]"])
    func separatelyParsedDatesAreEqualAndHashAlike(_ text: String) throws {
        let (a, b) = (try FuzzyDate.parse(text), try FuzzyDate.parse(text))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
    }

    @Test
    func datesWithTheSameBoundsButDifferentExpressionsDiffer() throws {
        // The same days, read differently: a month, and the interval of its first and last day.
        let month = try FuzzyDate.parse("2025-01")
        let interval = try FuzzyDate.parse("2025-01-01/2025-01-31")
        #expect(month.bounds == interval.bounds)
        #expect(month != interval)
        #expect(try FuzzyDate.parse("2025-01?") != month)
    }

    @Test
    func openEndsReadBackAsNil() throws {
        let open = try FuzzyDate.parse("2025-01-05/..")
        #expect(open.earliest?.description == "2025-01-05")
        #expect(open.latest == nil)
        #expect(open.bounds.upper == nil)
        #expect(!open.isExact)
    }

    @Test
    func aDateIsThirtyTwoBytes() {
        #expect(MemoryLayout<FuzzyDate>.size <= 32)
        #expect(MemoryLayout<FuzzyDate?>.size <= 32)
    }
}
