/// Writes a timeline slice as CSV (RFC 4180): a header row, then one row per event.
///
/// Records end with CRLF; a field holding a comma, a double quote, CR or LF is
/// quoted, with its double quotes doubled. The columns are documented in
/// docs/export-formats.md: the date is kept as written (EDTF) next to its
/// earliest and latest day (empty for an open or unknown end); id lists are
/// joined with `"; "`; the `measures` column is a readable, lossy summary
/// (use JSON for the figures themselves).
///
/// ```swift
/// let text = String(decoding: CSVExporter.export(slice), as: UTF8.self)
/// // id,date,earliest,latest,date_display,date_note,kind,title,…\r\n
/// // ice-leadership-call-2025-01-25,2025-01-25,2025-01-25,2025-01-25,2025-01-25,"The article says ""Jan. 25""…",…\r\n
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public enum CSVExporter {
    /// The column names, in order.
    public static let columns = [
        "id", "date", "earliest", "latest", "date_display", "date_note", "kind", "title", "summary", "actors", "tags",
        "sources", "related", "measures", "notes",
    ]

    /// The slice as UTF-8 CSV.
    public static func export(_ slice: Timeline) -> [UInt8] {
        var output: [UInt8] = []
        appendRecord(columns, to: &output)
        for (index, event) in slice.events.enumerated() {
            if Interruption.shouldStop(at: index) { break }  // the caller throws the bytes away
            appendRecord(row(event), to: &output)
        }
        return output
    }

    /// One event's fields, in the order of ``columns``.
    static func row(_ event: Event) -> [String] {
        [
            event.id, event.date.edtf, event.date.earliest?.description ?? "",
            event.date.latest?.description ?? "", event.date.display, event.dateNote ?? "", event.kind, event.title,
            event.summary, event.actors.joined(separator: "; "), event.tags.joined(separator: "; "),
            event.sources.joined(separator: "; "), event.related.joined(separator: "; "),
            event.measures.map(measure).joined(separator: " | "), event.notes.joined(separator: "\n"),
        ]
    }

    /// `share-without-criminal-record=~52 percent [nbc-news: "nearly 52 percent"]`;
    /// a period that differs from the event's date follows the unit: `arrests=956 arrests (period 2025-01) […]`.
    static func measure(_ measure: Measure) -> String {
        var text = "\(measure.metric)=\(ExportText.amount(measure))"
        if let period = measure.period { text += " (period \(period.edtf))" }
        return text + " [\(measure.source): \"\(measure.wording)\"]"
    }

    static func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendField(field, to: &output)
        }
        output.append(contentsOf: [0x0D, 0x0A])
    }

    /// The field as is, or in double quotes with its quotes doubled when it holds `,` `"` CR or LF.
    static func appendField(_ field: String, to output: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return output.append(contentsOf: field.utf8) }
        output.append(0x22)
        for byte in field.utf8 {
            output.append(byte)
            if byte == 0x22 { output.append(0x22) }
        }
        output.append(0x22)
    }
}
