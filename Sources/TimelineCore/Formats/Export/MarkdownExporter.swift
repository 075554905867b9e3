/// Writes a timeline slice as a Markdown (GitHub-flavoured) document for a
/// newsroom: a title heading, the description, a provenance line, one table row
/// per event, and the sources with the chain through which each reached us.
///
/// ```swift
/// let text = String(decoding: MarkdownExporter.export(slice), as: UTF8.self)
/// // # ICE arrest quotas and the early-2025 enforcement push
/// // …
/// // | Date | Event | Kind | Figures | Sources |
/// // | --- | --- | --- | --- | --- |
/// // | 2025-01-25 | ICE leadership told … `ice-leadership-call-2025-01-25` | briefing | 75 arrests/day, … | … |
/// ```
///
/// Text is escaped so that it shows as written: Markdown punctuation gets a
/// backslash (`\|` keeps a pipe from splitting a cell) and line breaks become
/// `<br>`, so a cell never spans two lines.
///
/// - Complexity: O(*n*) in the size of the output.
public enum MarkdownExporter {
    /// The slice as a UTF-8 Markdown document.
    public static func export(_ slice: Timeline) -> [UInt8] {
        var lines = ["# " + escape(slice.title, lineBreak: " "), ""]
        if !slice.description.isEmpty { lines += [escape(slice.description), ""] }
        if let provenance = slice.provenance { lines += ["_" + escape(ExportText.provenance(provenance)) + "_", ""] }
        if slice.events.isEmpty {
            lines += ["_No events._", ""]
        } else {
            lines += ["| Date | Event | Kind | Figures | Sources |", "| --- | --- | --- | --- | --- |"]
            lines += slice.events.map { row($0, in: slice) }
            lines.append("")
        }
        if !slice.sources.isEmpty {
            lines += ["## Sources", ""]
            lines += slice.sources.map { sourceLine($0, in: slice) }
            lines.append("")
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    static func row(_ event: Event, in slice: Timeline) -> String {
        let cells = [
            escape(event.date.display),
            escape(event.title) + " `\(event.id)`",
            escape(event.kind),
            event.measures.map { escape(ExportText.figure($0, in: slice)) }.joined(separator: "<br>"),
            event.sources.map { escape(ExportText.sourceName($0, in: slice)) }.joined(separator: "; "),
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// `- **Four anonymous sources** (anonymous) — via The Washington Post → Seed article; note`.
    static func sourceLine(_ source: Source, in slice: Timeline) -> String {
        var details = [source.kind]
        if let author = source.author { details.append("by " + author) }
        if let date = source.date { details.append(date.display) }
        var line = "- **\(escape(source.name))**"
        let shown = details.filter { !$0.isEmpty }
        if !shown.isEmpty { line += " (" + escape(shown.joined(separator: ", ")) + ")" }
        let chain = ExportText.viaChain(of: source.id, in: slice)
        line += chain.isEmpty ? " — read directly" : " — via " + chain.map { escape($0.name) }.joined(separator: " → ")
        if let note = source.note, !note.isEmpty { line += "; " + escape(note) }
        return line
    }

    /// `text` with Markdown punctuation backslash-escaped and each line break
    /// (CRLF, CR or LF) replaced by `lineBreak`.
    ///
    /// ```swift
    /// MarkdownExporter.escape("a | b\nc")   // "a \\| b<br>c"
    /// ```
    public static func escape(_ text: String, lineBreak: String = "<br>") -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue
            case "\r", "\n": result += lineBreak
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
