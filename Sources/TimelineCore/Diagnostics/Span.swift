/// A half-open range of UTF-8 byte offsets into a ``SourceText``.
///
/// Every phase that can fail (the EDTF parser, the JSON reader, the lexer and
/// the parser) reports where it failed as a `Span`; ``DiagnosticRenderer``
/// turns it into `file:line:column` and a caret line.
public struct Span: Hashable, Sendable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte; equal to `start` for a point (e.g. end of input).
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// A zero-width span at `offset`.
    public static func point(_ offset: Int) -> Span { Span(start: offset, end: offset) }

    /// This span moved right by `delta` bytes (used to place an error found inside a token).
    public func shifted(by delta: Int) -> Span { Span(start: start + delta, end: end + delta) }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }
}
