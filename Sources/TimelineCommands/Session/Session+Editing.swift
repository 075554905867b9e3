import TimelineCore

/// `add`, `edit`, `delete`, `note`: changes to events, each one undoable step,
/// each checked like a data file is (known kinds, sources and actors, real
/// dates, a note on a vague date) with a caret under the bad value.
extension Session {
    /// The fields `add` and `edit` take. Lists are comma-separated.
    static let editableFields = [
        "id", "date", "dateNote", "kind", "title", "summary", "actors", "tags", "sources", "related",
    ]

    mutating func add(_ fields: [FieldAssignment], span: Span) throws(Diagnostic) -> String {
        guard !fields.isEmpty else {
            throw .error(
                "add needs fields", at: span,
                notes: [
                    "add id=ID date=DATE kind=KIND title=\"…\" summary=\"…\" sources=SOURCE …",
                    "in the REPL, 'add' alone asks for each field",
                ])
        }
        var event = Event(id: "", date: FuzzyDate(day: Day(ordinal: 0)), kind: "", title: "")
        var given: Set<String> = []
        for field in fields { try apply(field, to: &event, given: &given) }
        for required in ["id", "date", "kind", "title", "summary", "sources"] where !given.contains(required) {
            throw .error(
                "add needs \(required)=…", at: span, notes: ["required: id, date, kind, title, summary, sources"])
        }
        if store.event(id: event.id) != nil {
            let idField = fields.first { Self.canonical($0.field) == "id" }
            throw .error(
                "an event with id '\(event.id)' exists already", at: idField?.valueSpan,
                notes: ["use edit to change it"])
        }
        try checkDateNote(event, fields: fields)
        var timeline = store.timeline
        timeline.events.append(event)
        try commit(timeline, change: "add \(event.id)")
        return "added \(event.id) (\(event.date.display))"
    }

    mutating func edit(_ id: String, idSpan: Span, fields: [FieldAssignment]) throws(Diagnostic) -> String {
        var event = try existing(id, span: idSpan)
        var given: Set<String> = []
        for field in fields {
            if Self.canonical(field.field) == "id" {
                throw .error(
                    "an event's id cannot be edited", at: field.fieldSpan,
                    notes: ["add a new event and delete this one"])
            }
            try apply(field, to: &event, given: &given)
        }
        try checkDateNote(event, fields: fields)
        var timeline = store.timeline
        timeline.events = timeline.events.map { $0.id == id ? event : $0 }
        try commit(timeline, change: "edit \(id) " + given.sorted().joined(separator: ", "))
        return "edited \(id): " + given.sorted().joined(separator: ", ")
    }

    mutating func delete(_ id: String, span: Span) throws(Diagnostic) -> String {
        _ = try existing(id, span: span)
        var timeline = store.timeline
        var unlinked: [String] = []
        timeline.events = timeline.events.compactMap { event in
            guard event.id != id else { return nil }
            guard event.related.contains(id) else { return event }
            var copy = event
            copy.related.removeAll { $0 == id }
            unlinked.append(event.id)
            return copy
        }
        try commit(timeline, change: "delete \(id)")
        return "deleted \(id)"
            + (unlinked.isEmpty ? "" : "; removed the link to it from " + unlinked.joined(separator: ", "))
    }

    mutating func note(_ id: String, idSpan: Span, text: String) throws(Diagnostic) -> String {
        var event = try existing(id, span: idSpan)
        event.notes.append(text)
        var timeline = store.timeline
        timeline.events = timeline.events.map { $0.id == id ? event : $0 }
        try commit(timeline, change: "note on \(id)")
        return "noted on \(id) (\(event.notes.count) note\(event.notes.count == 1 ? "" : "s"))"
    }

    private func existing(_ id: String, span: Span) throws(Diagnostic) -> Event {
        guard let event = store.event(id: id) else {
            throw Diagnostic.error("no event with id '\(id)'", at: span)
                .suggesting(Suggestion.nearest(to: id, in: store.vocabulary(for: .id)))
        }
        return event
    }

    /// `dateNote` may be left out only for a plain day, as in data files.
    private func checkDateNote(_ event: Event, fields: [FieldAssignment]) throws(Diagnostic) {
        guard !event.date.isPlainDay, event.dateNote?.isEmpty ?? true else { return }
        let dateField = fields.first { Self.canonical($0.field) == "date" }
        throw .error(
            "'\(event.date.edtf)' is not a plain day: add dateNote=\"how the date was read\"",
            at: dateField?.valueSpan)
    }

    /// `date_note`, `datenote`, `DateNote` all name `dateNote`.
    static func canonical(_ field: String) -> String? {
        let folded = field.lowercased().filter { $0 != "_" && $0 != "-" }
        return editableFields.first { $0.lowercased() == folded }
    }

    private func apply(_ field: FieldAssignment, to event: inout Event, given: inout Set<String>) throws(Diagnostic) {
        guard let name = Self.canonical(field.field) else {
            throw Diagnostic.error(
                "unknown field '\(field.field)'", at: field.fieldSpan,
                notes: ["fields: " + Self.editableFields.joined(separator: ", ")]
            )
            .suggesting(Suggestion.nearest(to: field.field, in: Self.editableFields))
        }
        given.insert(name)
        let value = field.value
        let list = value.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        switch name {
        case "id":
            guard Self.isSlug(value) else {
                throw .error(
                    "'\(value)' is not a valid id", at: field.valueSpan,
                    notes: ["ids are lowercase letters and digits joined by hyphens"])
            }
            event.id = value
        case "date":
            do {
                event.date = try FuzzyDate.parse(value)
            } catch {
                let plain = field.valueSpan.end - field.valueSpan.start == value.utf8.count
                throw .error(error.message, at: plain ? error.span.shifted(by: field.valueSpan.start) : field.valueSpan)
            }
            guard event.date.hasOrderedMembers else {
                throw .error(FuzzyDate.unorderedMembersMessage(value), at: field.valueSpan)
            }
        case "dateNote": event.dateNote = value.isEmpty ? nil : value
        case "kind":
            guard TimelineDecoder.kinds.contains(value) else {
                throw Diagnostic.error(
                    "unknown event kind '\(value)'", at: field.valueSpan,
                    notes: ["kinds: " + TimelineDecoder.kinds.joined(separator: ", ")]
                )
                .suggesting(Suggestion.nearest(to: value, in: TimelineDecoder.kinds))
            }
            event.kind = value
        case "title", "summary":
            guard !value.trimmingSpaces().isEmpty else {
                throw .error("\(name) must not be empty", at: field.valueSpan)
            }
            if name == "title" { event.title = value } else { event.summary = value }
        case "tags":
            for tag in list where !Self.isSlug(tag) {
                throw .error("'\(tag)' is not a valid tag", at: field.valueSpan)
            }
            event.tags = list
        case "actors":
            try known(list, in: store.actors.map(\.id), noun: "actor", span: field.valueSpan)
            event.actors = list
        case "sources":
            guard !list.isEmpty else { throw .error("an event needs at least one source", at: field.valueSpan) }
            try known(list, in: store.sources.map(\.id), noun: "source", span: field.valueSpan)
            event.sources = list
        default:  // related
            try known(list, in: store.vocabulary(for: .id), noun: "event", span: field.valueSpan)
            event.related = list
        }
    }

    private func known(_ values: [String], in ids: [String], noun: String, span: Span) throws(Diagnostic) {
        for value in values where !ids.contains(value) {
            throw Diagnostic.error("unknown \(noun) '\(value)'", at: span).suggesting(
                Suggestion.nearest(to: value, in: ids))
        }
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
