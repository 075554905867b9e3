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
        input.figures.indices.compactMap { i in  // by index: a loop over the figures would copy each
            let wording = input.figures[i].measure.wording
            guard !wording.isEmpty else { return nil }
            let hedge = Self.hedge(in: wording)
            switch (hedge, input.figures[i].measure.approximate) {
            case (let word?, false):
                return Finding(
                    rule: name, severity: .warning,
                    message:
                        "\"\(wording)\" is hedged (\"\(word)\") but \(Arithmetic.text(input.figures[i].measure.value)) "
                        + "is recorded as exact", figures: [input.figures[i]])
            case (nil, true):
                return Finding(
                    rule: name, severity: .info,
                    message: "\(Arithmetic.text(input.figures[i].measure.value)) is recorded as approximate, but "
                        + "\"\(wording)\" holds no hedge word", figures: [input.figures[i]])
            default:
                return nil
            }
        }
    }

    /// The first hedge word in the text, matched as whole words, ignoring case.
    static func hedge(in text: String) -> String? {
        var text = text
        if let found = text.withUTF8({ asciiHedge(in: $0) }) { return found.map { hedges[$0] } }
        return hedgeByCharacters(in: text)
    }

    /// The same, by `Character`s: for text beyond ASCII.
    static func hedgeByCharacters(in text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }.joined(separator: " ")
        let padded = " \(words) "
        return hedges.first { padded.contains(" \($0) ") }
    }

    /// The hedges as words of lowercase ASCII letters.
    private static let hedgeWords: [[[UInt8]]] = hedges.map { $0.split(separator: " ").map { Array($0.utf8) } }

    /// The same for ASCII text, on its bytes: words are runs of letters, compared without
    /// case: the index of the first hedge found, `.some(nil)` when none is, nil when the
    /// text is not all ASCII (letters beyond it are left to `Character.isLetter`).
    private static func asciiHedge(in bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        var words: [Range<Int>] = []
        var start: Int? = nil
        for (offset, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if letter, start == nil { start = offset }
            if !letter, let first = start {
                words.append(first..<offset)
                start = nil
            }
        }
        if let first = start { words.append(first..<bytes.count) }
        func matches(_ word: Range<Int>, _ hedge: [UInt8]) -> Bool {
            word.count == hedge.count && zip(word, hedge).allSatisfy { bytes[$0] | 0x20 == $1 }
        }
        for (index, phrase) in hedgeWords.enumerated() where words.count >= phrase.count {
            for k in 0...(words.count - phrase.count)
            where zip(words[k..<(k + phrase.count)], phrase).allSatisfy(matches) {
                return .some(index)
            }
        }
        return .some(nil)
    }
}
