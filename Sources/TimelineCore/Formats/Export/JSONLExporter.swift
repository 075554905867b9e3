/// Writes a timeline slice as JSON Lines: a header object, then one event per line.
///
/// Line 1 is the top level of the project format without `events`
/// (`schemaVersion`, `title`, `description`, `provenance`, `metrics`, `actors`,
/// `sources`); every further line is one event, in the same shape as in
/// ``JSONExporter``'s output. Every line is compact JSON ended by `\n`; no line
/// holds a raw line break, since JSON escapes them inside strings.
///
/// ```swift
/// let text = String(decoding: JSONLExporter.export(slice), as: UTF8.self)
/// // {"schemaVersion":1,"title":"…","metrics":[…],"actors":[…],"sources":[…]}
/// // {"id":"ice-leadership-call-2025-01-25","date":"2025-01-25",…}
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public enum JSONLExporter {
    /// The slice as UTF-8 JSON Lines.
    public static func export(_ slice: Timeline) -> [UInt8] {
        // One buffer for every line: the `[UInt8]` form of the writer makes a buffer per call.
        var output = ByteBuffer(capacity: 1024 + slice.events.count * 512)
        JSONWriter.write(.object(TimelineJSONEncoding.header(slice)), to: &output)
        output.append(UInt8(ascii: "\n"))
        for (index, event) in slice.events.enumerated() {
            if Interruption.shouldStop(at: index) { break }  // the caller throws the bytes away
            JSONWriter.write(TimelineJSONEncoding.json(event), to: &output)
            output.append(UInt8(ascii: "\n"))
        }
        return output.bytes()
    }
}
