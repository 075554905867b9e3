/// What pressing Tab does to the line, decided from the text left of the cursor and the
/// ``Completion`` a ``CompletionSource`` returned. Pure, so it is tested without a terminal.
///
/// | Candidates | Effect |
/// |---|---|
/// | none | beep |
/// | one | replace `word` with it, plus a space unless it ends in `:` or `/` |
/// | several, sharing a prefix longer than `word` | replace `word` with that prefix |
/// | several, no longer prefix (so also a second Tab) | list them below the line |
///
/// `word` must end the text before the cursor; otherwise the completion does not fit the line
/// and Tab beeps.
enum TabAction: Equatable {
    /// Delete `deleting` Unicode scalars left of the cursor, then insert `inserting` there.
    case replace(deleting: Int, inserting: String)
    /// Show these candidates below the line and redraw the prompt.
    case list([String])
    /// Nothing fits: ring the bell.
    case beep

    /// The action for `completion` when the text left of the cursor is `textBeforeCursor`.
    static func decide(textBeforeCursor: String, completion: Completion) -> TabAction {
        var seen = Set<String>()
        let candidates = completion.candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        let word = completion.word
        guard !candidates.isEmpty,
            textBeforeCursor.unicodeScalars.reversed().starts(with: word.unicodeScalars.reversed())
        else { return .beep }
        let deleting = word.unicodeScalars.count
        if candidates.count == 1, let only = candidates.first {
            let ending = only.last == ":" || only.last == "/" ? "" : " "
            return .replace(deleting: deleting, inserting: only + ending)
        }
        let prefix = commonPrefix(of: candidates)
        if prefix.count > word.count { return .replace(deleting: deleting, inserting: prefix) }
        return .list(candidates)
    }

    /// The longest prefix, in whole characters, that all `strings` share. Characters must match
    /// scalar for scalar: "é" and "e" + U+0301 are equal as Swift `Character`s, but a source that
    /// matches bytes would not find a candidate rewritten to the other form.
    ///
    /// - Complexity: O(n × m) for n strings of length m.
    static func commonPrefix(of strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = Substring(first)
        for string in strings.dropFirst() {
            let shared = zip(prefix, string).prefix { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }.count
            prefix = prefix.prefix(shared)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }
}
