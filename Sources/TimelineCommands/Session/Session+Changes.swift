import TimelineCore

extension Session {
    /// Replaces the timeline with `timeline` as one undoable change.
    ///
    /// The new store is built first; if that fails (duplicate ids), nothing changes.
    mutating func commit(_ timeline: Timeline, change: String, origins: [String]? = nil) throws(Diagnostic) {
        let next: TimelineStore
        do {
            next = try TimelineStore(timeline, origins: origins ?? store.origins)
        } catch {
            throw .error(error.message)
        }
        document.undo.append((store, change))
        if document.undo.count > SessionDocument.undoDepth { document.undo.removeFirst() }
        document.unsavedChanges += 1
        store = next
    }

    /// `undo`: back to the state before the last change.
    mutating func undoLast() throws(Diagnostic) -> String {
        guard let (previous, change) = document.undo.popLast() else {
            throw .error("nothing to undo", notes: ["undo takes back add, edit, delete, note and load"])
        }
        store = previous
        document.unsavedChanges = max(0, document.unsavedChanges - 1)
        let left = document.undo.count
        return "undid: \(change) (\(left) more step\(left == 1 ? "" : "s") to undo)"
    }
}
