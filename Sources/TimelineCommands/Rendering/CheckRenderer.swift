import TimelineCore

// STUB: replaced by the check work.
struct CheckRenderer {
    var width: Int?

    func render(_ value: CheckReport) -> String { "" }

    static func json(_ value: CheckReport) -> JSON { ["command": "check"] }
}
