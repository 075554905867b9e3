/// Why a document is not valid JSON, and where.
///
/// The span points at the offending bytes (the caret goes there); line and
/// column are computed elsewhere, from the offset, by ``SourceText``.
/// When a second place matters (the first of two duplicate keys, the start of
/// a string broken by a line break) it is in ``related``, described by
/// ``relatedNote``.
///
/// ```swift
/// do {
///     _ = try JSONReader.parse("[1, 2,]")
/// } catch {
///     error.message      // "trailing comma before ']'"
///     error.span.start   // 5
/// }
/// ```
public struct JSONError: Error, Hashable, Sendable {
    /// A one-line, human message without location, e.g. `invalid escape '\q'`.
    public var message: String
    /// The offending bytes; a zero-width span at the end for "unexpected end of input".
    public var span: Span
    /// A second place the message refers to, e.g. where a duplicate key first appears.
    public var related: Span?
    /// What ``related`` is, e.g. `"id" first appears` (a renderer adds " at line:col"); set whenever `related` is.
    public var relatedNote: String?

    public init(_ message: String, at span: Span, related: Span? = nil, relatedNote: String? = nil) {
        self.message = message
        self.span = span
        self.related = related
        self.relatedNote = relatedNote
    }
}
