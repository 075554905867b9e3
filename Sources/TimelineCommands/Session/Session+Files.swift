import TimelineCore

/// `export`, `load`, `save`: every write atomic, nothing replaced without
/// `--force`, nothing half-loaded.
extension Session {
    /// The result of `export`: the bytes for standard output, or a message after writing a file.
    enum ExportOutcome {
        case printed(String)
        case written(String)
    }

    func export(_ command: ExportCommand) throws(Diagnostic) -> CommandResult {
        let filter = try resolved(command.filter)
        let selection = try store.select(filter, defaultMode: options.dateMode)
        let provenance = Provenance(
            tool: ToolInfo.name, exportedAt: timestamp(), filter: command.filterText,
            normalizedFilter: filter.description, origins: store.origins)
        let slice = store.sliceInPlace(selection, provenance: provenance)
        let bytes: [UInt8]
        switch command.format {
        // Read in place: the other formats rework the events, from a copy.
        case .json: bytes = JSONExporter.export(slice)
        case .timelinejs where command.groupByActor: bytes = TimelineJSExporter.export(slice.timeline, groupBy: .actor)
        default: bytes = Self.exporter(for: command.format)(slice.timeline)
        }
        // Exporters stop early on Ctrl-C; their partial bytes go nowhere.
        try Interruption.checkDiagnostic()
        guard let path = command.path else { return .raw(bytes) }
        try checkSafe("writing a file", at: command.pathSpan)
        try Self.writing(path, at: command.pathSpan) { () throws(AtomicFile.Failure) in
            try AtomicFile.write(bytes, to: path, replace: command.force)
        }
        let noun = selection.count == 1 ? "event" : "events"
        return .message(
            "wrote \(selection.count) \(noun) to \(path) (\(command.format.rawValue), \(bytes.count) bytes)")
    }

    static func exporter(for format: ExportFormat) -> (Timeline) -> [UInt8] {
        switch format {
        case .json: return JSONExporter.export
        case .jsonl: return JSONLExporter.export
        case .csv: return CSVExporter.export
        case .markdown: return MarkdownExporter.export
        case .timelinejs: return { TimelineJSExporter.export($0) }
        case .ics: return ICSExporter.export
        case .svg: return SVGExporter.export
        case .html: return HTMLExporter.export
        }
    }

    /// `load`: merges a file's timeline by id. A clash (same id, different
    /// content) is an error unless `--replace` or `--keep` says what to do; on
    /// any error the session is unchanged.
    mutating func load(_ command: LoadCommand) throws(Diagnostic) -> String {
        try checkSafe("loading '\(command.path)'", reading: command.path, at: command.span)
        let (digest, incoming) = try TimelineFiles.load(command.path, at: command.span, mapping: command.mapping)
        var merged = store.timeline
        var positions = Dictionary(uniqueKeysWithValues: merged.events.enumerated().map { ($1.id, $0) })
        var added = 0
        var replaced: [String] = []
        var kept: [String] = []
        var clashes: [String] = []
        for event in incoming.events {
            guard let position = positions[event.id] else {
                positions[event.id] = merged.events.count
                merged.events.append(event)
                added += 1
                continue
            }
            guard merged.events[position] != event else { continue }
            switch command.onClash {
            case .error: clashes.append(event.id)
            case .replace:
                merged.events[position] = event
                replaced.append(event.id)
            case .keep: kept.append(event.id)
            }
        }
        if !clashes.isEmpty {
            throw .error(
                "\(clashes.count) event\(clashes.count == 1 ? "" : "s") in \(command.path) clash with different events already loaded: "
                    + clashes.prefix(8).joined(separator: ", ") + (clashes.count > 8 ? ", …" : ""),
                at: command.span,
                notes: [
                    "load … --replace takes the file's version, load … --keep keeps the session's; nothing was loaded"
                ])
        }
        var parts = ["loaded \(command.path): \(added) new event\(added == 1 ? "" : "s")"]
        if !replaced.isEmpty { parts.append("\(replaced.count) replaced") }
        if !kept.isEmpty { parts.append("\(kept.count) kept as they were") }
        if added == 0 && replaced.isEmpty {
            // Nothing changed: no undo step, no unsaved change.
            return parts.joined(separator: ", ") + " (\(store.count) in the session; nothing changed)"
        }
        merged.metrics += incoming.metrics.filter { metric in !merged.metrics.contains { $0.id == metric.id } }
        merged.actors += incoming.actors.filter { actor in !merged.actors.contains { $0.id == actor.id } }
        merged.sources += incoming.sources.filter { source in !merged.sources.contains { $0.id == source.id } }
        let wasEmpty = store.count == 0
        try commit(merged, change: "load \(command.path)", origins: store.origins + [command.path])
        if wasEmpty {
            document = SessionDocument(path: command.path, digest: digest, saved: store)
        }
        return parts.joined(separator: ", ") + " (\(store.count) in the session)"
    }

    /// `save [PATH] [--force]`.
    mutating func save(_ path: String?, span: Span?, force: Bool) throws(Diagnostic) -> String {
        try checkSafe("save", at: span)
        guard let target = path ?? document.path else {
            throw .error(
                document.isBuiltIn
                    ? "the built-in timeline is never modified in place: save PATH" : "save needs a path: save PATH",
                at: span)
        }
        let ownFile = target == document.path
        let timeline = store.timeline
        let bytes = JSONExporter.export(timeline)
        try Interruption.checkDiagnostic()
        // The check that the file is still the one we read and the rename over it happen under
        // one lock, so two timelines saving the same file cannot both pass the check.
        let lock = try Self.writing(target, at: span) { () throws(AtomicFile.Failure) in try FileLock.acquire(target) }
        if ownFile && !force { try checkUnchangedOnDisk(target, span: span) }
        try Self.writing(target, at: span) { () throws(AtomicFile.Failure) in
            try AtomicFile.write(bytes, to: target, replace: force || ownFile)
        }
        withExtendedLifetime(lock) {}
        let undo = document.undo
        document = SessionDocument(path: target, bytes: bytes, saved: store)
        document.undo = undo
        return "saved \(store.count) events to \(target)"
    }

    /// Runs a file operation, turning its failure into a diagnostic at `span` (an interrupted
    /// one into ``Diagnostic/interrupted``).
    private static func writing<T>(_ path: String, at span: Span?, _ body: () throws(AtomicFile.Failure) -> T)
        throws(Diagnostic) -> T
    {
        do {
            return try body()
        } catch .interrupted {
            throw .interrupted
        } catch {
            throw .error(error.message, at: span)
        }
    }

    /// Refuses to overwrite a file someone changed since it was read, and says what changed.
    private func checkUnchangedOnDisk(_ path: String, span: Span?) throws(Diagnostic) {
        guard let digest = document.digest, let onDisk = try? TimelineFiles.read(path),
            SessionDocument.digest(onDisk) != digest
        else { return }
        var notes = ["save --force overwrites it; save OTHER-PATH keeps both"]
        if let before = document.saved, let now = try? TimelineFiles.decode(onDisk, path: path) {
            notes.insert(Self.differences(from: before.timeline.events, to: now.events), at: 0)
        }
        throw .error("\(path) changed on disk since it was loaded", at: span, notes: notes)
    }

    /// `2 events added (a, b), 1 removed (c), 1 changed (d)` between two versions of a file.
    static func differences(from old: [Event], to new: [Event]) -> String {
        let before = Dictionary(uniqueKeysWithValues: old.map { ($0.id, $0) })
        let after = Dictionary(uniqueKeysWithValues: new.map { ($0.id, $0) })
        let added = after.keys.filter { before[$0] == nil }.sorted()
        let removed = before.keys.filter { after[$0] == nil }.sorted()
        let changed = after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.sorted()
        func part(_ ids: [String], _ verb: String) -> String? {
            ids.isEmpty
                ? nil : "\(ids.count) \(verb) (\(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : ""))"
        }
        let parts = [part(added, "added"), part(removed, "removed"), part(changed, "changed")].compactMap { $0 }
        return "on disk: "
            + (parts.isEmpty ? "the same events, other bytes (catalogues or layout)" : parts.joined(separator: ", "))
    }
}
