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
        var output: [UInt8] = []
        write(json, pretty: pretty, to: &output)
        return output
    }

    /// Appends the UTF-8 bytes of `json` to `output`, for writing many values into one buffer.
    public static func write(_ json: JSON, pretty: Bool = false, to output: inout [UInt8]) {
        append(json, depth: 0, pretty: pretty, to: &output)
    }

    /// Appends `json` as if it stood `depth` levels deep in a pretty document: its inner
    /// lines indented for that depth, its first line not (the caller has placed it).
    static func writePretty(_ json: JSON, depth: Int, to output: inout [UInt8]) {
        append(json, depth: depth, pretty: true, to: &output)
    }

    private static func append(_ json: JSON, depth: Int, pretty: Bool, to output: inout [UInt8]) {
        switch json {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: value.description.utf8)
        case .double(let value): appendNumber(value, to: &output)
        case .string(let value): appendQuoted(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { newline(depth: depth + 1, to: &output) }
                append(item, depth: depth + 1, pretty: pretty, to: &output)
            }
            if pretty { newline(depth: depth, to: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
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

    static func newline(depth: Int, to output: inout [UInt8]) {
        guard 2 * depth < indents.count else {
            output.append(UInt8(ascii: "\n"))
            return output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        output.append(contentsOf: indents[..<(2 * depth + 1)])
    }

    /// A line feed and enough spaces for the usual depths, copied from rather than made
    /// space by space (a tenth of exporting a slice).
    private static let indents: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 32)
}
