import TimelineCore

// STUB: replaced by the compare work.
struct CompareRenderer {
    var width: Int?

    func render(_ value: CompareReport) -> String { "" }

    static func json(_ value: CompareReport) -> JSON { ["command": "compare"] }
}
