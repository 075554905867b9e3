/// Turns CSV rows into events, one at a time, collecting the actors and
/// sources they name and the related ids to check at the end.
struct CSVEventBuilder {
    let columns: CSVColumns
    /// Ids the file writes out: a made-up id never takes one of them.
    private var taken: Set<String>
    private(set) var references = ReferenceChecker(timeline: Timeline(title: ""))
    /// Catalogue ids in the order first named.
    private(set) var actors: [String] = []
    private(set) var sources: [String] = []

    init(columns: CSVColumns, rows: [CSVRecord]) {
        self.columns = columns
        taken = Set(rows.compactMap { row in columns.index["id"].map { row.fields[$0].text.trimmed } })
    }

    mutating func event(_ row: CSVRecord) throws(Diagnostic) -> Event {
        let title = try required("title", in: row)
        let id: String
        if let cell = cell("id", in: row), !cell.value.isEmpty {
            try ObjectReader.checkSlug(cell.value, at: cell.span, what: "id")
            try references.defineEvent(cell.value, at: cell.span)
            id = cell.value
        } else {
            id = ImportSlug.unique(
                ImportSlug.make(title.value).isEmpty ? "event" : ImportSlug.make(title.value), taken: &taken)
            try references.defineEvent(id, at: title.span)
        }
        let dateCell = try required("date", in: row)
        let date: FuzzyDate
        do {
            date = try FuzzyDate.parse(dateCell.value)
        } catch {
            throw .error(
                "invalid date '\(dateCell.value)': \(error.message)",
                at: dateCell.field.span(of: shifted(error.span, in: dateCell)))
        }
        guard date.hasOrderedMembers else {
            throw .error(FuzzyDate.unorderedMembersMessage(dateCell.value), at: dateCell.span)
        }
        let dateNote = cell("date_note", in: row)?.value
        if dateNote?.isEmpty ?? true, !date.isPlainDay {
            throw .error(
                "event '\(id)' needs a date note: its date '\(date.edtf)' is not a plain day", at: dateCell.span,
                notes: [
                    columns.index["date_note"] == nil
                        ? "add a 'date_note' column saying how the vague date was read"
                        : "say in its 'date_note' cell how the vague date was read"
                ])
        }
        var kind = CSVImporter.defaultKind
        if let cell = cell("kind", in: row), !cell.value.isEmpty {
            kind = cell.value.lowercased()
            guard TimelineDecoder.kinds.contains(kind) else {
                throw Diagnostic.error(
                    "unknown event kind '\(cell.value)'", at: cell.span,
                    notes: ["kinds: " + TimelineDecoder.kinds.joined(separator: ", ")]
                )
                .suggesting(Suggestion.nearest(to: kind, in: TimelineDecoder.kinds))
            }
        }
        let summary = cell("summary", in: row)?.value ?? ""
        var event = Event(
            id: id, date: date, dateNote: dateNote?.isEmpty ?? true ? nil : dateNote, kind: kind, title: title.value,
            summary: summary.isEmpty ? title.value : summary)
        for (value, span) in items("actors", in: row) {
            try ObjectReader.checkSlug(value, at: span, what: "actor id")
            event.actors.append(value)
            if !actors.contains(value) { actors.append(value) }
        }
        for (value, span) in items("sources", in: row) {
            try ObjectReader.checkSlug(value, at: span, what: "source id")
            event.sources.append(value)
        }
        if event.sources.isEmpty { event.sources = [CSVImporter.sourceID] }
        for source in event.sources where !sources.contains(source) { sources.append(source) }
        for (value, span) in items("tags", in: row) {
            try ObjectReader.checkSlug(value, at: span, what: "tag")
            event.tags.append(value)
        }
        for (value, span) in items("related", in: row) {
            try ObjectReader.checkSlug(value, at: span, what: "related event id")
            try references.related(value, at: span, from: id)
            event.related.append(value)
        }
        event.notes = items("notes", in: row).map(\.0)
        return event
    }

    /// A cell's value without surrounding white space, and the file span of that value.
    struct Cell {
        var field: CSVField
        var value: String
        /// Where `value` starts within the field's text, in bytes.
        var offset: Int
        var span: Span { field.span(of: offset..<(offset + value.utf8.count)) }
    }

    private func cell(_ name: String, in row: CSVRecord) -> Cell? {
        guard let at = columns.index[name] else { return nil }
        let field = row.fields[at]
        let value = field.text.trimmed
        let leading = field.text.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        return Cell(field: field, value: value, offset: value.isEmpty ? 0 : leading)
    }

    private func required(_ name: String, in row: CSVRecord) throws(Diagnostic) -> Cell {
        guard let cell = cell(name, in: row) else {
            throw .error("no '\(name)' column", at: .point(row.span.start))  // CSVColumns requires it
        }
        guard !cell.value.isEmpty else { throw .error("empty '\(name)': every event needs one", at: cell.field.span) }
        return cell
    }

    /// The `;`-separated items of a list cell, trimmed, empty ones dropped, each with its span.
    private func items(_ name: String, in row: CSVRecord) -> [(String, Span)] {
        guard let at = columns.index[name] else { return [] }
        let field = row.fields[at]
        var result: [(String, Span)] = []
        var start = 0
        let bytes = Array(field.text.utf8)
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ";") {
            var lo = start
            var hi = end
            while lo < hi, bytes[lo] == UInt8(ascii: " ") || bytes[lo] == UInt8(ascii: "\t") { lo += 1 }
            while hi > lo, bytes[hi - 1] == UInt8(ascii: " ") || bytes[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
            if lo < hi { result.append((String(decoding: bytes[lo..<hi], as: UTF8.self), field.span(of: lo..<hi))) }
            start = end + 1
        }
        return result
    }

    /// An EDTF error's span, given within the cell's value, as a range within the field's text.
    private func shifted(_ span: Span, in cell: Cell) -> Range<Int> {
        (cell.offset + span.start)..<(cell.offset + span.end)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmed: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
