import TimelineCore

/// Help pages by topic. Command pages come from ``CommandSpec`` (the same
/// table the parser uses), so syntax is written once.
enum HelpCatalog {
    static let topics: [(name: String, summary: String, text: String)] = [
        ("filters", "selecting events: dates, fields, figures, text, and/or/not", filtersText),
        ("dates", "fuzzy dates, periods, possibly and certainly", datesText),
        ("output", "tables, JSON, and how vague dates are shown", outputText),
        ("scripts", "-f, -c, stdin, comments, errors and exit status", scriptsText),
    ]

    static func page(for topic: String?, span: Span?) throws(Diagnostic) -> HelpText {
        guard let topic = topic?.lowercased() else { return HelpText(topic: "", text: overview) }
        if let spec = CommandSpec.named(topic) {
            return HelpText(topic: spec.name.rawValue, text: commandPage(spec))
        }
        if let page = topics.first(where: { $0.name == topic }) {
            return HelpText(topic: page.name, text: page.text)
        }
        let names = CommandSpec.all.map(\.name.rawValue) + topics.map(\.name)
        throw Diagnostic.error("no help on '\(topic)'", at: span, notes: ["topics: " + names.joined(separator: ", ")])
            .suggesting(Suggestion.nearest(to: topic, in: names))
    }

    static var overview: String {
        var out = "Commands (help COMMAND for details and an example):\n"
        let width = (CommandSpec.all.map(\.syntax.count).max() ?? 0) + 2
        for spec in CommandSpec.all { out += "  " + spec.syntax.padding(width) + spec.summary + "\n" }
        out += "\nTopics (help TOPIC):\n"
        for t in topics { out += "  " + t.name.padding(width) + t.summary + "\n" }
        return out
    }

    static func commandPage(_ spec: CommandSpec) -> String {
        var out = "\(spec.syntax)\n\n\(spec.summary)\n"
        if let details = details[spec.name] { out += "\n\(details)\n" }
        out += "\nExample:\n  \(spec.example)\n"
        return out
    }

    /// What a command's page says beyond its syntax and summary.
    static let details: [CommandSpec.Name: String] = [
        .list: """
        Events print in date order (open starts first). A '?' in the first column marks an
        event that matches only possibly: its vague date, or a ranged or hedged figure, may fall outside the filter.
        sort by date|id|kind|title, asc or desc; limit N keeps the first N.
        """,
        .show:
            "Prints every field: the date with its EDTF form and bounds, how a vague date was read,\nactors, tags, sources and the chain they reached us through, and each figure with\nthe source that states it and its own words.",
        .find:
            "Case- and accent-insensitive search in ids, titles, summaries, date notes, tags,\nactor and source names, and the wording of figures. The rest of the line is the text.",
        .count:
            "Without 'by', prints the number of events. With a date grouping, an event whose vague\ndate spans several buckets is counted in a row of its own (e.g. '2025-01 or 2025-02'),\nnever forced into one. With tag, actor or source, an event counts under each of its labels.",
        .sources:
            "Every source the selected events cite, directly or through a figure, and every source\nthose reached us through, with how many events and figures each states.",
        .export: """
        Formats: json (the project's, lossless, with how the slice was made), jsonl, csv, markdown,
        timelinejs (--group kind|actor), ics, svg, html (self-contained). Without 'to' the export goes
        to standard output. Writes are atomic; an existing file is replaced only with --force (or a
        yes in the REPL). See docs/files.md.
        """,
        .load: """
        Reads the project's JSON or JSONL, TimelineJS JSON, or CSV with a header (--map COLUMN=FIELD
        for other column names). Events merge by id; a clash with a different event is an error
        unless --replace (take the file's) or --keep (keep the session's). A bad file changes nothing.
        """,
        .save: """
        Without a path, writes back to the file the session loaded; the built-in timeline is never
        written in place. Refuses when that file changed on disk since it was read (and says what
        changed) unless --force.
        """,
        .add: """
        Fields: id, date, dateNote (needed unless the date is a plain day), kind, title, summary,
        sources, actors, tags, related; lists are comma-separated. In the REPL, 'add' alone asks for
        each field. 'undo' takes it back.
        """,
        .compare: """
        A and B are each an event id, a (filter), a $NAME, or a period (2025-W04, 2025-01, 1990s).
        Prints both sides' dates and how many days apart (a range when a date is vague), each
        shared figure with difference, ratio and change, a count against a per-day target as
        percent of target with the shortfall at both ends, and for selections the counts by kind
        and the sum and mean of each metric. Different metrics are never silently mixed: the
        notes say what was compared with what. See docs/compare.md.
        """,
        .check: """
        Rules: stated-share (a stated percentage against the counts), parts-vs-total,
        conflicting-values (one metric, possibly the same dates, different values), share-base,
        mixed-units, hedge-wording, no-wording, vague-date (a finding that rests on a vague date).
        Each finding has a severity, its events and sources, and the arithmetic. The first 100
        findings are shown, every one counted (per rule when some are left out); --limit N shows
        the first N, --all every one. --strict makes a script fail when an error-level finding
        exists. See docs/checks.md.
        """,
        .timeline: """
        Each event on a date axis scaled to the width: ● a day, ├──┤ a span, ◀ ▶ open ends,
        ◆┄◆ one of several days; long quiet stretches are compressed (≈). Labels give the kind's
        letter, the id and the numbers of the sources; legends explain letters and marks.
        See docs/pictures.md.
        """,
        .chart: """
        One bar per figure (never added together), by date and source, values labelled (~ for
        hedged figures, ▒ for the span of a range); a per-day target of the same unit is drawn as a
        band. Without 'by', dates are grouped by day, month or year to fit. See docs/pictures.md.
        """,
        .explain:
            "Shows the filter in canonical form, then each part with what it means (resolved day\nbounds, the reading, what a field value resolves to) and how many events it selects.",
        .let:
            "The filter is checked and resolved when defined; $NAME then stands for it anywhere a\nfilter goes. 'let' again with the same name replaces it.",
        .set: """
        Options: format (table|json), dates (possibly|certainly), pager (on|off), timer (on|off).
        'set var NAME VALUE' sets a script parameter, read as $NAME ('set var' lists them);
        timeline --set NAME=VALUE does the same from the command line.
        """,
        .history: """
        Entries are whole commands, continuation lines included. The history is kept in
        $TIMELINE_HISTORY, or $XDG_STATE_HOME/timeline/history (~/.local/state/timeline/history);
        Up and Down walk it, Ctrl-R searches it. Scripts and -c keep no history.
        """,
    ]

    static let filtersText = """
        A filter selects events. Terms side by side must all hold (and); 'or' and 'not'
        combine them; parentheses group. Precedence: not, then and, then or.

          from DATE  to DATE  on DATE  in PERIOD  during PERIOD     date terms
          tag:V  kind:V  actor:V  source:V  id:V  metric:V          fields (* is a wildcard)
          METRIC OP NUMBER     OP is < <= > >= = !=                 figures, e.g. arrests > 900
          "free text"                                               title, summary, notes, wording
          possibly TERM / certainly TERM                            how vague dates count

        source:V also selects what reached us through V (source:washington-post finds
        what the four anonymous officials told the Post).
        Unknown tags, actors, sources, ids and metrics are errors, never empty answers.

        Examples:
          list tag:arrests and from 2025-01-20
          list kind:tally or kind:target
          count by kind
          list arrests > 1000
          list certainly in 2025-W05
        """

    static let datesText = """
        Dates follow EDTF (ISO 8601-2) levels 0 and 1, as the data files do:
          2025-01-25  2025-01  2025  199X (a decade)  20XX (a century)
          2025-01-26? (uncertain)  2025-01~ (approximate)  2004-06-11% (both)
          1964/2008  199X/.. (open end)  ../2025-02-05 (open start)  1985-04/ (unknown end)
          [2025-01-26,2025-02-02] (one of these days)
        In filters, periods may also be written 2025-Q1, 2025-W05 (ISO week), 1990s.

        Every date has an earliest and a latest day. A date term can hold:
          possibly   some reading of the event's date falls in the range (the default)
          certainly  every reading does, and the date has no ?, ~, % or open end
        'set dates certainly' changes the default. In 'list', a '?' marks events
        that match only possibly.

        Example:
          list possibly on 2025-02-02     the Sunday tallies (dated 2025-01-26 or 2025-02-02)
          list certainly on 2025-02-02    nothing: that date is not certain
        """

    static let outputText = """
        Results print as aligned tables for people, or as JSON for scripts:
          set format json        (or timeline --format json)
          set format table
        Vague dates always show their vagueness: '1990s →', '2025-01',
        'Sunday, 2025-01-26 or 2025-02-02 (uncertain)'. The JSON shapes are
        documented in docs/json-output.md.
        """

    static let scriptsText = """
        The same commands run from files and the command line:
          timeline -f analysis.tl      timeline < analysis.tl      timeline -c 'count by kind'
        One command per line; '#' starts a comment; blank lines are skipped.
        The first error stops a script with FILE:LINE:COL and exit status 1;
        --keep-going reports errors and carries on (exit status 1 at the end).
        Exit status: 0 success, 1 a command failed, 64 bad command-line usage,
        65 a data file is invalid, 66 a file could not be read.
        """
}
