// STUB: replaced by the compare work.
public struct CompareReport: Sendable {}
