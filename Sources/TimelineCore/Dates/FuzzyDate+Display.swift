/// Human renderings of a fuzzy date.
extension FuzzyDate {
    /// A rendering for people that always shows vagueness.
    ///
    /// | EDTF | display |
    /// |---|---|
    /// | `2025-01-25` | `2025-01-25` |
    /// | `199X` | `1990s` |
    /// | `19XX` | `1900s (century)` |
    /// | `2001-21` | `spring 2001` |
    /// | `2004-XX` | `2004 (month unknown)` |
    /// | `1985-04-XX` | `1985-04 (day unknown)` |
    /// | `2004-06-11%` | `2004-06-11 (uncertain, approximate)` |
    /// | `2025-01-25/2025-02-05` | `2025-01-25 → 2025-02-05` |
    /// | `199X/..` | `1990s →` |
    /// | `/1985` | `? → 1985` |
    /// | `[2025-01-26,2025-02-02]` | `Sunday, 2025-01-26 or 2025-02-02 (uncertain)` |
    ///
    /// Notes about one date go in one parenthesis: `1900s (century, approximate)`.
    /// A set of single days on the same weekday is prefixed with that weekday.
    public var display: String {
        switch shape {
        case .single(let date):
            return date.display
        case .interval(let start, let end):
            switch (start, end) {
            case (.open, _): return "→ \(Self.display(end))"
            case (_, .open): return "\(Self.display(start)) →"
            default: return "\(Self.display(start)) → \(Self.display(end))"
            }
        case .oneOf(let members):
            let names = members.map(\.display)
            let joined = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            let weekdays = Set(members.map { $0.firstDay.weekday })
            if members.allSatisfy(\.isSingleDay), weekdays.count == 1, let first = members.first {
                return "\(first.firstDay.weekdayName), \(joined) (uncertain)"
            }
            return "\(joined) (uncertain)"
        }
    }

    /// The bounds as text: `2025-01-26 … 2025-02-02`; an open or unknown end
    /// is written `(no start)` or `(no end)`.
    ///
    /// ```swift
    /// try FuzzyDate.parse("201X").boundsDescription   // "2010-01-01 … 2019-12-31"
    /// try FuzzyDate.parse("../2025").boundsDescription // "(no start) … 2025-12-31"
    /// ```
    public var boundsDescription: String {
        "\(earliest?.description ?? "(no start)") … \(latest?.description ?? "(no end)")"
    }

    private static func display(_ endpoint: Endpoint) -> String {
        switch endpoint {
        case .date(let date): date.display
        case .open: ""
        case .unknown: "?"
        }
    }
}
