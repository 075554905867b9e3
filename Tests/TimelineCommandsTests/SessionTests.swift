import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

/// `Session.execute` on the built-in timeline: results are values, checked
/// field by field (transcripts check the rendered text).
struct SessionTests {
    static func session() throws -> Session {
        Session(store: try TimelineStore(try TimelineDecoder.decode(BuiltinData.bytes), origin: "built-in"))
    }

    static func run(_ line: String, in session: inout Session) throws -> CommandResult {
        try session.execute(try CommandParser.parse(line))
    }

    @Test func listAppliesSortAndLimitButReportsTheTotal() throws {
        var session = try Self.session()
        guard case .events(let list) = try Self.run("list tag:arrests sort by id desc limit 2", in: &session) else {
            Issue.record("not an event list")
            return
        }
        #expect(list.total == 6)
        #expect(list.events.map(\.id) == ["nbc-sunday-tally-data", "nbc-news-data-report-2025"])
        #expect(list.query == "tag:arrests")
    }

    @Test func possiblyOnlyMarksEventsWhoseDateStraddlesTheFilter() throws {
        var session = try Self.session()
        guard case .events(let list) = try Self.run("list kind:tally or kind:briefing and on 2025-01-25", in: &session)
        else {
            Issue.record("not an event list")
            return
        }
        #expect(
            list.events.map(\.id) == [
                "ice-leadership-call-2025-01-25", "ice-sunday-tally-announcement",
                "nbc-sunday-tally-data",
            ])
        #expect(list.possiblyOnly.isEmpty, "kind:tally holds with no date term involved")
        guard case .events(let onSunday) = try Self.run("list on 2025-02-02 and kind:tally", in: &session) else {
            Issue.record("not an event list")
            return
        }
        #expect(onSunday.possiblyOnly == ["ice-sunday-tally-announcement", "nbc-sunday-tally-data"])
    }

    @Test func countByMonthKeepsVagueDatesInRowsOfTheirOwn() throws {
        var session = try Self.session()
        guard case .counts(let table) = try Self.run("count kind:tally or kind:briefing by month", in: &session) else {
            Issue.record("not a count")
            return
        }
        #expect(table.total == 3)
        #expect(
            table.rows == [
                CountTable.Row(key: "2025-01", count: 1, spansBuckets: false),
                CountTable.Row(key: "2025-01 or 2025-02", count: 2, spansBuckets: true),
            ])
    }

    @Test func countByTagCountsAnEventUnderEachTag() throws {
        var session = try Self.session()
        guard case .counts(let table) = try Self.run("count id:nbc-sunday-tally-data by tag", in: &session) else {
            Issue.record("not a count")
            return
        }
        #expect(table.total == 1)
        #expect(table.rows.count == 5)
        #expect(table.rows.allSatisfy { $0.count == 1 })
    }

    @Test func showResolvesTheSourceChain() throws {
        var session = try Self.session()
        guard case .event(let detail) = try Self.run("show ice-leadership-call-2025-01-25", in: &session) else {
            Issue.record("not an event")
            return
        }
        let anonymous = detail.sources.first { $0.source.id == "four-anonymous-sources" }
        #expect(anonymous?.via.map(\.id) == ["washington-post", "seed-article"])
        #expect(detail.event.measures.map(\.metric) == ["field-office-daily-minimum"])
    }

    @Test func sourcesCountsDirectCitationsAndFigures() throws {
        var session = try Self.session()
        guard case .sources(let table) = try Self.run("sources kind:tally", in: &session) else {
            Issue.record("not a source table")
            return
        }
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.source.id, ($0.events, $0.measures)) })
        #expect(rows["ice"]?.0 == 1 && rows["ice"]?.1 == 1)
        #expect(rows["nbc-news"]?.0 == 1 && rows["nbc-news"]?.1 == 4)
        #expect(rows["seed-article"]?.1 == 1, "the 'nearly half' share is the article's own")
    }

    @Test func setChangesOptionsAndRejectsBadValues() throws {
        var session = try Self.session()
        _ = try Self.run("set format json", in: &session)
        #expect(session.options.format == .json)
        _ = try Self.run("set dates certainly", in: &session)
        #expect(session.options.dateMode == .certainly)
        #expect(throws: Diagnostic.self) { _ = try Self.run("set format xml", in: &session) }
        #expect(session.options.format == .json, "a failed command leaves the session as it was")
    }

    /// The help examples, run in order in one session (so `undo` has a change to take back).
    /// `run` and `save` touch files: FileCommandTests and the files transcript cover them.
    @Test func everyHelpExampleRunsOnTheBuiltInTimeline() throws {
        var session = try Self.session()
        for spec in CommandSpec.all where spec.name != .run && spec.name != .save {
            #expect(throws: Never.self, "\(spec.example)") { _ = try Self.run(spec.example, in: &session) }
        }
    }

    @Test func unknownHelpTopicSuggestsOne() throws {
        var session = try Self.session()
        #expect {
            _ = try Self.run("help filtrs", in: &session)
        } throws: { error in
            (error as? Diagnostic)?.notes.contains("did you mean 'filters'?") == true
        }
    }
}

/// The table layout rules.
struct TextTableTests {
    @Test func alignsColumnsAndRightAlignsNumbers() {
        var table = TextTable(["KEY", "N"], alignments: [.left, .right])
        table.add(["a", "7"])
        table.add(["longer", "12"])
        #expect(table.render(width: nil) == "KEY      N\na        7\nlonger  12\n")
    }

    @Test func cutsOnlyTheLastColumnAndOnlyWhenAWidthIsGiven() {
        var table = TextTable(["ID", "TITLE"])
        table.add(["x", "a title that is far too long to fit"])
        #expect(table.render(width: nil).contains("far too long to fit"))
        #expect(table.render(width: 16) == "ID  TITLE\nx   a title tha…\n")
    }

    /// The layout as it was first written, cell by cell on `String`s: the reference the
    /// byte-writing `render` is held to.
    static func reference(_ table: TextTable, width: Int?) -> String {
        let all = [table.headers] + table.rows
        var widths = table.headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        if let width, let last = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[last] = min(widths[last], max(10, width - used))
        }
        var out = ""
        for row in all {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let fitted = cell.count <= widths[column] ? cell : String(cell.prefix(max(0, widths[column] - 1))) + "…"
                let pad = String(repeating: " ", count: widths[column] - fitted.count)
                let isLast = column == row.count - 1
                switch table.alignments[column] {
                case .left: cells.append(isLast ? fitted : fitted + pad)
                case .right: cells.append(pad + fitted)
                }
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        return out
    }

    /// Random tables of ASCII, accents, combining marks, wide characters, emoji, CR LF
    /// and empty cells, with and without a width: the same text as the reference.
    @Test(arguments: 0..<40)
    func sameAsTheReference(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed))
        let pieces = ["a", "Zz", " ", "é", "e\u{301}", "漢字", "🇺🇸", "👩‍👩‍👧", "\r\n", "\r", "-", "1,179", "…", ""]
        func cell() -> String {
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
        let columns = Int.random(in: 1...4, using: &rng)
        var table = TextTable(
            (0..<columns).map { _ in cell() },
            alignments: (0..<columns).map { _ in Bool.random(using: &rng) ? .left : .right })
        for _ in 0..<Int.random(in: 0...8, using: &rng) { table.add((0..<columns).map { _ in cell() }) }
        for width in [nil, 0, 12, 20, 80] as [Int?] {
            #expect(
                table.render(width: width) == Self.reference(table, width: width), "width \(String(describing: width))")
        }
    }
}
