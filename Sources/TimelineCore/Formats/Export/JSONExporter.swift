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
        var events = ByteBuffer(capacity: 64 + slice.events.count * 700)
        writeEvents(count: slice.events.count, keeping: nil, to: &events) { write in
            slice.events.withUnsafeBufferPointer { events in
                guard let base = events.baseAddress else { return }
                for index in events.indices where !write(index, base + index) { return }
            }
        }
        return document(header: slice, events: events)
    }

    /// A slice left in its store as a UTF-8 JSON document: the same bytes as
    /// exporting ``StoreSlice/timeline``, without copying the events first, and
    /// reading each once: what the header needs is gathered as they are written.
    public static func export(_ slice: StoreSlice) -> [UInt8] {
        var needs = slice.needs()
        var events = ByteBuffer(capacity: 64 + slice.events.count * 700)
        writeEvents(count: slice.events.count, keeping: slice.contains(id:), to: &events) { write in
            slice.events.forEachInPlace { index, event in
                needs.add(event)
                return write(index, event)
            }
        }
        return document(header: slice.header(for: needs), events: events)
    }

    /// The document: `header`'s members (not its events), then `"events": ` and `events`.
    private static func document(header: Timeline, events: consuming ByteBuffer) -> [UInt8] {
        var output = ByteBuffer(capacity: 4096)
        output.append(UInt8(ascii: "{"))
        for member in TimelineJSONEncoding.header(header) {
            beginMember(member.key, to: &output)
            JSONWriter.writePretty(member.value, depth: 1, to: &output)
            output.append(UInt8(ascii: ","))
        }
        beginMember("events", to: &output)
        return output.bytes(appending: events)
    }

    /// The document from the `events` array on: the array, then the end of the document.
    /// - Parameters:
    ///   - keeping: whether `related` may name an id, or nil for all.
    ///   - events: calls its argument with each event's index and place, in order, while it
    ///     returns true: events are read in place, since copying one retains each of its fields.
    private static func writeEvents(
        count: Int, keeping: ((String) -> Bool)?, to output: inout ByteBuffer,
        events: ((Int, UnsafePointer<Event>) -> Bool) -> Void
    ) {
        if count == 0 {
            output.append("[]")
        } else {
            output.append(UInt8(ascii: "["))
            events { index, event in
                if Interruption.shouldStop(at: index) { return false }  // the caller throws the bytes away
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.newline(depth: 2, to: &output)
                EventJSONWriter.write(event, depth: 2, keeping: keeping, to: &output)
                return true
            }
            JSONWriter.newline(depth: 1, to: &output)
            output.append(UInt8(ascii: "]"))
        }
        JSONWriter.newline(depth: 0, to: &output)
        output.append("}\n")
    }

    /// A top-level member's key, on its own line: `\n  "key": `.
    private static func beginMember(_ key: String, to output: inout ByteBuffer) {
        JSONWriter.newline(depth: 1, to: &output)
        JSONWriter.appendQuoted(key, to: &output)
        output.append(": ")
    }
}
