import TimelineCore

/// Completion for the analysis commands' own shapes: `let NAME = FILTER`,
/// `chart METRIC [FILTER] [by …]`, and `compare A with B [on METRIC]`.
extension Completer {
    /// `let NAME = FILTER`: nothing for the new name, `=` after it, then a filter.
    func completeLet(_ tail: Tail, arguments: [Token]) -> [String] {
        switch arguments.count {
        case 0: return []
        case 1: return tail.word.isEmpty ? ["="] : []
        default:
            guard arguments[1].kind == .comparison(.equal) else { return [] }
            return completeFilter(tail, arguments: Array(arguments.dropFirst(2)), command: .let)
        }
    }

    /// `chart METRIC [FILTER] [by day|week|month|year]`.
    func completeChart(_ tail: Tail, arguments: [Token]) -> [String] {
        guard let metric = arguments.first else {
            guard case .word = tail.kind else { return [] }
            return Self.values(vocabulary(.metric), matching: tail.word)
        }
        guard metric.kind == .word else { return [] }
        return completeFilter(tail, arguments: Array(arguments.dropFirst()), command: .chart)
    }

    /// `export FORMAT [FILTER] [to PATH] [--force]`: formats, then a filter.
    func completeExport(_ tail: Tail, arguments: [Token]) -> [String] {
        guard let format = arguments.first else {
            guard case .word = tail.kind else { return [] }
            return Self.keywords(ExportFormat.allCases.map(\.rawValue), matching: tail.word)
        }
        guard format.kind == .word else { return [] }
        return completeFilter(tail, arguments: Array(arguments.dropFirst()), command: .export)
    }

    /// `edit ID FIELD=…`, `delete ID`, `note ID TEXT`: event ids, then (for edit) field names.
    func completeEditing(_ tail: Tail, arguments: [Token], command: CommandSpec.Name) -> [String] {
        if arguments.isEmpty {
            guard tail.isValue else { return [] }
            return Self.values(vocabulary(.id), matching: tail.word).map { Self.valueText($0) }
        }
        guard command == .edit, case .word = tail.kind else { return [] }
        return Self.keywords(
            ["date=", "dateNote=", "kind=", "title=", "summary=", "actors=", "tags=", "sources=", "related="],
            matching: tail.word)
    }

    /// `compare A with B [on METRIC]`, where an operand is an id, `(FILTER)`, `$NAME` or a period.
    func completeCompare(_ tail: Tail, arguments: [Token]) -> [String] {
        var operands = 0
        var depth = 0
        var index = 0
        var sawOn = false
        while index < arguments.count {
            let token = arguments[index]
            if depth > 0 {
                if token.kind == .leftParen { depth += 1 }
                if token.kind == .rightParen { depth -= 1 }
                if depth == 0 { operands += 1 }
            } else if token.kind == .leftParen {
                depth = 1
            } else if token.isWord("with") && operands == 1 {
                // The separator: the next token starts the second operand.
            } else if token.isWord("on") && operands == 2 {
                sawOn = true
            } else if sawOn {
                return []
            } else {
                operands += 1
            }
            index += 1
        }
        if depth > 0 {
            // Inside a parenthesised filter: complete it as a filter.
            let open = arguments.lastIndex { $0.kind == .leftParen } ?? 0
            return completeFilter(tail, arguments: Array(arguments[(open + 1)...]), command: .compare)
        }
        if sawOn {
            guard case .word = tail.kind else { return [] }
            return Self.values(vocabulary(.metric), matching: tail.word)
        }
        let expectsOperand = operands == 0 || (operands == 1 && arguments.last?.isWord("with") == true)
        if expectsOperand {
            switch tail.kind {
            case .variable(let partial):
                return Self.values(namedSelections.sorted(), matching: partial).map { "$" + $0 }
            case .word: return Self.values(vocabulary(.id), matching: tail.word).map { Self.valueText($0) }
            default: return []
            }
        }
        guard case .word = tail.kind else { return [] }
        if operands == 1 { return Self.keywords(["with"], matching: tail.word) }
        if operands == 2 { return Self.keywords(["on"], matching: tail.word) }
        return []
    }
}
