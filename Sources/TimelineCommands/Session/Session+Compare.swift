import TimelineCore

// STUB: replaced by the compare work before it lands on a submitted main.
extension Session {
    func compare(_ command: CompareCommand) throws(Diagnostic) -> CompareReport {
        throw .error("'compare' is not available yet")
    }
}
