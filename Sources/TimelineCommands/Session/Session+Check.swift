import TimelineCore

// STUB: replaced by the check work before it lands on a submitted main.
extension Session {
    func check(_ filter: Filter, strict: Bool) throws(Diagnostic) -> CheckReport {
        throw .error("'check' is not available yet")
    }
}
