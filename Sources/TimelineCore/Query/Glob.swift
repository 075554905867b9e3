import Foundation

/// A `*` wildcard pattern, case-insensitive: `ice*` matches `ice-leadership`.
public struct Glob: Sendable {
    private let parts: [Substring]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool

    public init(_ pattern: String) {
        let lowered = pattern.lowercased()
        parts = lowered.split(separator: "*", omittingEmptySubsequences: true)
        anchoredStart = !lowered.hasPrefix("*")
        anchoredEnd = !lowered.hasSuffix("*")
    }

    public func matches(_ text: String) -> Bool {
        var rest = Substring(text.lowercased())
        for (i, part) in parts.enumerated() {
            if i == 0 && anchoredStart {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if i == parts.count - 1 && anchoredEnd {
                return rest.hasSuffix(part)
            } else {
                guard let r = rest.range(of: part) else { return false }
                rest = rest[r.upperBound...]
            }
        }
        return parts.isEmpty || !anchoredEnd || rest.isEmpty
    }
}
