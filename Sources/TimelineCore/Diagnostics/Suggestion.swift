/// "Did you mean …?": the nearest known word to a misspelt one.
///
/// Uses the optimal-string-alignment distance (Damerau–Levenshtein with adjacent
/// transpositions), case-insensitive, with a cutoff that grows with the word's
/// length, as swift-argument-parser does for unknown options.
public enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough.
    ///
    /// - Complexity: O(*c* · *n* · *m*) for *c* candidates of length *m*.
    public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let target = Array(word.lowercased())
        guard !target.isEmpty else { return nil }
        let cutoff = target.count <= 3 ? 1 : (target.count <= 6 ? 2 : 3)
        var best: (name: String, score: Int, dropped: Bool)?
        for candidate in candidates {
            let lowered = Array(candidate.lowercased())
            if lowered == target { return candidate }
            // A (misspelt) prefix of a long word is a good guess too: "sourc" → "sources",
            // "nbc-sunday-taly" → "nbc-sunday-tally-data". It costs one more than the typo.
            var d = distance(target, lowered)
            if target.count >= 4, lowered.count > target.count {
                d = min(d, distance(target, Array(lowered.prefix(target.count))) + 1)
            }
            guard d <= cutoff else { continue }
            // On a tie, a word the typing could have come from by dropping letters wins
            // ("lst" → "list", not "let"), then the alphabetically first.
            let dropped = isSubsequence(target, of: lowered)
            if let current = best {
                let tieBroken = dropped != current.dropped ? dropped : candidate < current.name
                guard d < current.score || (d == current.score && tieBroken) else { continue }
            }
            best = (candidate, d, dropped)
        }
        return best?.name
    }

    /// True when `short` can be made from `long` by deleting characters.
    static func isSubsequence(_ short: [Character], of long: [Character]) -> Bool {
        var index = long.startIndex
        for character in short {
            guard let found = long[index...].firstIndex(of: character) else { return false }
            index = long.index(after: found)
        }
        return true
    }

    /// Optimal string alignment distance between two character arrays.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, current) = (prev, current, prev2)
        }
        return prev[b.count]
    }
}
