import TimelineCore

/// The file commands. Paths are read raw from the line (they may hold `/`,
/// `~`, dots and, quoted, spaces), split like a shell would by ``ShellWords``.
extension Parser {
    /// `export FORMAT [FILTER] [to PATH] [--force]`. The filter ends where a
    /// final `to` is followed by something that is not a date: that is the path.
    mutating func parseExport() throws(ParseError) -> Command {
        guard let formatToken = try peek(), formatToken.kind == .word else {
            throw .expected("a format (\(Self.formats))", after: "export", at: try spanOfNext())
        }
        guard let format = ExportFormat(word: formatToken.text) else {
            throw .unknownWord(
                noun: "format", word: formatToken.text, known: ExportFormat.allCases.map(\.rawValue),
                at: formatToken.span)
        }
        try advance()
        let (raw, rest) = restOfLine()
        var words = try ShellWords.split(raw, base: rest.start)
        var command = ExportCommand(format: format)
        var removed: [Span] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if !word.quoted && word.text == "--force" {
                command.force = true
                removed.append(word.span)
                words.remove(at: index)
            } else if !word.quoted && word.text == "--group" {
                guard index + 1 < words.count, ["kind", "actor"].contains(words[index + 1].text) else {
                    throw .expected(
                        "kind or actor", after: "--group",
                        at: index + 1 < words.count ? words[index + 1].span : .point(rest.end))
                }
                command.groupByActor = words[index + 1].text == "actor"
                removed += [word.span, words[index + 1].span]
                words.removeSubrange(index...(index + 1))
            } else {
                index += 1
            }
        }
        if words.count >= 2, let path = words.last, let to = words.dropLast().last, !to.quoted,
            to.text.lowercased() == "to", !isDate(path.text)
        {
            command.path = path.text
            command.pathSpan = path.span
            removed += [to.span, path.span]
            words.removeLast(2)
        }
        // Parse the filter from the line with the options and path blanked out, so spans still match.
        var bytes = Array(line.utf8)
        for span in removed { for i in span.start..<span.end { bytes[i] = UInt8(ascii: " ") } }
        var filterParser = Parser(String(decoding: bytes, as: UTF8.self), context: context)
        try filterParser.advance()  // export
        try filterParser.advance()  // the format
        command.filter = try filterParser.parseOptionalFilter()
        if let extra = try filterParser.peek() { throw .trailing(extra, command: .export) }
        let end = words.last?.span.end ?? rest.start
        command.filterText = String(decoding: Array(line.utf8)[rest.start..<max(rest.start, end)], as: UTF8.self)
        return .export(command)
    }

    /// `load PATH [--replace|--keep] [--map COLUMN=FIELD …]`
    mutating func parseLoad() throws(ParseError) -> Command {
        let (raw, rest) = restOfLine()
        let words = try ShellWords.split(raw, base: rest.start)
        var path: ShellWords.Word?
        var onClash = LoadCommand.OnClash.error
        var mapping: [String: String] = [:]
        var index = 0
        while index < words.count {
            let word = words[index]
            switch word.quoted ? "" : word.text {
            case "--replace": onClash = .replace
            case "--keep": onClash = .keep
            case "--map":
                index += 1
                guard index < words.count, let equals = words[index].text.firstIndex(of: "="),
                    equals != words[index].text.startIndex
                else {
                    throw .expected(
                        "COLUMN=FIELD", after: "--map", at: index < words.count ? words[index].span : .point(rest.end))
                }
                let pair = words[index].text
                mapping[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            default:
                if word.text.hasPrefix("--") && !word.quoted {
                    throw .unknownWord(
                        noun: "option", word: word.text, known: ["--keep", "--map", "--replace"], at: word.span)
                }
                guard path == nil else { throw .expected("one path", after: "load", at: word.span) }
                path = word
            }
            index += 1
        }
        guard let path else { throw .expected("a file to load", after: "load", at: .point(rest.end)) }
        return .load(LoadCommand(path: path.text, span: path.span, onClash: onClash, mapping: mapping))
    }

    /// `run FILE`
    mutating func parseRun() throws(ParseError) -> Command {
        let (raw, rest) = restOfLine()
        let words = try ShellWords.split(raw, base: rest.start)
        guard let path = words.first else { throw .expected("a command file", after: "run", at: .point(rest.end)) }
        if words.count > 1 { throw .expected("one file", after: "run", at: words[1].span) }
        return .run(path: path.text, span: path.span)
    }

    /// `save [PATH] [--force]`
    mutating func parseSave() throws(ParseError) -> Command {
        let (raw, rest) = restOfLine()
        var words = try ShellWords.split(raw, base: rest.start)
        var force = false
        words.removeAll { word in
            guard !word.quoted, word.text == "--force" else { return false }
            force = true
            return true
        }
        if words.count > 1 { throw .expected("one path", after: "save", at: words[1].span) }
        return .save(path: words.first?.text, span: words.first?.span, force: force)
    }

    static let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")

    /// True when `text` reads as a date in a filter (so `to TEXT` is a date term, not a path).
    private func isDate(_ text: String) -> Bool {
        if (try? FuzzyDate.parsePeriod(text)) != nil { return true }
        return Self.relativeDateWords.contains(text.lowercased())
    }
}
