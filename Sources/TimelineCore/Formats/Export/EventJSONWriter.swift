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
    /// indented for that depth, its first line not (the caller has placed it).
    static func write(_ event: Event, depth: Int, to output: inout [UInt8]) {
        var object = ObjectWriter(depth: depth)
        object.begin(&output)
        object.string("id", event.id, &output)
        object.string("date", event.date.edtf, &output)
        object.string("dateNote", event.dateNote, &output)
        object.string("kind", event.kind, &output)
        object.string("title", event.title, &output)
        object.string("summary", event.summary, &output)
        object.key("actors", &output)
        strings(event.actors, depth: depth + 1, &output)
        object.key("tags", &output)
        strings(event.tags, depth: depth + 1, &output)
        object.key("measures", &output)
        if event.measures.isEmpty {
            output.append(contentsOf: "[]".utf8)
        } else {
            output.append(UInt8(ascii: "["))
            for position in event.measures.indices {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.newline(depth: depth + 2, to: &output)
                write(event.measures[position], depth: depth + 2, to: &output)
            }
            JSONWriter.newline(depth: depth + 1, to: &output)
            output.append(UInt8(ascii: "]"))
        }
        object.key("sources", &output)
        strings(event.sources, depth: depth + 1, &output)
        object.key("related", &output)
        strings(event.related, depth: depth + 1, &output)
        if !event.notes.isEmpty {
            object.key("notes", &output)
            strings(event.notes, depth: depth + 1, &output)
        }
        object.end(&output)
    }

    private static func write(_ measure: Measure, depth: Int, to output: inout [UInt8]) {
        var object = ObjectWriter(depth: depth)
        object.begin(&output)
        object.string("metric", measure.metric, &output)
        switch measure.value {
        case .exact(let value):
            object.key("value", &output)
            JSONWriter.appendNumber(value, to: &output)
        case .range(let low, let high):
            object.key("min", &output)
            JSONWriter.appendNumber(low, to: &output)
            object.key("max", &output)
            JSONWriter.appendNumber(high, to: &output)
        }
        if measure.approximate {
            object.key("approximate", &output)
            output.append(contentsOf: "true".utf8)
        }
        object.string("unit", measure.unit, &output)
        object.string("period", measure.period?.edtf, &output)
        object.string("scope", measure.scope, &output)
        object.string("source", measure.source, &output)
        object.string("wording", measure.wording, &output)
        object.string("note", measure.note, &output)
        object.end(&output)
    }

    /// An array of strings, pretty, its items one level deeper than `depth`.
    private static func strings(_ values: [String], depth: Int, _ output: inout [UInt8]) {
        guard !values.isEmpty else { return output.append(contentsOf: "[]".utf8) }
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

        func begin(_ output: inout [UInt8]) { output.append(UInt8(ascii: "{")) }

        /// A string member; none when `value` is nil.
        mutating func string(_ key: StaticString, _ value: String?, _ output: inout [UInt8]) {
            guard let value else { return }
            self.key(key, &output)
            JSONWriter.appendQuoted(value, to: &output)
        }

        /// `,` after the previous member, a new line, and `"key": `.
        mutating func key(_ key: StaticString, _ output: inout [UInt8]) {
            if members > 0 { output.append(UInt8(ascii: ",")) }
            members += 1
            JSONWriter.newline(depth: depth + 1, to: &output)
            output.append(UInt8(ascii: "\""))
            key.withUTF8Buffer { output.append(contentsOf: $0) }
            output.append(contentsOf: "\": ".utf8)
        }

        func end(_ output: inout [UInt8]) {
            JSONWriter.newline(depth: depth, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }
}
