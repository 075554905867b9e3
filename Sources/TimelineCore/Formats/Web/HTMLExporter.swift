/// Writes a slice as one self-contained HTML5 page: the SVG picture inline,
/// a table of the events (date as displayed, title and summary, kind,
/// figures in their source's words, sources with the chain they reached us
/// through, notes), the sources, and how the slice was made.
///
/// The page makes no network request: styles are inline, the picture is
/// inline SVG, there is no script, no font, no image, no link to fetch, and a
/// Content-Security-Policy of `default-src 'none'` says so to the browser.
/// URLs in the data appear only as text. Every piece of data is escaped
/// (``XMLEscaping``), so a title such as `<script>` is shown, not run.
///
/// ```swift
/// try Data(HTMLExporter.export(slice)).write(to: url)
/// ```
/// - Complexity: O(*e* · *s*) for *e* events and *s* sources.
public enum HTMLExporter {
    /// The page, UTF-8, ending in a newline.
    public static func export(_ slice: Timeline) -> [UInt8] { Array(page(slice).utf8) }

    static func page(_ slice: Timeline) -> String {
        let events = WebText.ordered(slice)
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        if let provenance = slice.provenance {
            out += "<meta name=\"generator\" content=\"\(e(provenance.tool))\">\n"
        }
        out += "<title>\(e(slice.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(e(slice.title))</h1>\n"
        if !slice.description.isEmpty { out += "<p class=\"description\">\(text(slice.description))</p>\n" }
        out += provenance(slice.provenance)
        out += "</header>\n<main>\n"
        out += "<figure class=\"picture\">\n" + SVGExporter.svg(slice, standalone: false)
        out += "<figcaption>Each row is one event, on a shared date axis; hover a mark for its title and "
        out += "sources. Pale dashed bars are vague dates, diamonds joined by a dashed line are one of several "
        out += "dates, arrows are open or unknown ends, grey bands are long empty stretches left out.</figcaption>\n"
        out += "</figure>\n"
        out += "<h2 id=\"events\">Events (\(events.count))</h2>\n"
        out += eventTable(events, in: slice)
        out += sourceList(slice)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func eventTable(_ events: [Event], in slice: Timeline) -> String {
        var out = "<table class=\"events\">\n<thead>\n<tr>"
        for heading in ["Date", "Event", "Kind", "Figures, in the source’s words", "Sources", "Notes"] {
            out += "<th scope=\"col\">\(e(heading))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (index, event) in events.enumerated() {
            if Interruption.shouldStop(at: index) { break }  // the caller throws the page away
            out += "<tr id=\"\(e("row-" + event.id))\" class=\"event\">\n"
            var date = "<span class=\"display\">\(e(event.date.display))</span>"
            date += "<br><code class=\"edtf\">\(e(event.date.edtf))</code>"
            if let open = WebText.openEnds(event.date) { date += "<p class=\"open\">\(e(open))</p>" }
            if let note = event.dateNote { date += "<p class=\"date-note\">\(text(note))</p>" }
            out += "<td class=\"date\">\(date)</td>\n"
            var what = "<strong class=\"title\">\(e(event.title))</strong><br><code class=\"id\">\(e(event.id))</code>"
            if !event.text.isSummaryEmpty { what += "<p>\(text(event.summary))</p>" }
            out += "<td class=\"what\">\(what)</td>\n"
            out += "<td class=\"kind\">\(e(event.kind))</td>\n"
            out += "<td class=\"figures\">\(list(event.measures.map { figure($0, in: slice) }))</td>\n"
            let credits = event.citedSources.map { e(WebText.credit($0, in: slice)) }
            out += "<td class=\"sources\">\(list(credits))</td>\n"
            out += "<td class=\"notes\">\(list(event.notes.map(text)))</td>\n"
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// `Arrests: 956 arrests — “956 arrests” — ICE. Note: …`, escaped.
    static func figure(_ measure: Measure, in slice: Timeline) -> String {
        var item = "<span class=\"metric\">\(e(WebText.metricName(measure.metric, in: slice)))</span>: "
        item += "<span class=\"amount\">\(e(WebText.figure(measure)))</span>"
        if let period = measure.period { item += " <span class=\"period\">(\(e(period.display)))</span>" }
        item += " — <q class=\"wording\">\(e(measure.wording))</q>"
        item += " — <span class=\"credit\">\(e(WebText.credit(measure.source, in: slice)))</span>"
        if let note = measure.note { item += "<br><span class=\"note\">Note: \(text(note))</span>" }
        return item
    }

    static func sourceList(_ slice: Timeline) -> String {
        guard !slice.sources.isEmpty else { return "" }
        var out = "<h2 id=\"sources\">Sources</h2>\n<dl class=\"sources\">\n"
        for source in slice.sources {
            out += "<dt id=\"\(e("source-" + source.id))\">\(e(source.name))</dt>\n<dd>"
            var facts = [source.kind.isEmpty ? nil : source.kind, source.author.map { "by " + $0 }]
            facts.append(source.date.map { "dated " + $0.display })
            let chain = ExportText.viaChain(of: source.id, in: slice).map(\.name)
            facts.append(chain.isEmpty ? "read directly" : "via " + chain.joined(separator: ", via "))
            out += e(facts.compactMap { $0 }.joined(separator: "; "))
            if let note = source.note { out += "<br>\(text(note))" }
            out += "</dd>\n"
        }
        return out + "</dl>\n"
    }

    static func provenance(_ provenance: Provenance?) -> String {
        guard let provenance else {
            return "<p class=\"provenance\">No record of how this slice was made.</p>\n"
        }
        var out = "<dl class=\"provenance\">\n"
        let filter = provenance.filter.isEmpty ? "(none: all events)" : provenance.filter
        var rows = [("Filter", filter)]
        if provenance.normalizedFilter != provenance.filter, !provenance.normalizedFilter.isEmpty {
            rows.append(("Read as", provenance.normalizedFilter))
        }
        rows += [("Tool", provenance.tool), ("Exported at", provenance.exportedAt)]
        if !provenance.origins.isEmpty { rows.append(("From", provenance.origins.joined(separator: ", "))) }
        for (term, value) in rows { out += "<dt>\(e(term))</dt><dd>\(e(value))</dd>\n" }
        return out + "</dl>\n"
    }

    /// Items (already escaped markup) as a list; nothing when empty.
    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }

    private static func e(_ text: String) -> String { XMLEscaping.escape(text) }

    /// Escaped, with line breaks kept.
    private static func text(_ text: String) -> String {
        XMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }

    static let style = """
        body { font-family: sans-serif; margin: 1.5rem; color: #1a1a1a; background: #ffffff; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; }
        .description { max-width: 60rem; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; color: #444444; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; }
        figure.picture { margin: 1rem 0; }
        figure.picture svg { max-width: 100%; height: auto; border: 1px solid #dddddd; }
        figcaption { font-size: .85rem; color: #555555; max-width: 60rem; }
        table.events { border-collapse: collapse; width: 100%; font-size: .9rem; }
        table.events th, table.events td { border: 1px solid #cccccc; padding: .4rem; vertical-align: top; text-align: left; }
        table.events thead th { background: #eeeeee; position: sticky; top: 0; }
        table.events tbody tr:nth-child(even) { background: #f7f7f7; }
        td.date { white-space: nowrap; }
        td.date p, td.what p { white-space: normal; margin: .3rem 0 0; }
        .date-note, .open, .note { font-size: .85em; color: #555555; }
        code { font-size: .85em; }
        ul { margin: 0; padding-left: 1.1rem; }
        td, dd, dt { unicode-bidi: plaintext; }
        dl.sources dt { font-weight: bold; margin-top: .5rem; }
        dl.sources dd { margin-left: 1rem; }

        """
}
