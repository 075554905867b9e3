// STUB: replaced by the check work.
public struct CheckReport: Sendable {}
