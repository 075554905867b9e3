import TimelineCore

/// A linear scale from zero to `maximum` over `columns` cells: bar lengths,
/// band marker columns and tick labels.
struct ChartScale {
    let maximum: Double
    let columns: Int

    init(maximum: Double, columns: Int) {
        self.maximum = maximum > 0 ? maximum : 1
        self.columns = columns
    }

    /// Cells a bar from zero to `value` fills (negative values fill none).
    func cells(_ value: Double) -> Int {
        min(columns, max(0, Int((value / maximum * Double(columns)).rounded())))
    }

    /// The column of a band edge at `value`: the first cell past a bar of that value.
    func marker(_ value: Double) -> Int { min(columns - 1, cells(value)) }

    /// `█` up to the low end, `▒` from there to the high end, spaces after.
    func bar(_ value: MeasureValue) -> [Character] {
        let (lo, hi) = (cells(value.lower), cells(value.upper))
        return Array(repeating: "█", count: lo) + Array(repeating: "▒", count: hi - lo)
            + Array(repeating: " ", count: columns - hi)
    }

    /// A round step giving about four intervals: 1, 2, 2.5 or 5 times a power of ten.
    var step: Double {
        let raw = maximum / 4
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw, magnitude > 1e-9 { magnitude /= 10 }
        return [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
    }

    /// Tick values labelled under the bars where they do not collide.
    func ticks() -> [Character] {
        var line = Array(repeating: Character(" "), count: columns)
        var free = 0
        var value = 0.0
        while value <= maximum * 1.000_001 {
            let text = NumberText.grouped(value)
            let column = value == 0 ? 0 : min(marker(value), columns - text.count)
            if column >= free, column + text.count <= columns {
                for (offset, character) in text.enumerated() { line[column + offset] = character }
                free = column + text.count + 2
            }
            value += step
        }
        return line
    }
}
