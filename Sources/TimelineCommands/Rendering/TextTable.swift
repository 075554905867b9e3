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
        // Each cell's length in characters, counted once: `String.count` walks grapheme
        // clusters, and a 338,948-row `find` counted every cell twice.
        let lengths = all.map { $0.map(Self.length(of:)) }
        var widths = headers.indices.map { column in lengths.map { $0[column] }.max() ?? 0 }
        if let width, let last = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[last] = min(widths[last], max(10, width - used))
        }
        // Written as bytes, then made a string once: appending cell by cell to a `String`
        // was most of laying out a big table.
        var out: [UInt8] = []
        out.reserveCapacity(all.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for (row, cells) in all.enumerated() {
            for (column, cell) in cells.enumerated() {
                if column > 0 { out.append(contentsOf: [0x20, 0x20]) }
                var length = lengths[row][column]
                var fitted = cell
                if length > widths[column] {
                    fitted = String(cell.prefix(max(0, widths[column] - 1))) + "…"
                    length = fitted.count
                }
                let pad = widths[column] - length
                let isLast = column == cells.count - 1
                if alignments[column] == .right { out.append(contentsOf: repeatElement(0x20, count: pad)) }
                out.append(contentsOf: fitted.utf8)
                if alignments[column] == .left && !isLast { out.append(contentsOf: repeatElement(0x20, count: pad)) }
            }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of characters in `text`: its bytes when they are ASCII without a carriage
    /// return (which joins a following line feed into one character), else its `count`.
    static func length(of text: String) -> Int {
        let bytes = text.utf8
        let plain = bytes.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        return plain == true ? bytes.count : text.count
    }
}
