import Foundation
import Testing

@testable import TimelineCommands

/// The export time stamp is the one Foundation's ISO 8601 formatter writes, worked out
/// without it: checked against the formatter across centuries, leap days and day
/// boundaries. (From 1583 on: before the Gregorian reform ICU's calendar is Julian,
/// while ISO 8601, EDTF and this tool count proleptic Gregorian days.)
struct ToolInfoTests {
    @Test
    func timeStampsAreThoseTheFormatterWrites() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var rng = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [
            0, -1, 86_399, 86_400, 951_782_400, 1_764_504_000.75, 4_102_444_799, -2_208_988_800.5,
        ]
        let random = (0..<500).map { _ in TimeInterval(Int.random(in: -12_200_000_000...250_000_000_000, using: &rng)) }
        for seconds in fixed + random {
            #expect(
                ToolInfo.timestamp(secondsSince1970: seconds)
                    == formatter.string(from: Date(timeIntervalSince1970: seconds)),
                "\(seconds)")
        }
    }

    @Test
    func sourceDateEpochPinsTheTimeStamp() {
        #expect(ToolInfo.timestamp(environment: ["SOURCE_DATE_EPOCH": "1764504000"]) == "2025-11-30T12:00:00Z")
    }
}
