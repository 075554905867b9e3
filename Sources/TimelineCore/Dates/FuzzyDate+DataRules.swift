/// What the data format asks of a date an event or measure holds, beyond
/// EDTF (docs/data-format.md). Every reader of records — the JSON decoder, the
/// importers and `add`/`edit` — checks it, so a timeline the tool accepts is
/// one it can save and load back.
extension FuzzyDate {
    /// False for a one-of set whose members are out of order or overlap
    /// (`[2025-02-02,2025-01-26]`, `[2025-01,2025-01-26]`); true for any other date.
    ///
    /// ```swift
    /// try FuzzyDate.parse("[2025-01-26,2025-02-02]").hasOrderedMembers  // true
    /// try FuzzyDate.parse("[2025-02-02,2025-01-26]").hasOrderedMembers  // false
    /// ```
    public var hasOrderedMembers: Bool {
        let ranges = possibleRanges
        return zip(ranges, ranges.dropFirst()).allSatisfy { a, b in
            guard let last = a.upper, let next = b.lower else { return false }
            return last < next
        }
    }

    /// The message for a date `text` whose members are not ordered (see ``hasOrderedMembers``).
    public static func unorderedMembersMessage(_ text: String) -> String {
        "members of the one-of set '\(text)' must be in increasing order and must not overlap"
    }
}
