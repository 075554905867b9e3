/// A JSON number: its text as written, and its value as a `Double` and, when
/// it is an exact integer, as an `Int`.
///
/// ```swift
/// let n = JSONNumber("2024")
/// n?.int       // 2024
/// n?.double    // 2024.0
/// JSONNumber("1.5")?.int        // nil: has a fraction
/// JSONNumber("1e3")?.int        // nil: has an exponent
/// JSONNumber("1e400")           // nil: out of range
/// ```
///
/// Two numbers are equal when they were written the same way (`1.0` and `1`
/// differ); compare ``double`` to compare values.
public struct JSONNumber: Hashable, Sendable {
    /// The number exactly as written in the document, e.g. `-0.50`.
    public let text: String
    /// The nearest `Double` (correctly rounded); always finite.
    public let double: Double
    /// The value when the number is written without fraction or exponent and
    /// fits in an `Int`; otherwise `nil`.
    public let int: Int?

    /// Made by the reader, which has already validated the grammar.
    init(text: String, double: Double, int: Int?) {
        self.text = text
        self.double = double
        self.int = int
    }

    /// Reads a number written in JSON syntax; `nil` when `text` is not exactly
    /// one JSON number (no surrounding whitespace) or its value overflows `Double`.
    public init?(_ text: String) {
        guard case .number(let number)? = try? JSONReader.parse(text).value, number.text == text else { return nil }
        self = number
    }
}
