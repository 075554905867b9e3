// STUB: replaced by the chart work.
public struct ChartView: Sendable {}
