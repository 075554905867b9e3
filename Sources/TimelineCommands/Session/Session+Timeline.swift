import TimelineCore

// STUB: replaced by the timeline work before it lands on a submitted main.
extension Session {
    func timeline(_ filter: Filter) throws(Diagnostic) -> TimelineView {
        throw .error("'timeline' is not available yet")
    }
}
