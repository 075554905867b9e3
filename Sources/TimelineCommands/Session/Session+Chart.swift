import TimelineCore

// STUB: replaced by the chart work before it lands on a submitted main.
extension Session {
    func chart(_ command: ChartCommand) throws(Diagnostic) -> ChartView {
        throw .error("'chart' is not available yet")
    }
}
