extension Filter: CustomStringConvertible {
    /// The filter written back in the command language, fully parenthesised
    /// where precedence matters, with canonical spelling: `tag:arrests and
    /// (from 2025-01-20 or kind:context)`. `all` prints as an empty string.
    public var description: String { text(topLevel: true) }

    private func text(topLevel: Bool) -> String {
        switch self {
        case .all: return ""
        case .date(let t):
            return (t.mode.map { $0.rawValue + " " } ?? "") + "\(t.relation.rawValue) \(t.text)"
        case .field(let t): return "\(t.field.rawValue):\(Self.quotedIfNeeded(t.value))"
        case .measure(let t):
            return (t.mode.map { $0.rawValue + " " } ?? "")
                + "\(t.metric) \(t.comparison.rawValue) \(Self.numberText(t.value))"
        case .text(let t): return Self.quoted(t.text)
        case .and(let parts):
            let inner = parts.map { $0.text(topLevel: false) }.joined(separator: " and ")
            return inner
        case .or(let parts):
            let inner = parts.map { $0.text(topLevel: false) }.joined(separator: " or ")
            return topLevel ? inner : "(\(inner))"
        case .not(let inner):
            if case .and = inner { return "not (\(inner.text(topLevel: false)))" }
            return "not " + inner.text(topLevel: false)
        case .named(let name, _): return "$" + name
        }
    }

    /// The shortest plain decimal that reads back as `value` (`1200`, `0.125`):
    /// no grouping, and never rounded, since the text stands for the filter that runs.
    static func numberText(_ value: Double) -> String {
        for decimals in 0...17 {
            let text = NumberText.grouped(value, decimals: decimals).replacingCommas()
            if Double(text) == value { return text }
        }
        return String(value)
    }

    /// A value is written bare only when the lexer reads it back as one word, number or date:
    /// it must start as a word does (a letter or `*`) or with a digit — `-x` and `_x` are quoted.
    static func quotedIfNeeded(_ value: String) -> String {
        let marks: [Unicode.GeneralCategory] = [.nonspacingMark, .spacingMark, .enclosingMark]
        let startsToken = value.unicodeScalars.first.map { first in
            (first.properties.isAlphabetic && !marks.contains(first.properties.generalCategory)) || first == "*"
                || ("0"..."9").contains(first)
        }
        let plain =
            startsToken == true
            && value.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.*".unicodeScalars.contains($0))
            }
        return plain ? value : quoted(value)
    }

    /// In double quotes, with `\`, and every quote that would end the string (`"`, `“`, `”`), escaped.
    static func quoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\\" || scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" { text += "\\" }
            text.unicodeScalars.append(scalar)
        }
        return text + "\""
    }
}

extension String {
    fileprivate func replacingCommas() -> String { replacingOccurrences(",", "") }

    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
