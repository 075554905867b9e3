/// Aligned columns for terminal output: a header row, left-aligned text,
/// right-aligned numbers, two spaces between columns, and the last column
/// cut to fit when a width is given (never when output goes to a pipe).
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(width: Int?) -> String {
        let all = [headers] + rows
        var widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        if let width, let last = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[last] = min(widths[last], max(10, width - used))
        }
        var out = ""
        for row in all {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let fitted = Self.fit(cell, to: widths[column])
                let pad = String(repeating: " ", count: widths[column] - fitted.count)
                let isLast = column == row.count - 1
                switch alignments[column] {
                case .left: cells.append(isLast ? fitted : fitted + pad)
                case .right: cells.append(pad + fitted)
                }
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        return out
    }

    private static func fit(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}
