extension DiagnosticRenderer {
    /// ANSI colour on top of a rendered diagnostic, as a decorator: the
    /// severity and caret line in red (yellow for warnings), `help:` in green,
    /// `note:` in cyan. The text itself is unchanged, so tests assert the plain
    /// form and the terminal gets the coloured one.
    ///
    /// Use it only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    public static func colourized(_ rendered: String) -> String {
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            let text = String(line)
            for (word, code) in [("error:", "1;31"), ("warning:", "1;33"), ("note:", "1;36")]
            where text.contains(": \(word) ") && !text.hasPrefix(" ") {
                return text.replacingFirst(": \(word) ", with: ": \u{1B}[\(code)m\(word)\u{1B}[0m ", bold: true)
            }
            if let bar = text.firstIndex(of: "|"), text[text.index(after: bar)...].contains("^") {
                let head = text[...bar]
                return head + "\u{1B}[1;31m" + text[text.index(after: bar)...] + "\u{1B}[0m"
            }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("help:") { return text.replacingFirst("help:", with: "\u{1B}[1;32mhelp:\u{1B}[0m") }
            if trimmed.hasPrefix("note:") { return text.replacingFirst("note:", with: "\u{1B}[1;36mnote:\u{1B}[0m") }
            return text
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String, bold: Bool = false) -> String {
        guard let range = range(of: target) else { return self }
        let rest = self[range.upperBound...]
        return self[..<range.lowerBound] + replacement + (bold ? "\u{1B}[1m" + rest + "\u{1B}[0m" : String(rest))
    }

    fileprivate func range(of target: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
