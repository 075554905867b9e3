/// Writes a timeline slice in the project's own format (docs/data-format.md),
/// losslessly: ``TimelineDecoder`` reads the bytes back to an equal ``Timeline``.
///
/// The output is pretty-printed with two-space indents, keys in a stable order
/// (see docs/export-formats.md), and ends with a newline. A slice with a
/// ``Timeline/provenance`` carries it as `"provenance"` after the title and
/// description, so a file handed on says how it was cut.
///
/// ```swift
/// let bytes = JSONExporter.export(slice)
/// try TimelineDecoder.decode(bytes) == slice   // true
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public enum JSONExporter {
    /// The slice as a UTF-8 JSON document.
    ///
    /// Written as it goes: the header through its ``JSON`` value (it is small), then
    /// each event straight from its fields (``EventJSONWriter``), rather than one tree
    /// of the whole slice built, walked and freed; the bytes are those of writing
    /// ``TimelineJSONEncoding/document(_:)`` whole (tested).
    public static func export(_ slice: Timeline) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024 + slice.events.count * 700)
        output.append(UInt8(ascii: "{"))
        for member in TimelineJSONEncoding.header(slice) {
            beginMember(member.key, to: &output)
            JSONWriter.writePretty(member.value, depth: 1, to: &output)
            output.append(UInt8(ascii: ","))
        }
        beginMember("events", to: &output)
        if slice.events.isEmpty {
            output.append(contentsOf: "[]".utf8)
        } else {
            output.append(UInt8(ascii: "["))
            // By position in place: iterating the events would copy (retain) each one's fields.
            slice.events.withUnsafeBufferPointer { events in
                for index in events.indices {
                    if Interruption.shouldStop(at: index) { break }  // the caller throws the bytes away
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    JSONWriter.newline(depth: 2, to: &output)
                    EventJSONWriter.write(events[index], depth: 2, to: &output)
                }
            }
            JSONWriter.newline(depth: 1, to: &output)
            output.append(UInt8(ascii: "]"))
        }
        JSONWriter.newline(depth: 0, to: &output)
        output.append(contentsOf: "}\n".utf8)
        return output
    }

    /// A top-level member's key, on its own line: `\n  "key": `.
    private static func beginMember(_ key: String, to output: inout [UInt8]) {
        JSONWriter.newline(depth: 1, to: &output)
        JSONWriter.appendQuoted(key, to: &output)
        output.append(contentsOf: ": ".utf8)
    }
}
