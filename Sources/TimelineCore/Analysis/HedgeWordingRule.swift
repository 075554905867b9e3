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

    /// Each hedge's last word and, for a two-word hedge, its first, packed.
    private static let packedHedges: [(last: PackedWord, first: PackedWord?)] = hedgeWords.map { words in
        (PackedWord(words[words.count - 1]), words.count == 2 ? PackedWord(words[0]) : nil)
    }

    /// For each length of word, the hedges whose last word is that long, in list order.
    private static let byLastWordLength: [[Int]] = {
        var table = [[Int]](repeating: [], count: (hedgeWords.compactMap { $0.last?.count }.max() ?? 0) + 1)
        for (index, words) in hedgeWords.enumerated() {
            precondition((1...2).contains(words.count), "a hedge is one word or two")
            precondition(words.allSatisfy { $0.count <= PackedWord.capacity }, "a hedge's words fit a PackedWord")
            table[words[words.count - 1].count].append(index)
        }
        return table
    }()

    /// The same for ASCII text, on its bytes: words are runs of letters, compared without
    /// case: the index of the first hedge found, `.some(nil)` when none is, nil when the
    /// text is not all ASCII (letters beyond it are left to `Character.isLetter`).
    ///
    /// One pass, each word packed as it is read and checked as it ends against the hedges
    /// whose last word is as long (and the word before it, for two-word hedges), two
    /// compares a hedge: listing the words first took a growing array per wording, a third
    /// of `check` on its own at a million figures; comparing them byte by byte with the
    /// hedges' arrays, 3 % of `check`'s samples.
    private static func asciiHedge(in bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        let (hedges, byLength) = (packedHedges, byLastWordLength)
        var found: Int? = nil
        var (word, previous) = (PackedWord(), PackedWord())
        for offset in 0...bytes.count {
            let byte = offset < bytes.count ? bytes[offset] : UInt8(ascii: " ")
            guard byte < 0x80 else { return nil }
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                word.append(lower)
                continue
            }
            guard word.length > 0 else { continue }
            if word.length < byLength.count {
                for index in byLength[word.length] where found.map({ index < $0 }) ?? true {
                    if hedges[index].last == word, hedges[index].first.map({ $0 == previous }) ?? true {
                        found = index
                    }
                }
            }
            (previous, word) = (word, PackedWord())
        }
        return .some(found)
    }
}

/// A word's first ``capacity`` bytes packed into two integers, and its whole length: two
/// words of at most ``capacity`` bytes are equal when their packings are.
private struct PackedWord: Equatable {
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var length = 0

    init() {}

    init(_ bytes: [UInt8]) {
        for byte in bytes { append(byte) }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if length < 8 {
            low |= UInt64(byte) << UInt64(8 * length)
        } else if length < Self.capacity {
            high |= UInt64(byte) << UInt64(8 * (length - 8))
        }
        length += 1
    }
}
