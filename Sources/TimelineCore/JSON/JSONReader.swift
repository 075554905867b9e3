/// Reads JSON text (strict RFC 8259) into a tree of ``JSONNode``s, or fails
/// with a ``JSONError`` that points at the offending bytes.
///
/// Strict means: no comments, no trailing commas, no leading zeros, no NaN or
/// Infinity, no raw control characters in strings, only `\uXXXX` escapes with
/// properly paired surrogates, valid UTF-8 only, whitespace only space, tab,
/// line feed and carriage return, nothing but whitespace after the value, and
/// no key twice in one object. A leading UTF-8 byte order mark is skipped
/// (spans still count its three bytes). Resource limits are in ``Limits``.
///
/// ```swift
/// let root = try JSONReader.parse(#"{"events": [{"id": "e1"}]}"#)
/// root["events"]?.arrayValue?.count      // 1
///
/// do {
///     _ = try JSONReader.parse(#"{"id": "a", "id": "b"}"#)
/// } catch {
///     error.message          // duplicate key "id"
///     error.span.start       // 12
///     error.related?.start   // 1
/// }
/// ```
///
/// - Complexity: O(*n*) in the length of the input. The bytes are scanned
///   eight at a time inside strings; containers are built with an explicit
///   stack, so deep nesting cannot overflow the call stack.
public struct JSONReader {
    /// The document; never empty (an empty input is rejected before a reader is made).
    let base: UnsafePointer<UInt8>
    let count: Int
    /// The next byte to read.
    var index = 0
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Parses a whole document held as UTF-8 bytes.
    ///
    /// ```swift
    /// let node = try JSONReader.parse(Array("[1, 2]".utf8))
    /// ```
    ///
    /// - Throws: ``JSONError`` for the first problem in document order.
    public static func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) -> JSONNode in try parse(buffer) }
    }

    /// Parses a whole document given as a string; spans are UTF-8 byte offsets into it.
    ///
    /// ```swift
    /// let node = try JSONReader.parse(#"{"title": "Budget"}"#)
    /// node["title"]?.stringValue   // "Budget"
    /// ```
    public static func parse(_ text: String) throws(JSONError) -> JSONNode {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONError) -> JSONNode in try parse(buffer) }
        }
        return try result.get()
    }

    /// Parses a whole document in memory the caller owns (e.g. a mapped file).
    ///
    /// The result holds no pointer into `buffer`.
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONNode {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            throw JSONError("unexpected end of input: expected a value", at: .point(0))
        }
        var reader = JSONReader(base: base, count: buffer.count)
        return try reader.readDocument()
    }

    /// The document loop: values are read in place, and arrays and objects are
    /// kept on an explicit stack of open ``Container``s until they close.
    private mutating func readDocument() throws(JSONError) -> JSONNode {
        if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { index = 3 }
        var stack: [Container] = []
        var elements: [JSONNode] = []  // of all open arrays, innermost last
        var members: [JSONMember] = []  // of all open objects, innermost last
        var node: JSONNode
        nextValue: while true {
            skipWhitespace()
            guard index < count else { throw unexpected(expecting: "a value") }
            let start = index
            switch base[index] {
            case UInt8(ascii: "["):
                try checkDepth(stack.count)
                index += 1
                skipWhitespace()
                if index < count && base[index] == UInt8(ascii: "]") {
                    index += 1
                    node = JSONNode(.array([]), span: Span(start: start, end: index))
                } else {
                    stack.append(Container(start: start, isObject: false, first: elements.count))
                    continue nextValue
                }
            case UInt8(ascii: "{"):
                try checkDepth(stack.count)
                index += 1
                skipWhitespace()
                if index < count && base[index] == UInt8(ascii: "}") {
                    index += 1
                    node = JSONNode(.object([]), span: Span(start: start, end: index))
                } else {
                    var container = Container(start: start, isObject: true, first: members.count)
                    try readKey(into: &container, members: members, expecting: "a string key or '}'")
                    stack.append(container)
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                let string = try readString()
                node = JSONNode(.string(string), span: Span(start: start, end: index))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = try readNumber()
            default:
                node = try readLiteral()
            }
            // Hand the finished value to its container; close containers whose end follows.
            while let top = stack.indices.last {
                skipWhitespace()
                if stack[top].isObject {
                    stack[top].appendMember(value: node, to: &members)
                    guard index < count else { throw unexpected(expecting: "',' or '}' after an object member") }
                    switch base[index] {
                    case UInt8(ascii: ","):
                        let comma = index
                        index += 1
                        skipWhitespace()
                        if index < count && base[index] == UInt8(ascii: "}") {
                            throw JSONError("trailing comma before '}'", at: Span(start: comma, end: comma + 1))
                        }
                        try readKey(into: &stack[top], members: members, expecting: "a string key after ','")
                        continue nextValue
                    case UInt8(ascii: "}"):
                        index += 1
                        let container = stack.removeLast()
                        let value = JSONValue.object(Array(members[container.first...]))
                        members.removeSubrange(container.first...)
                        node = JSONNode(value, span: Span(start: container.start, end: index))
                    default:
                        throw unexpected(expecting: "',' or '}' after an object member")
                    }
                } else {
                    elements.append(node)
                    guard index < count else { throw unexpected(expecting: "',' or ']' after an array element") }
                    switch base[index] {
                    case UInt8(ascii: ","):
                        let comma = index
                        index += 1
                        skipWhitespace()
                        if index < count && base[index] == UInt8(ascii: "]") {
                            throw JSONError("trailing comma before ']'", at: Span(start: comma, end: comma + 1))
                        }
                        continue nextValue
                    case UInt8(ascii: "]"):
                        index += 1
                        let container = stack.removeLast()
                        let value = JSONValue.array(Array(elements[container.first...]))
                        elements.removeSubrange(container.first...)
                        node = JSONNode(value, span: Span(start: container.start, end: index))
                    default:
                        throw unexpected(expecting: "',' or ']' after an array element")
                    }
                }
            }
            skipWhitespace()
            guard index == count else { throw unexpected(expecting: "end of input after the document") }
            return node
        }
    }

    /// Reads `"key"` and the `:` after it, rejecting a key the object already has.
    private mutating func readKey(
        into container: inout Container, members: [JSONMember], expecting expected: String
    ) throws(JSONError) {
        guard index < count && base[index] == UInt8(ascii: "\"") else { throw unexpected(expecting: expected) }
        let start = index
        let key = try readString()
        let keySpan = Span(start: start, end: index)
        if let first = container.span(ofKey: key, in: members) {
            let shown = JSONWriter.quoted(key, limit: 40)
            throw JSONError(
                "duplicate key \(shown)", at: keySpan, related: first, relatedNote: "\(shown) first appears")
        }
        skipWhitespace()
        guard index < count && base[index] == UInt8(ascii: ":") else {
            throw unexpected(expecting: "':' after an object key")
        }
        index += 1
        container.key = key
        container.keySpan = keySpan
    }

    private func checkDepth(_ openContainers: Int) throws(JSONError) {
        guard openContainers < Limits.maxDepth else {
            throw JSONError(
                "nesting too deep: more than \(Limits.maxDepth) levels of arrays and objects",
                at: Span(start: index, end: index + 1))
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < count {
            switch base[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }
}
