/// Writes a ``JSON`` value as text: compact, or pretty with two-space indents.
///
/// Output is stable: object keys come in the order given, numbers in one
/// canonical form, and the same value always gives the same bytes. The
/// document ends without a newline; the caller adds one when writing a file.
///
/// ```swift
/// let json: JSON = ["id": "e1", "tags": ["a"], "links": []]
/// JSONWriter.write(json)
/// // {"id":"e1","tags":["a"],"links":[]}
/// JSONWriter.write(json, pretty: true)
/// // {
/// //   "id": "e1",
/// //   "tags": [
/// //     "a"
/// //   ],
/// //   "links": []
/// // }
/// ```
///
/// Strings escape `"`, `\` and control characters (`\n`, `\t`, `\r`, `\b`,
/// `\f`, others as `\u00XX`) and U+2028/U+2029 (which break JavaScript);
/// other non-ASCII characters are written as UTF-8.
///
/// - Complexity: O(*n*) in the size of the output.
public enum JSONWriter {
    /// The text of `json`.
    public static func write(_ json: JSON, pretty: Bool = false) -> String {
        String(decoding: bytes(json, pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of `json`.
    ///
    /// ```swift
    /// let data = JSONWriter.bytes([1, 2])   // Array("[1,2]".utf8)
    /// ```
    public static func bytes(_ json: JSON, pretty: Bool = false) -> [UInt8] {
        var output = ByteBuffer()
        append(json, depth: 0, pretty: pretty, to: &output)
        return output.bytes()
    }

    /// Appends the UTF-8 bytes of `json` to `output`, for writing many values into one buffer.
    public static func write(_ json: JSON, pretty: Bool = false, to output: inout [UInt8]) {
        output.append(contentsOf: bytes(json, pretty: pretty))
    }

    /// Appends the UTF-8 bytes of `json` to `output`.
    static func write(_ json: JSON, pretty: Bool = false, to output: inout ByteBuffer) {
        append(json, depth: 0, pretty: pretty, to: &output)
    }

    /// Appends `json` as if it stood `depth` levels deep in a pretty document: its inner
    /// lines indented for that depth, its first line not (the caller has placed it).
    static func writePretty(_ json: JSON, depth: Int, to output: inout ByteBuffer) {
        append(json, depth: depth, pretty: true, to: &output)
    }

    private static func append(_ json: JSON, depth: Int, pretty: Bool, to output: inout ByteBuffer) {
        switch json {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): appendInteger(value, to: &output)
        case .double(let value): appendNumber(value, to: &output)
        case .string(let value): appendQuoted(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { return output.append("[]") }
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { newline(depth: depth + 1, to: &output) }
                append(item, depth: depth + 1, pretty: pretty, to: &output)
            }
            if pretty { newline(depth: depth, to: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append("{}") }
            output.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { newline(depth: depth + 1, to: &output) }
                appendQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                append(member.value, depth: depth + 1, pretty: pretty, to: &output)
            }
            if pretty { newline(depth: depth, to: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    static func newline(depth: Int, to output: inout ByteBuffer) {
        let indent: StaticString = "\n                                "
        guard 2 * depth < indent.utf8CodeUnitCount else {
            output.append(UInt8(ascii: "\n"))
            return output.append(UInt8(ascii: " "), repeating: 2 * depth)
        }
        // A line feed and the spaces copied from a literal rather than made space by space
        // (a tenth of exporting a slice, once).
        output.append(UnsafeBufferPointer(start: indent.utf8Start, count: 2 * depth + 1))
    }
}
