import TimelineCore

// STUB: replaced by the chart work.
struct ChartRenderer {
    var width: Int?

    func render(_ value: ChartView) -> String { "" }

    static func json(_ value: ChartView) -> JSON { ["command": "chart"] }
}
