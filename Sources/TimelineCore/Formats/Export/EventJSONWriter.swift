/// Writes an event straight from its fields as ``JSONWriter`` writes
/// ``TimelineJSONEncoding/json(_:)-(Event)`` pretty-printed: the same bytes
/// (tested), without making the ``JSON`` value first. Making and freeing that
/// value — an array of members, each a string copied in and released — was
/// half the time of exporting a slice.
///
/// Keys and their order are those of ``TimelineJSONEncoding``; a field added
/// there must be added here, and the exporter's tests fail until it is.
enum EventJSONWriter {
    /// Appends `event` as if it stood `depth` levels deep in a pretty document: its inner lines
    /// indented for that depth, its first line not (the caller has placed it). The event is
    /// read in place, through a pointer: copying it would retain every field.
    /// - Parameter keeping: whether `related` may name an id, when some are to be left out
    ///   (those outside an exported slice); nil writes them all.
    static func write(
        _ event: UnsafePointer<Event>, depth: Int, keeping: ((String) -> Bool)? = nil, to output: inout ByteBuffer
    ) {
        var object = ObjectWriter(depth: depth)
        object.begin(&output)
        object.string("id", event.pointee.id, &output)
        object.string("date", event.pointee.date.edtf, &output)
        object.string("dateNote", event.pointee.dateNote, &output)
        object.string("kind", event.pointee.kind, &output)
        object.key("title", &output)
        event.pointee.text.withTitleBytes { JSONWriter.appendQuoted($0, to: &output) }
        object.key("summary", &output)
        event.pointee.text.withSummaryBytes { JSONWriter.appendQuoted($0, to: &output) }
        object.key("actors", &output)
        strings(event.pointee.actors, depth: depth + 1, &output)
        object.key("tags", &output)
        strings(event.pointee.tags, depth: depth + 1, &output)
        object.key("measures", &output)
        if event.pointee.measures.isEmpty {
            output.append("[]")
        } else {
            output.append(UInt8(ascii: "["))
            event.pointee.measures.withUnsafeBufferPointer { measures in
                guard let first = measures.baseAddress else { return }
                for position in measures.indices {
                    if position > 0 { output.append(UInt8(ascii: ",")) }
                    JSONWriter.newline(depth: depth + 2, to: &output)
                    write(first + position, depth: depth + 2, to: &output)
                }
            }
            JSONWriter.newline(depth: depth + 1, to: &output)
            output.append(UInt8(ascii: "]"))
        }
        object.key("sources", &output)
        strings(event.pointee.sources, depth: depth + 1, &output)
        object.key("related", &output)
        if let keeping, !event.pointee.related.isEmpty {
            strings(event.pointee.related.filter(keeping), depth: depth + 1, &output)
        } else {
            strings(event.pointee.related, depth: depth + 1, &output)
        }
        if !event.pointee.notes.isEmpty {
            object.key("notes", &output)
            strings(event.pointee.notes, depth: depth + 1, &output)
        }
        object.end(&output)
    }

    private static func write(_ measure: UnsafePointer<Measure>, depth: Int, to output: inout ByteBuffer) {
        var object = ObjectWriter(depth: depth)
        object.begin(&output)
        object.string("metric", measure.pointee.metric, &output)
        switch measure.pointee.value {
        case .exact(let value):
            object.key("value", &output)
            JSONWriter.appendNumber(value, to: &output)
        case .range(let low, let high):
            object.key("min", &output)
            JSONWriter.appendNumber(low, to: &output)
            object.key("max", &output)
            JSONWriter.appendNumber(high, to: &output)
        }
        if measure.pointee.approximate {
            object.key("approximate", &output)
            output.append("true")
        }
        object.string("unit", measure.pointee.unit, &output)
        object.string("period", measure.pointee.period?.edtf, &output)
        object.string("scope", measure.pointee.scope, &output)
        object.string("source", measure.pointee.source, &output)
        object.string("wording", measure.pointee.wording, &output)
        object.string("note", measure.pointee.note, &output)
        object.end(&output)
    }

    /// An array of strings, pretty, its items one level deeper than `depth`.
    private static func strings(_ values: [String], depth: Int, _ output: inout ByteBuffer) {
        guard !values.isEmpty else { return output.append("[]") }
        output.append(UInt8(ascii: "["))
        for position in values.indices {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            JSONWriter.newline(depth: depth + 1, to: &output)
            JSONWriter.appendQuoted(values[position], to: &output)
        }
        JSONWriter.newline(depth: depth, to: &output)
        output.append(UInt8(ascii: "]"))
    }

    /// The punctuation of one pretty object with at least one member.
    private struct ObjectWriter {
        let depth: Int
        var members = 0

        init(depth: Int) { self.depth = depth }

        func begin(_ output: inout ByteBuffer) { output.append(UInt8(ascii: "{")) }

        /// A string member; none when `value` is nil.
        mutating func string(_ key: StaticString, _ value: String?, _ output: inout ByteBuffer) {
            guard let value else { return }
            self.key(key, &output)
            JSONWriter.appendQuoted(value, to: &output)
        }

        /// `,` after the previous member, a new line, and `"key": `.
        mutating func key(_ key: StaticString, _ output: inout ByteBuffer) {
            if members > 0 { output.append(UInt8(ascii: ",")) }
            members += 1
            JSONWriter.newline(depth: depth + 1, to: &output)
            output.append(UInt8(ascii: "\""))
            output.append(key)
            output.append("\": ")
        }

        func end(_ output: inout ByteBuffer) {
            JSONWriter.newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }
}
