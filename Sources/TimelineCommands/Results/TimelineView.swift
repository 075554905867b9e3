// STUB: replaced by the timeline work.
public struct TimelineView: Sendable {}
