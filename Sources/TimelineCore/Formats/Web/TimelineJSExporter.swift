/// Writes a slice as the JSON that Knight Lab's TimelineJS3 reads
/// (`new TL.Timeline(id, data)`), following its documented format.
///
/// A title slide carries the timeline's title, description and provenance;
/// each event becomes a slide:
///
/// ```json
/// {"start_date": {"year": 2025, "month": 1, "day": 26},
///  "end_date": {"year": 2025, "month": 2, "day": 2},
///  "display_date": "Sunday, 2025-01-26 or 2025-02-02 (uncertain)",
///  "text": {"headline": "ICE announces…", "text": "<p>…</p>"},
///  "group": "tally", "unique_id": "ice-sunday-tally-announcement"}
/// ```
///
/// Dates give their parts only down to the known precision (a month has no
/// `day`; a decade or century gives its first year as start and its last as
/// end; a season or quarter its first and last month). Years are numbers, as
/// the format asks. `display_date` (the human display, showing vagueness) is
/// given for every date that is not a plain day. An interval or a vague date
/// has an `end_date`; a one-of set runs from its first member to its last, and
/// says in `display_date` and the text that it is one of them. An open start is
/// placed at the known end, and the text says so. Headline and text are HTML
/// (TimelineJS inserts them as markup), so every field is escaped.
///
/// ```swift
/// let bytes = TimelineJSExporter.export(slice, groupBy: .actor)
/// ```
/// - Complexity: O(*e* · *s*) for *e* events and *s* sources in the catalogue.
public enum TimelineJSExporter {
    /// What a slide's `group` (its row in TimelineJS's navigation) is.
    public enum Grouping: String, Sendable, CaseIterable {
        /// The event's kind: `tally`, `report`, …
        case kind
        /// The name of the event's first actor; `(no actor)` when it names none.
        case actor
    }

    /// The TimelineJS document for `slice`, pretty-printed, ending in a newline.
    public static func export(_ slice: Timeline) -> [UInt8] { export(slice, groupBy: .kind) }

    /// The TimelineJS document for `slice`, with slides grouped by `groupBy`.
    public static func export(_ slice: Timeline, groupBy: Grouping) -> [UInt8] {
        var bytes = JSONWriter.bytes(document(slice, groupBy: groupBy), pretty: true)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    static func document(_ slice: Timeline, groupBy: Grouping) -> JSON {
        var intro: [String] = []
        if !slice.description.isEmpty { intro.append(paragraph(slice.description)) }
        if let provenance = slice.provenance { intro.append(paragraph(ExportText.provenance(provenance))) }
        let title: JSON = [
            "text": ["headline": .string(XMLEscaping.escape(slice.title)), "text": .string(intro.joined())]
        ]
        return [
            "title": title, "events": .array(WebText.ordered(slice).map { slide($0, in: slice, groupBy: groupBy) }),
        ]
    }

    static func slide(_ event: Event, in slice: Timeline, groupBy: Grouping) -> JSON {
        let (start, end) = TimelineJSDateParts.range(event.date)
        var members: [JSON.Member] = [JSON.Member("start_date", .object(start))]
        if let end { members.append(JSON.Member("end_date", .object(end))) }
        if !event.date.isPlainDay {
            members.append(JSON.Member("display_date", .string(XMLEscaping.clean(event.date.display))))
        }
        members.append(
            JSON.Member(
                "text",
                ["headline": .string(XMLEscaping.escape(event.title)), "text": .string(text(event, in: slice))]))
        members.append(JSON.Member("group", .string(XMLEscaping.escape(group(event, in: slice, by: groupBy)))))
        members.append(JSON.Member("unique_id", .string(event.id)))
        return .object(members)
    }

    static func group(_ event: Event, in slice: Timeline, by grouping: Grouping) -> String {
        switch grouping {
        case .kind: return event.kind
        case .actor:
            guard let first = event.actors.first else { return "(no actor)" }
            return slice.actors.first { $0.id == first }?.name ?? first
        }
    }

    /// The slide text: summary, how the date was read, figures with their
    /// wording and source, the user's notes, and the sources credited.
    static func text(_ event: Event, in slice: Timeline) -> String {
        var html = ""
        if !event.text.isSummaryEmpty { html += paragraph(event.summary) }
        if !event.date.isPlainDay {
            var date = "Date: \(event.date.display) (EDTF \(event.date.edtf))."
            if let open = WebText.openEnds(event.date) { date += " " + open }
            if case .oneOf = event.date.shape { date += " Exactly one of these dates, not known which." }
            if let note = event.dateNote { date += " " + note }
            html += paragraph(date)
        } else if let note = event.dateNote {
            html += paragraph("Date: " + note)
        }
        if !event.measures.isEmpty {
            html += "<ul>"
            for measure in event.measures {
                var line = "\(WebText.metricName(measure.metric, in: slice)): \(WebText.figure(measure))"
                line += ", in the source’s words “\(measure.wording)” — \(WebText.credit(measure.source, in: slice))"
                if let note = measure.note { line += ". Note: \(note)" }
                html += "<li>" + XMLEscaping.escape(line) + "</li>"
            }
            html += "</ul>"
        }
        for note in event.notes { html += paragraph("Note: " + note) }
        let credits = event.citedSources.map { WebText.credit($0, in: slice) }
        if !credits.isEmpty { html += paragraph("Sources: " + credits.joined(separator: "; ")) }
        return html
    }

    private static func paragraph(_ text: String) -> String {
        "<p>" + XMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "<br>") + "</p>"
    }
}
