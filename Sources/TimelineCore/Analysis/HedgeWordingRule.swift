/// `hedge-wording`: a figure whose wording and `approximate` flag disagree.
///
/// A warning when the wording hedges ("nearly", "about", "more than", …) but
/// the figure is recorded as exact: it will be used as exact. Info when the
/// figure is recorded as approximate but its wording holds no hedge word the
/// rule knows. The words are English; "over" and "some" are left out, being
/// too often not hedges.
public struct HedgeWordingRule: CheckRule {
    public let name = "hedge-wording"
    public let summary = "a hedged figure recorded as exact, or an unhedged one recorded as approximate"
    public let severity = Severity.warning

    /// Words and phrases that make a figure approximate or a bound.
    public static let hedges = [
        "nearly", "almost", "about", "approximately", "around", "roughly", "some estimated", "an estimated",
        "estimated", "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
        "upwards of", "just under", "just over",
    ]

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        // The hedges were found as the input was made (FigureFacts): only the figures
        // whose wording and flag disagree are made.
        let disagreeing = input.facts.indices.filter { i in
            !input.facts[i].wordingIsEmpty && (input.facts[i].hedge >= 0) != input.facts[i].isApproximate
        }
        return disagreeing.map { i in
            let figure = input.figures[i]
            let value = Arithmetic.text(figure.measure.value)
            if input.facts[i].hedge >= 0 {
                return Finding(
                    rule: name, severity: .warning,
                    message: "\"\(figure.measure.wording)\" is hedged (\"\(Self.hedges[Int(input.facts[i].hedge)])\") "
                        + "but \(value) is recorded as exact", figures: [figure])
            }
            return Finding(
                rule: name, severity: .info,
                message: "\(value) is recorded as approximate, but \"\(figure.measure.wording)\" holds no hedge word",
                figures: [figure])
        }
    }

    /// The first hedge word in the text, matched as whole words, ignoring case.
    static func hedge(in text: String) -> String? {
        hedgeIndex(in: text).map { hedges[$0] }
    }

    /// The index in ``hedges`` of the first hedge word in the text, as ``hedge(in:)`` finds it.
    static func hedgeIndex(in text: borrowing String) -> Int? {
        if let found = text.withUTF8Bytes(asciiHedge) { return found }
        return hedgeByCharacters(in: copy text).flatMap { hedges.firstIndex(of: $0) }
    }

    /// The same, by `Character`s: for text beyond ASCII.
    static func hedgeByCharacters(in text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }.joined(separator: " ")
        let padded = " \(words) "
        return hedges.first { padded.contains(" \($0) ") }
    }

    /// The hedges as words of lowercase ASCII letters (one or two words each).
    private static let hedgeWords: [[[UInt8]]] = hedges.map { $0.split(separator: " ").map { Array($0.utf8) } }

    /// For each length of word, the hedges whose last word is that long, in list order.
    private static let byLastWordLength: [[Int]] = {
        var table = [[Int]](repeating: [], count: (hedgeWords.compactMap { $0.last?.count }.max() ?? 0) + 1)
        for (index, words) in hedgeWords.enumerated() {
            precondition((1...2).contains(words.count), "a hedge is one word or two")
            table[words[words.count - 1].count].append(index)
        }
        return table
    }()

    /// The same for ASCII text, on its bytes: words are runs of letters, compared without
    /// case: the index of the first hedge found, `.some(nil)` when none is, nil when the
    /// text is not all ASCII (letters beyond it are left to `Character.isLetter`).
    ///
    /// One pass, each word checked as it ends against the hedges whose last word is as
    /// long (and the word before it, for two-word hedges): listing the words first took a
    /// growing array per wording, a third of `check` on its own at a million figures.
    private static func asciiHedge(in bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        func matches(_ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
            guard end - start == word.count else { return false }
            for k in 0..<word.count where bytes[start + k] | 0x20 != word[k] { return false }
            return true
        }
        var found: Int? = nil
        var (start, previousStart, previousEnd) = (-1, -1, -1)
        for offset in 0...bytes.count {
            let byte = offset < bytes.count ? bytes[offset] : UInt8(ascii: " ")
            guard byte < 0x80 else { return nil }
            if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                if start < 0 { start = offset }
                continue
            }
            guard start >= 0 else { continue }
            if offset - start < byLastWordLength.count {
                for index in byLastWordLength[offset - start] where found.map({ index < $0 }) ?? true {
                    let words = hedgeWords[index]
                    if matches(start, offset, words[words.count - 1]),
                        words.count == 1 || (previousStart >= 0 && matches(previousStart, previousEnd, words[0]))
                    {
                        found = index
                    }
                }
            }
            (previousStart, previousEnd, start) = (start, offset, -1)
        }
        return .some(found)
    }
}
