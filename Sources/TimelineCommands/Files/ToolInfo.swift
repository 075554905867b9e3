import Foundation
import TimelineCore

/// The tool's name and version, and the time stamps written into exports.
public enum ToolInfo {
    public static let version = "0.1.0"
    public static let name = "timeline \(version)"

    /// Now in UTC as `YYYY-MM-DDTHH:MM:SSZ`; `SOURCE_DATE_EPOCH` (seconds), when set,
    /// pins it, as reproducible-build tools do, so exports can be compared byte for byte.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        return timestamp(secondsSince1970: seconds)
    }

    /// The time `seconds` after 1970-01-01T00:00:00Z as `YYYY-MM-DDTHH:MM:SSZ`, the
    /// fraction dropped, in the proleptic Gregorian calendar of ISO 8601 (as
    /// ISO8601DateFormatter writes it from 1583 on). Worked out by hand: making
    /// that formatter (ICU's calendars and locale data) took a third of a millisecond, a
    /// tenth of exporting a slice of a thousand events.
    static func timestamp(secondsSince1970 seconds: TimeInterval) -> String {
        let whole = seconds.isFinite ? Int(max(min(seconds.rounded(.down), 9e15), -9e15)) : 0
        let (days, rest) = whole.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = rest < 0 ? (days - 1, rest + 86_400) : (days, rest)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(Day(ordinal: day))T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }
}
