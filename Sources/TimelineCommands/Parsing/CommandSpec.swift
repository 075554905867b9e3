/// One command of the language, as data: its name, one-line syntax, a summary
/// and an example.
///
/// This table is the single source of command names: the ``Parser`` looks
/// commands up in it, "did you mean" suggests from it, and `help` and
/// completion print from it, so no help text is written twice.
///
/// ```swift
/// CommandSpec.named("LIST")?.syntax  // "list [FILTER] [sort by date|id|kind|title [asc|desc]] [limit N]"
/// CommandSpec.named("exit")?.name    // .quit
/// ```
public struct CommandSpec: Hashable, Sendable {
    /// The commands the parser knows.
    public enum Name: String, Hashable, Sendable, CaseIterable {
        case list, show, find, count, sources, compare, check, explain, `let`, timeline, chart
        case export, load, run, save, add, edit, delete, note, undo
        case help, set, history, quit
    }

    public var name: Name
    /// Other spellings that run the same command (`exit` for `quit`).
    public var aliases: [String]
    /// The one-line grammar, as in docs/grammar.md.
    public var syntax: String
    /// What the command does, in one sentence.
    public var summary: String
    /// A line a user could type.
    public var example: String

    public init(_ name: Name, aliases: [String] = [], syntax: String, summary: String, example: String) {
        self.name = name
        self.aliases = aliases
        self.syntax = syntax
        self.summary = summary
        self.example = example
    }

    /// Every command, in the order `help` lists them.
    public static let all: [CommandSpec] = [
        CommandSpec(
            .list, syntax: "list [FILTER] [sort by date|id|kind|title [asc|desc]] [limit N]",
            summary: "List the events that match a filter.",
            example: "list tag:arrests from 2025-01-20 sort by date desc limit 5"),
        CommandSpec(
            .show, syntax: "show ID", summary: "Show one event in full, with its measures and sources.",
            example: "show ice-leadership-call-2025-01-25"),
        CommandSpec(
            .find, syntax: "find TEXT", summary: "Search titles and summaries for text (the rest of the line).",
            example: "find quota"),
        CommandSpec(
            .count, syntax: "count [FILTER] [by day|week|month|year|decade|kind|tag|actor|source]",
            summary: "Count the events that match a filter, optionally grouped.",
            example: "count tag:arrests by month"),
        CommandSpec(
            .sources, syntax: "sources [FILTER]", summary: "List who said what, and through which publication.",
            example: "sources metric:daily-arrest-target"),
        CommandSpec(
            .compare, syntax: "compare A with B [on METRIC]",
            summary: "Put two events, selections or periods side by side: dates, figures, targets.",
            example: "compare ice-sunday-tally-announcement with nbc-sunday-tally-data on arrests"),
        CommandSpec(
            .check, syntax: "check [FILTER] [--strict] [--limit N | --all]",
            summary: "Flag what a fact-checker would: shares, totals, conflicting figures, vague dates.",
            example: "check kind:tally"),
        CommandSpec(
            .explain, syntax: "explain FILTER", summary: "Show how a filter is understood and what each part selects.",
            example: "explain kind:tally and on 2025-02-02"),
        CommandSpec(
            .let, syntax: "let NAME = FILTER", summary: "Name a selection, to use later as $NAME.",
            example: "let sunday = kind:tally and on 2025-02-02"),
        CommandSpec(
            .timeline, syntax: "timeline [FILTER]", summary: "Draw the events on a date axis, vague dates as spans.",
            example: "timeline tag:arrests"),
        CommandSpec(
            .chart, syntax: "chart METRIC [FILTER] [by day|week|month|year]",
            summary: "Bars of a figure over time, per source, with targets drawn as bands.",
            example: "chart arrests"),
        CommandSpec(
            .export, syntax: "export FORMAT [FILTER] [to PATH] [--force] [--group kind|actor]",
            summary: "Write a slice as json, jsonl, csv, markdown, timelinejs, ics, svg or html (stdout without 'to').",
            example: "export csv kind:tally"),
        CommandSpec(
            .load, syntax: "load PATH [--replace|--keep] [--map COLUMN=FIELD ...]",
            summary: "Add a timeline file (JSON, JSONL, TimelineJS, CSV) to the session, merging by id.",
            example: "load data/timeline.json --keep"),
        CommandSpec(
            .run, syntax: "run FILE", summary: "Run the commands in a file, as if typed.", example: "run analysis.tl"),
        CommandSpec(
            .save, syntax: "save [PATH] [--force]",
            summary: "Write the session's timeline to a file, atomically, in the project's JSON format.",
            example: "save my-timeline.json"),
        CommandSpec(
            .add, syntax: "add FIELD=VALUE ...",
            summary: "Add an event: id, date, kind, title, summary, sources, and any other field.",
            example:
                "add id=my-note date=2025-02-06 kind=assessment title=\"Desk note\" summary=\"Checked.\" sources=seed-article"
        ),
        CommandSpec(
            .edit, syntax: "edit ID FIELD=VALUE ...", summary: "Change fields of an event.",
            example: "edit ice-sunday-tally-announcement tags=arrests,vague-date"),
        CommandSpec(
            .delete, syntax: "delete ID", summary: "Remove an event (and links to it).",
            example: "delete newsclips-video"),
        CommandSpec(
            .note, syntax: "note ID TEXT", summary: "Add an annotation to an event, in your own words.",
            example: "note nbc-sunday-tally-data \"Ask NBC which Sunday.\""),
        CommandSpec(.undo, syntax: "undo", summary: "Take back the last change (several steps deep).", example: "undo"),
        CommandSpec(
            .help, syntax: "help [TOPIC]", summary: "Explain a command or a topic such as filters or dates.",
            example: "help count"),
        CommandSpec(
            .set, syntax: "set [OPTION [VALUE]]", summary: "Show all options, show one, or change one.",
            example: "set dates certainly"),
        CommandSpec(
            .history, syntax: "history [N]", summary: "List the commands entered so far (the last N).",
            example: "history 5"),
        CommandSpec(
            .quit, aliases: ["exit"], syntax: "quit | exit", summary: "Leave the session.", example: "quit"),
    ]

    /// The command spelled `word` (a name or an alias), ignoring case.
    public static func named(_ word: String) -> CommandSpec? {
        let lowered = word.lowercased()
        return all.first { $0.name.rawValue == lowered || $0.aliases.contains(lowered) }
    }

    /// The spec of `name`.
    public static func spec(for name: Name) -> CommandSpec {
        // `all` has one entry per case; the fallback only keeps this total.
        all.first { $0.name == name } ?? CommandSpec(name, syntax: name.rawValue, summary: "", example: name.rawValue)
    }

    /// Every spelling that starts a command, names and aliases, for completion and suggestions.
    public static var spellings: [String] { all.flatMap { [$0.name.rawValue] + $0.aliases } }
}
