import TimelineCore

// STUB: replaced by the timeline work.
struct TimelineRenderer {
    var width: Int?

    func render(_ value: TimelineView) -> String { "" }

    static func json(_ value: TimelineView) -> JSON { ["command": "timeline"] }
}
