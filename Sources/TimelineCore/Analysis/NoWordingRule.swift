/// `no-wording`: a figure with no words from its source. Without them a
/// reader cannot see "nearly" or "only" and judge the number. A warning.
public struct NoWordingRule: CheckRule {
    public let name = "no-wording"
    public let summary = "a figure without its source's wording"
    public let severity = Severity.warning

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        input.figures.withUnsafeBufferPointer { figures in  // in place: not a copy of each figure
            figures.indices.filter { Self.isBlank(figures[$0].measure.wording) }
        }.map { i in
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
    static func isBlank(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte != UInt8(ascii: " ") && !(0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
        return ascii ?? text.allSatisfy(\.isWhitespace)
    }
}
