import Foundation

/// The tool's name and version, and the time stamps written into exports.
public enum ToolInfo {
    public static let version = "0.1.0"
    public static let name = "timeline \(version)"

    /// Now in UTC as `YYYY-MM-DDTHH:MM:SSZ`; `SOURCE_DATE_EPOCH` (seconds), when set,
    /// pins it, as reproducible-build tools do, so exports can be compared byte for byte.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
