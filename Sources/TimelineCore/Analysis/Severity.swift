/// How much a finding matters: `error` (the figures cannot all be right),
/// `warning` (a careful reader should look), `info` (worth knowing).
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
