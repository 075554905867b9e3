/// A JSON value read from a document, together with where it was written.
///
/// ``JSONReader`` produces a tree of nodes; every node, object key and error
/// carries a ``Span`` of UTF-8 byte offsets into the document, so a later
/// phase can point a caret at the exact value it rejects:
///
/// ```swift
/// let root = try JSONReader.parse(#"{"id": 7}"#)
/// let id = root["id"]          // JSONNode?
/// id?.span                     // Span(start: 7, end: 8)
/// id?.kindName                 // "number"
/// ```
public struct JSONNode: Hashable, Sendable {
    /// What was written.
    public var value: JSONValue
    /// The bytes the value occupies, from its first byte to one past its last
    /// (for strings, the quotes included; for containers, the brackets included).
    public var span: Span

    public init(_ value: JSONValue, span: Span) {
        self.value = value
        self.span = span
    }
}
