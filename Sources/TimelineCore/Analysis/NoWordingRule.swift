/// `no-wording`: a figure with no words from its source. Without them a
/// reader cannot see "nearly" or "only" and judge the number. A warning.
public struct NoWordingRule: CheckRule {
    public let name = "no-wording"
    public let summary = "a figure without its source's wording"
    public let severity = Severity.warning

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        input.facts.indices.filter { input.facts[$0].wordingIsBlank }  // (found as the input was made)
            .map { i in
                let figure = input.figures[i]
                return
                    Finding(
                        rule: name, severity: .warning,
                        message: "\(Arithmetic.text(figure.measure.value)) \(figure.measure.unit) "
                            + "(\(figure.measure.source)) has no wording: "
                            + "how the source put it is unknown",
                        figures: [figure])
            }
    }

    /// Whether the text is empty or all whitespace. ASCII by its bytes: a byte that is
    /// ASCII but not whitespace begins a character that is not whitespace (only CR joins
    /// LF), so most wordings are settled at their first byte; beyond ASCII, by `Character`
    /// (splitting the text into characters had been most of this rule's time).
    static func isBlank(_ text: borrowing String) -> Bool {
        func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte != UInt8(ascii: " ") && !(0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
        return text.withUTF8Bytes(ascii) ?? text.allSatisfy(\.isWhitespace)
    }
}
