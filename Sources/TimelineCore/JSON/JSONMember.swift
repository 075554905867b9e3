/// One `"key": value` pair of a JSON object, with the span of its key.
///
/// ```swift
/// let root = try JSONReader.parse(#"{"id": "x"}"#)
/// let member = root.objectValue?.first
/// member?.key       // "id"
/// member?.keySpan   // Span(start: 1, end: 5), the quotes included
/// ```
public struct JSONMember: Hashable, Sendable {
    /// The key, unescaped.
    public var key: String
    /// Where the key is written, its quotes included.
    public var keySpan: Span
    /// The member's value.
    public var value: JSONNode

    public init(key: String, keySpan: Span, value: JSONNode) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}
