import TimelineCore

/// Lays out `show ID`: every field of one event, labelled, with figures,
/// their sources and the sources' own words.
struct EventDetailRenderer {
    let width: Int

    func render(_ detail: EventDetail) -> String {
        let event = detail.event
        var out = "\(event.id)\n"
        func field(_ label: String, _ text: String) {
            let indent = String(repeating: " ", count: 12)
            let lines = TextWrap.lines(text, width: max(20, width - 12))
            for (i, line) in lines.enumerated() {
                out += (i == 0 ? "  " + label.padding(10) : indent) + line + "\n"
            }
        }
        field("title", event.title)
        field("date", dateText(event.date))
        if let note = event.dateNote { field("date note", note) }
        field("kind", event.kind)
        if !event.text.isSummaryEmpty { field("summary", event.summary) }
        if !detail.actors.isEmpty {
            field("actors", detail.actors.map { "\($0.name) [\($0.id)]" }.joined(separator: "; "))
        }
        if !event.tags.isEmpty { field("tags", event.tags.joined(separator: ", ")) }
        if !detail.sources.isEmpty {
            field(
                "sources",
                detail.sources.map { entry in
                    let via = entry.via.map { " via \($0.name) [\($0.id)]" }.joined()
                    return "\(entry.source.name) [\(entry.source.id)]\(via)"
                }.joined(separator: "; "))
        }
        if !event.measures.isEmpty {
            out += "  figures\n"
            for m in event.measures {
                let approx = m.approximate ? "~" : ""
                let name = detail.metrics[m.metric]?.name ?? m.metric
                var line = "\(m.metric): \(approx)\(m.value.formatted) \(m.unit)"
                if let scope = m.scope { line += ", \(scope)" }
                if let period = m.period { line += ", for \(period.display)" }
                field("", line + "  (\(name))")
                field("", "stated by \(m.source) as “\(m.wording)”")
                if let note = m.note { field("", "note: \(note)") }
            }
        }
        for (index, note) in event.notes.enumerated() {
            field(index == 0 ? "notes" : "", "• " + note)
        }
        if !detail.related.isEmpty {
            field("related", detail.related.map { "\($0.id) (\($0.date.display))" }.joined(separator: "; "))
        }
        return out
    }

    private func dateText(_ date: FuzzyDate) -> String {
        if date.precision == .day, date.isExact, let day = date.earliest {
            return "\(date.display) (\(day.weekdayName))"
        }
        return "\(date.display)  (EDTF \(date.edtf); \(date.boundsDescription))"
    }
}

extension String {
    /// Left-justified in a field of `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
