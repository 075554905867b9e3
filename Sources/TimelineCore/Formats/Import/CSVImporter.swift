import Foundation

/// Reads a CSV file with a header row, one event a row, into a ``Timeline``.
///
/// Columns are found by name (see ``CSVColumns``): `id`, `date`, `date_note`,
/// `kind`, `title`, `summary`, and the lists `actors`, `tags`, `sources`,
/// `related`, `notes` (items separated by `;`). `date` and `title` are
/// required; a missing id is made from the title, a missing kind is `report`,
/// a missing summary is the title, and an event naming no source cites
/// ``sourceID``. CSV has no catalogues, so every actor and source a row names
/// is added with its id as its name and the kind `unknown`. Measures cannot
/// be read from CSV; other columns are ignored.
///
/// Every error points at the cell at fault:
///
/// ```
/// t.csv:3:6: error: invalid date '2025-02-30': day 30 is out of range for February 2025
///   3 | ev2,2025-02-30,Second
///     |             ^~
/// ```
///
/// ```swift
/// let timeline = try CSVImporter.decode(bytes, options: ImportOptions(mapping: ["headline": "title"]))
/// ```
///
/// - Complexity: O(*n*) in the size of the file.
public enum CSVImporter {
    /// The source an event that names none cites.
    public static let sourceID = "csv-import"
    /// The kind of an event whose row gives none.
    public static let defaultKind = "report"

    /// Decodes a whole CSV file; `options.mapping` maps columns to fields, `options.title` names the timeline.
    public static func decode(_ bytes: [UInt8], options: ImportOptions = .init()) throws(Diagnostic) -> Timeline {
        let records = try CSVReader.read(bytes).filter { !$0.isBlank }
        guard let header = records.first else {
            throw .error("empty CSV file: the first row must name the columns", at: .point(0))
        }
        let columns = try CSVColumns(header: header, mapping: options.mapping)
        let rows = Array(records.dropFirst())
        for row in rows { try checkWidth(row, header: header) }
        var builder = CSVEventBuilder(columns: columns, rows: rows)
        var timeline = Timeline(title: options.title ?? "Imported CSV file")
        for row in rows {
            try options.checkRoom(after: timeline.events.count, at: row.span)
            timeline.events.append(try builder.event(row))
        }
        try builder.references.checkRelated()
        timeline.actors = builder.actors.map { Actor(id: $0, name: $0, kind: "unknown") }
        timeline.sources = builder.sources.map { id in
            id == sourceID
                ? Source(
                    id: id, name: "imported CSV file", kind: "import",
                    note: "Cited by the imported events whose row names no source.")
                : Source(
                    id: id, name: id, kind: "unknown", note: "Named in an imported CSV file, which has no catalogue.")
        }
        return timeline
    }

    /// Every row has as many cells as the header.
    private static func checkWidth(_ row: CSVRecord, header: CSVRecord) throws(Diagnostic) {
        let want = header.fields.count
        let have = row.fields.count
        guard have != want else { return }
        let span = have > want ? row.fields[want].span : Span.point(row.span.end)
        throw .error(
            "this row has \(have) field\(have == 1 ? "" : "s") but the header has \(want)", at: span,
            notes: ["a comma inside a value needs the value in double quotes"])
    }
}
