/// Writes a timeline slice as an iCalendar file (RFC 5545), one all-day
/// `VEVENT` per event, for calendar applications.
///
/// Each event spans its bounds: `DTSTART;VALUE=DATE` is the earliest day and
/// `DTEND;VALUE=DATE` the day after the latest (DTEND is exclusive). A date
/// with an open or unknown end is shown as one day on the end that is known,
/// and `DESCRIPTION` says so; a vague date is always written out there as the
/// record has it. `DTSTAMP` is the provenance's `exportedAt`, or
/// `19700101T000000Z` without one, so the same slice always gives the same bytes.
///
/// Lines end with CRLF and are folded at 75 octets (continuations start with a
/// space; a UTF-8 sequence is never split); text values are escaped
/// (`\\`, `\;`, `\,`, `\n`). Details: docs/export-formats.md.
///
/// ```swift
/// let text = String(decoding: ICSExporter.export(slice), as: UTF8.self)
/// // BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline//EN\r\n…
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public enum ICSExporter {
    /// The DTSTAMP used when the slice has no provenance.
    public static let epochStamp = "19700101T000000Z"

    /// The slice as a UTF-8 iCalendar document.
    public static func export(_ slice: Timeline) -> [UInt8] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//EN", "CALSCALE:GREGORIAN"]
        lines.append("X-WR-CALNAME:" + escape(slice.title))
        let about = [slice.description] + [slice.provenance.map(ExportText.provenance) ?? ""]
        let calendarDescription = about.filter { !$0.isEmpty }.joined(separator: "\n\n")
        if !calendarDescription.isEmpty { lines.append("X-WR-CALDESC:" + escape(calendarDescription)) }
        let stamp = slice.provenance.flatMap { dateTime($0.exportedAt) } ?? epochStamp
        var skipped: [String] = []
        for (index, event) in slice.events.enumerated() {
            if Interruption.shouldStop(at: index) { break }  // the caller throws the bytes away
            guard let span = span(of: event.date) else {
                skipped.append(event.id)
                continue
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.id + "@timeline"),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + span.start,
                "DTEND;VALUE=DATE:" + span.end,
                "SUMMARY:" + escape(event.title),
                "DESCRIPTION:" + escape(description(event, in: slice)),
                "CATEGORIES:" + ([event.kind] + event.tags).map(escape).joined(separator: ","),
                "END:VEVENT",
            ]
        }
        if !skipped.isEmpty { lines.append("X-TIMELINE-SKIPPED:" + skipped.map(escape).joined(separator: ",")) }
        lines.append("END:VCALENDAR")
        var output: [UInt8] = []
        for line in lines { appendFolded(line, to: &output) }
        return output
    }

    /// The first day and the exclusive end, as `YYYYMMDD`; nil when the date
    /// has no known day or a day outside the years 0001–9999 that iCalendar can write.
    static func span(of date: FuzzyDate) -> (start: String, end: String)? {
        guard let first = date.earliest ?? date.latest, let last = date.latest ?? date.earliest,
            let start = basicDate(first), let end = basicDate(last.adding(days: 1))
        else { return nil }
        return (start, end)
    }

    /// `20250125`, or nil for a year iCalendar cannot write.
    static func basicDate(_ day: Day) -> String? {
        let (year, month, dayOfMonth) = day.components
        guard (1...9999).contains(year) else { return nil }
        return Day.yearString(year) + Day.pad2(month) + Day.pad2(dayOfMonth)
    }

    /// `2026-11-29T13:40:00Z` (fraction of a second allowed, and dropped) as `20261129T134000Z`;
    /// nil for any other form.
    static func dateTime(_ iso: String) -> String? {
        let bytes = Array(iso.utf8)
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let separators: [(Int, UInt8)] = [(4, 0x2D), (7, 0x2D), (10, 0x54), (13, 0x3A), (16, 0x3A)]
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"),
            digitPositions.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            separators.allSatisfy({ bytes[$0.0] == $0.1 })
        else { return nil }
        let fraction = bytes[19..<(bytes.count - 1)]
        if !fraction.isEmpty {
            guard fraction.first == UInt8(ascii: "."), fraction.count > 1,
                fraction.dropFirst().allSatisfy({ (0x30...0x39).contains($0) })
            else { return nil }
        }
        let digits = digitPositions.map { bytes[$0] }
        return String(decoding: digits[0..<8], as: UTF8.self) + "T" + String(decoding: digits[8...], as: UTF8.self)
            + "Z"
    }

    /// The summary, the date as the record has it when vague, the date note,
    /// the figures with their wording, the sources and the user's notes.
    static func description(_ event: Event, in slice: Timeline) -> String {
        var parts = [event.summary]
        if !event.date.isPlainDay {
            var line = "Date: \(event.date.display) — EDTF \(event.date.edtf)"
            if event.date.earliest == nil || event.date.latest == nil {
                line += " (open or unknown end: shown on the known day only)"
            }
            parts.append(line)
        }
        if let note = event.dateNote, !note.isEmpty { parts.append("Date note: " + note) }
        if !event.measures.isEmpty {
            let metricName = { (id: String) in slice.metrics.first { $0.id == id }?.name ?? id }
            parts.append(
                "Figures:\n"
                    + event.measures.map { "- \(metricName($0.metric)): \(ExportText.figure($0, in: slice))" }
                    .joined(separator: "\n"))
        }
        parts.append("Sources: " + event.sources.map { ExportText.sourceName($0, in: slice) }.joined(separator: "; "))
        if !event.notes.isEmpty { parts.append("Notes:\n" + event.notes.map { "- " + $0 }.joined(separator: "\n")) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A TEXT value: `\` `;` `,` escaped, each line break (CRLF, CR, LF) as `\n`,
    /// other control characters (which TEXT cannot hold) dropped; tabs kept.
    ///
    /// ```swift
    /// ICSExporter.escape("a;b,c\\d\ne")   // "a\\;b\\,c\\\\d\\ne"
    /// ```
    public static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue
            case "\r", "\n": result += "\\n"
            case "\\", ";", ",":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            case "\t": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Appends `line` with CRLF, folded so that no physical line exceeds 75
    /// octets: each continuation starts with one space, and a break falls only
    /// between Unicode scalars, never inside a UTF-8 sequence.
    static func appendFolded(_ line: String, to output: inout [UInt8]) {
        var used = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if used + width > 75 {
                output += [0x0D, 0x0A, 0x20]
                used = 1
            }
            output.append(contentsOf: String(scalar).utf8)
            used += width
        }
        output += [0x0D, 0x0A]
    }
}
