/// Why a text is not a valid EDTF date, and where.
///
/// `span` holds UTF-8 byte offsets within the parsed string, pointing at the
/// offending part so that a caret line can be drawn under it. An empty input or
/// a missing part gives a zero-width span where it was expected.
///
/// ```swift
/// do {
///     _ = try FuzzyDate.parse("2016-02-30")
/// } catch {
///     error.message  // "day 30 is out of range for February 2016"
///     error.span     // Span(start: 8, end: 10), under "30"
/// }
/// ```
public struct EDTFError: Error, Hashable, Sendable {
    /// What is wrong, in lower case and without a final period.
    public var message: String
    /// UTF-8 offsets of the offending part within the parsed string.
    public var span: Span

    public init(message: String, span: Span) {
        self.message = message
        self.span = span
    }

    init(_ message: String, at span: Span) {
        self.init(message: message, span: span)
    }

    init(_ message: String, from start: Int, to end: Int) {
        self.init(message: message, span: Span(start: start, end: end))
    }
}
