import TimelineCore

/// Completion in the arguments of `list`, `count` and `sources`: a filter, then
/// `sort by … limit …` (list) or `by GROUPING` (count).
extension Completer {
    /// Where the cursor stands in a filter command, after reading the tokens before it.
    enum FilterPosition: Equatable {
        /// Where a term may start. `afterTerm`: one just ended (so `and`/`or` fit too);
        /// `qualified`: after `possibly`/`certainly`, which only date terms, measure
        /// terms and `(` may follow.
        case term(afterTerm: Bool, qualified: Bool)
        /// After `sort`: `by`.
        case sortBy
        /// After `sort by`: a sort key.
        case sortKey
        /// After a sort key: `asc`, `desc`, or the clauses not yet used.
        case afterSortKey
        /// After a complete clause: the clauses not yet used.
        case clauses
        /// After `limit`: a number.
        case limitNumber
        /// After `count … by`: a grouping.
        case grouping
        /// After a bare metric name: a comparison operator.
        case comparison
        /// A date, a number, or a line that does not parse: nothing to offer.
        case none
    }

    /// What the filter commands' tails may be.
    struct FilterState: Equatable {
        var position = FilterPosition.term(afterTerm: false, qualified: false)
        /// `(` not yet closed; `sort`, `limit` and `by` only end a filter at depth 0.
        var depth = 0
        var sawSort = false
        var sawLimit = false
        var sawStrict = false
        /// No term and no clause yet (`list `): clauses may start the arguments.
        var atStart = true
    }

    func completeFilter(_ tail: Tail, arguments: [Token], command: CommandSpec.Name) -> [String] {
        let state = filterState(after: arguments, command: command)
        let termAllowed: Bool
        let qualified: Bool
        switch state.position {
        case .term(_, let q):
            termAllowed = true
            qualified = q
        default:
            termAllowed = false
            qualified = false
        }
        switch tail.kind {
        case .literal:
            return []
        case .variable(let partial):
            guard termAllowed, !qualified else { return [] }
            return Self.values(namedSelections.sorted(), matching: partial).map { "$" + $0 }
        case .field(let spelling, let partial, let quote):
            guard termAllowed, !qualified, let field = FieldTerm.Field(rawValue: spelling.lowercased()) else {
                return []
            }
            return Self.values(vocabulary(field), matching: partial).map { value in
                spelling + ":" + (quote.map { Self.quoted(value, with: $0) } ?? Self.valueText(value))
            }
        case .word:
            return words(at: state, command: command, matching: tail.word)
        }
    }

    /// The words that fit at `state`, that start with `partial`.
    private func words(at state: FilterState, command: CommandSpec.Name, matching partial: String) -> [String] {
        let remainingClauses = clauseWords(for: command, state: state)
        switch state.position {
        case .term(let afterTerm, let qualified):
            var keywords = DateTerm.Relation.allCases.map(\.rawValue)
            if !qualified {
                keywords += ["not"] + MatchMode.allCases.map(\.rawValue)
                keywords += FieldTerm.Field.allCases.map { $0.rawValue + ":" }
            }
            if afterTerm { keywords += ["and", "or"] }
            if (afterTerm || state.atStart) && state.depth == 0 && !qualified { keywords += remainingClauses }
            return Self.keywords(keywords, matching: partial) + Self.values(vocabulary(.metric), matching: partial)
        case .sortBy: return Self.keywords(["by"], matching: partial)
        case .sortKey: return Self.keywords(ListCommand.SortKey.allCases.map(\.rawValue), matching: partial)
        case .afterSortKey: return Self.keywords(["asc", "desc"] + remainingClauses, matching: partial)
        case .clauses: return Self.keywords(remainingClauses, matching: partial)
        case .grouping:
            let groupings = command == .chart ? [Grouping.day, .week, .month, .year] : Grouping.allCases
            return Self.keywords(groupings.map(\.rawValue), matching: partial)
        case .limitNumber: return []
        case .comparison:
            return partial.isEmpty ? MeasureTerm.Comparison.allCases.map(\.rawValue) : []
        case .none: return []
        }
    }

    /// The clause keywords `command` still accepts after its filter.
    private func clauseWords(for command: CommandSpec.Name, state: FilterState) -> [String] {
        switch command {
        case .list: return (state.sawSort ? [] : ["sort"]) + (state.sawLimit ? [] : ["limit"])
        case .count, .chart: return ["by"]
        case .check: return (state.sawStrict ? [] : ["--strict"]) + (state.sawLimit ? [] : ["--limit", "--all"])
        default: return []
        }
    }

    /// Reads the arguments the way the parser would, tolerating an unfinished end.
    func filterState(after tokens: [Token], command: CommandSpec.Name) -> FilterState {
        var state = FilterState()
        var i = 0
        /// The token `k` places after the current one.
        func peek(_ k: Int) -> Token? { i + k < tokens.count ? tokens[i + k] : nil }
        while i < tokens.count, state.position != .none {
            let token = tokens[i]
            let word = token.kind == .word ? token.text.lowercased() : nil
            switch state.position {
            case .term(let afterTerm, let qualified):
                state.position = .none
                if let word {
                    if afterTerm, word == "and" || word == "or" {
                        state.position = .term(afterTerm: false, qualified: false)
                    } else if !qualified, word == "not" {
                        state.position = .term(afterTerm: false, qualified: false)
                    } else if !qualified, MatchMode(rawValue: word) != nil {
                        state.position = .term(afterTerm: false, qualified: true)
                    } else if peek(1)?.kind == .colon {
                        // FIELD:VALUE; the tail took any field being typed, so a value follows here.
                        if !qualified, let value = peek(2), Parser.isValue(value) {
                            state.position = .term(afterTerm: true, qualified: false)
                            i += 2
                        }
                    } else if case .comparison = peek(1)?.kind {
                        if peek(2)?.kind == .number {
                            state.position = .term(afterTerm: true, qualified: false)
                            i += 2
                        }
                    } else if DateTerm.Relation(rawValue: word) != nil {
                        if let date = peek(1), date.kind == .date || date.kind == .number {
                            state.position = .term(afterTerm: true, qualified: false)
                            i += 1
                        }
                    } else if state.depth == 0, !qualified, afterTerm || state.atStart {
                        state.position = clause(word, command: command, state: &state)
                    }
                    if state.position == .none, peek(1) == nil, vocabulary(.metric).contains(token.text) {
                        // `arrests ` — a metric typed, its operator next.
                        state.position = .comparison
                    }
                } else if token.kind == .leftParen {
                    state.depth += 1
                    state.position = .term(afterTerm: false, qualified: false)
                } else if token.kind == .rightParen, afterTerm, state.depth > 0 {
                    state.depth -= 1
                    state.position = .term(afterTerm: true, qualified: false)
                } else if token.kind == .string || token.kind == .variable, !qualified {
                    state.position = .term(afterTerm: true, qualified: false)
                }
            case .sortBy:
                state.position = word == "by" ? .sortKey : .none
            case .sortKey:
                state.position = word.flatMap(ListCommand.SortKey.init(rawValue:)) != nil ? .afterSortKey : .none
            case .afterSortKey where word == "asc" || word == "desc":
                state.position = .clauses
            case .afterSortKey, .clauses:
                state.position = word.map { clause($0, command: command, state: &state) } ?? .none
            case .limitNumber:
                state.position = token.kind == .number ? .clauses : .none
            case .grouping:
                // A grouping ends the command.
                state.position = .none
            case .comparison, .none:
                state.position = .none
            }
            if state.position != .none { state.atStart = false }
            i += 1
        }
        return state
    }

    /// The position after the clause keyword `word`, or `.none` if the command does not take it here.
    /// `limit N` is read whole when the number is there.
    private func clause(_ word: String, command: CommandSpec.Name, state: inout FilterState) -> FilterPosition {
        switch (command, word) {
        case (.list, "sort") where !state.sawSort:
            state.sawSort = true
            return .sortBy
        case (.list, "limit") where !state.sawLimit:
            state.sawLimit = true
            return .limitNumber
        case (.count, "by"), (.chart, "by"):
            return .grouping
        case (.check, "--strict") where !state.sawStrict:
            state.sawStrict = true
            return .clauses
        case (.check, "--limit") where !state.sawLimit:
            state.sawLimit = true
            return .limitNumber
        case (.check, "--all") where !state.sawLimit:
            state.sawLimit = true
            return .clauses
        default:
            return .none
        }
    }
}
