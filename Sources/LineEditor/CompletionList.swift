/// Lays out completion candidates in columns, sorted down the columns like `ls`.
///
/// Widths count characters, so a candidate with double-width (East Asian) characters may make
/// a row wider than intended; the candidates here are field names, tags and ids.
enum CompletionList {
    /// The candidates as lines fitting `width` columns, each line ending in `\n`. At most
    /// `maximum` candidates are shown, then a line `… and N more`.
    ///
    /// ```
    /// layout(["actor:", "date:", "tag:"], width: 20)
    /// // "actor:  tag:\ndate:\n"
    /// ```
    static func layout(_ candidates: [String], width: Int, maximum: Int = 100) -> String {
        guard !candidates.isEmpty else { return "" }
        let shown = Array(candidates.prefix(maximum))
        let gap = 2
        let columnWidth = (shown.map(\.count).max() ?? 0) + gap
        // Stay one short of the edge: some terminals wrap when the last column is written.
        let usable = max(1, width - 1)
        let columns = max(1, min(shown.count, (usable + gap) / columnWidth))
        let rows = (shown.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let item = shown[index]
                line += item
                if (column + 1) * rows + row < shown.count {
                    line += String(repeating: " ", count: columnWidth - item.count)
                }
            }
            text += line + "\n"
        }
        if candidates.count > shown.count {
            text += "… and \(candidates.count - shown.count) more\n"
        }
        return text
    }
}
