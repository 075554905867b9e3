/// What a unit says about how figures combine: a count adds up, a rate per
/// day or a percentage does not.
///
/// ```swift
/// UnitReading("arrests")      // .count("arrests")
/// UnitReading("arrests/day")  // .perDay("arrests")
/// UnitReading("percent")      // .percent
/// ```
public enum UnitReading: Hashable, Sendable {
    /// A tally of things (`arrests`, `people`): sums are meaningful.
    case count(String)
    /// A rate per day (`arrests/day`) of the given counted thing.
    case perDay(String)
    /// A share (`percent`, `%`): differences are percentage points; sums mean nothing.
    case percent

    public init(_ unit: String) {
        let trimmed = unit.trimmingSpaces
        if trimmed == "percent" || trimmed == "%" || trimmed == "per cent" {
            self = .percent
        } else if trimmed.hasSuffix("/day") {
            self = .perDay(String(trimmed.dropLast(4)).trimmingSpaces)
        } else if trimmed.hasSuffix(" per day") {
            self = .perDay(String(trimmed.dropLast(8)).trimmingSpaces)
        } else {
            self = .count(trimmed)
        }
    }

    /// True when adding figures gives a meaningful total.
    public var addsUp: Bool {
        if case .count = self { return true }
        return false
    }

    /// The counted thing a rate per day is of, when `other` counts the same thing
    /// (`arrests` against `arrests/day`); nil for any other pair.
    public static func countAgainstRate(count: String, rate: String) -> String? {
        guard case .count(let thing) = UnitReading(count), case .perDay(let perDay) = UnitReading(rate),
            thing == perDay
        else { return nil }
        return thing
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
