import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

/// Text left of the cursor, and the exact word and candidates completion should give.
struct CompletionCase: Sendable, CustomTestStringConvertible {
    let text: String
    let word: String
    let candidates: [String]
    var testDescription: String { "'\(text)'" }

    init(_ text: String, _ word: String, _ candidates: [String]) {
        self.text = text
        self.word = word
        self.candidates = candidates
    }
}

/// Completion over the built-in timeline, with two named selections and a fake file system.
struct CompleterTests {
    static let completer: Completer? = {
        guard let timeline = try? TimelineDecoder.decode(BuiltinData.bytes),
            let store = try? TimelineStore(timeline, origin: "built-in")
        else { return nil }
        return Completer(
            store: store, namedSelections: ["recent", "last-week"], homeDirectory: "/home/ana",
            listDirectory: { directory in files[directory] ?? [] })
    }()

    static let files: [String: [String]] = [
        "": ["data/", "docs/", "README.md", ".gitignore"],
        "data/": ["timeline.json", "extra.json", "old/"],
        "/home/ana/": ["notes.tl", "projects/"],
    ]

    // Spelled out here, not taken from the tables under test.
    static let commands = [
        "add", "chart", "check", "compare", "count", "delete", "edit", "exit", "explain", "export", "find", "help",
        "history", "let", "list", "load", "note", "quit", "run", "save", "set", "show", "sources", "timeline", "undo",
    ]
    static let metrics = [
        "arrests", "arrests-without-criminal-record", "criminal-arrests", "daily-arrest-target",
        "field-office-daily-minimum", "priority-population", "share-without-criminal-record",
    ]
    static let relations = ["during", "from", "in", "on", "to"]
    /// Whatever may start a term, outside `possibly`/`certainly`.
    static let starters =
        (relations + metrics + ["not", "possibly", "certainly", "tag:", "kind:", "actor:", "source:", "id:", "metric:"])
        .sorted()
    static let tags = [
        "arrests", "criminal-records", "deportations", "enforcement-history", "figures-inconsistent", "media",
        "priorities", "public-opinion", "quotas", "related-coverage", "sources-disagree", "targets", "vague-date",
    ]
    static let ids = [
        "arrest-target-directive-2025-01", "biden-era-comparison-assessment", "enforcement-shift-assessment",
        "enforcement-swings-since-1990s", "ice-leadership-call-2025-01-25", "ice-sunday-tally-announcement",
        "muted-backlash-assessment", "nbc-news-data-report-2025", "nbc-sunday-tally-data", "newsclips-video",
        "priority-focus-policy-2025", "public-opinion-tension-assessment", "related-headline-dallas-protest",
        "related-headline-deport-paroled-1-5-million", "related-headline-homan-daily-flights",
        "related-headline-ice-raids-operation", "related-headline-self-deport-or-exile",
        "related-headline-self-deportations-surge", "seed-article-publication-2025-02-05",
        "washington-post-report-2025",
    ]

    static func sorted(_ parts: [String]...) -> [String] { parts.flatMap { $0 }.sorted() }

    static let cases: [CompletionCase] = [
        // Command position.
        CompletionCase("", "", commands),
        CompletionCase("   ", "", commands),
        CompletionCase("l", "l", ["let", "list", "load"]),
        CompletionCase("li", "li", ["list"]),
        CompletionCase("s", "s", ["save", "set", "show", "sources"]),
        CompletionCase("LI", "LI", ["list"]),
        CompletionCase("e", "e", ["edit", "exit", "explain", "export"]),
        CompletionCase("list", "list", ["list"]),
        CompletionCase("x", "", []),
        CompletionCase("(", "", []),
        CompletionCase("lst ", "", []),
        CompletionCase("lst ta", "", []),
        CompletionCase("quit ", "", []),
        // help and set.
        CompletionCase(
            "help ", "",
            [
                "add", "chart", "check", "compare", "count", "dates", "delete", "edit", "explain", "export", "filters",
                "find", "help", "history", "let", "list", "load", "note", "output", "quit", "run", "save", "scripts",
                "set", "show", "sources", "timeline", "undo",
            ]
        ),
        CompletionCase("help F", "F", ["filters", "find"]),
        CompletionCase("help count ", "", []),
        CompletionCase("set ", "", ["dates", "format", "pager", "timer"]),
        CompletionCase("set f", "f", ["format"]),
        CompletionCase("set format ", "", ["json", "table"]),
        CompletionCase("SET Dates c", "c", ["certainly"]),
        CompletionCase("set dates C", "C", ["certainly"]),
        CompletionCase("set colour ", "", []),
        CompletionCase("set format json ", "", []),
        // show.
        CompletionCase("show ", "", ids),
        CompletionCase("show nbc", "nbc", ["nbc-news-data-report-2025", "nbc-sunday-tally-data"]),
        CompletionCase("show NBC-S", "NBC-S", ["nbc-sunday-tally-data"]),
        CompletionCase("show newsclips-video ", "", []),
        // find takes raw text.
        CompletionCase("find ", "", []),
        CompletionCase("find tag:a", "", []),
        CompletionCase("find ICE's l", "", []),
        // Filter starts and connectives.
        CompletionCase("list ", "", sorted(starters, ["sort", "limit"])),
        CompletionCase("LIST ", "", sorted(starters, ["sort", "limit"])),
        CompletionCase("count ", "", sorted(starters, ["by"])),
        CompletionCase("sources ", "", starters),
        CompletionCase("list (", "", starters),
        CompletionCase("list not ", "", starters),
        CompletionCase("list tag:arrests and ", "", starters),
        CompletionCase("list tag:arrests or (", "", starters),
        CompletionCase("list possibly ", "", sorted(relations, metrics)),
        CompletionCase("list not certainly d", "d", ["daily-arrest-target", "during"]),
        CompletionCase("list possibly ta", "", []),
        // After a complete term.
        CompletionCase("list tag:arrests ", "", sorted(starters, ["and", "or", "sort", "limit"])),
        CompletionCase("count kind:tally ", "", sorted(starters, ["and", "or", "by"])),
        CompletionCase("sources source:ice ", "", sorted(starters, ["and", "or"])),
        CompletionCase("list (tag:quotas ", "", sorted(starters, ["and", "or"])),
        CompletionCase("count (tag:quotas or tag:targets) ", "", sorted(starters, ["and", "or", "by"])),
        CompletionCase("list from 2025-01 ", "", sorted(starters, ["and", "or", "sort", "limit"])),
        CompletionCase("list arrests >= 1,200 ", "", sorted(starters, ["and", "or", "sort", "limit"])),
        CompletionCase("list \"daily quota\" ", "", sorted(starters, ["and", "or", "sort", "limit"])),
        CompletionCase("list $recent O", "O", ["on", "or"]),
        CompletionCase("list tag:quotas s", "s", ["share-without-criminal-record", "sort", "source:"]),
        // Words and field prefixes.
        CompletionCase("list ta", "ta", ["tag:"]),
        CompletionCase("list TA", "TA", ["tag:"]),
        CompletionCase("list arr", "arr", ["arrests", "arrests-without-criminal-record"]),
        CompletionCase("list ARR", "ARR", ["arrests", "arrests-without-criminal-record"]),
        CompletionCase("list (cri", "cri", ["criminal-arrests"]),
        // Field values.
        CompletionCase("list tag:arr", "tag:arr", ["tag:arrests"]),
        CompletionCase("list TAG:arr", "TAG:arr", ["TAG:arrests"]),
        CompletionCase("list tag:", "tag:", tags.map { "tag:" + $0 }),
        CompletionCase("list (tag:q", "tag:q", ["tag:quotas"]),
        CompletionCase("list not kind:TA", "kind:TA", ["kind:tally"]),
        CompletionCase(
            "count actor:ice-", "actor:ice-", ["actor:ice-field-offices", "actor:ice-leadership", "actor:ice-managers"]),
        CompletionCase("sources source:wash", "source:wash", ["source:washington-post"]),
        CompletionCase("list id:nbc-n", "id:nbc-n", ["id:nbc-news-data-report-2025"]),
        CompletionCase("list metric:share", "metric:share", ["metric:share-without-criminal-record"]),
        CompletionCase("list actor:\"ice-l", "actor:\"ice-l", ["actor:\"ice-leadership\""]),
        CompletionCase("list tg:arr", "", []),
        CompletionCase("list tag: ", "", []),
        CompletionCase("list possibly tag:arr", "", []),
        // Named selections.
        CompletionCase("list $", "$", ["$last-week", "$recent"]),
        CompletionCase("list $r", "$r", ["$recent"]),
        CompletionCase("list (tag:arrests or $", "$", ["$last-week", "$recent"]),
        CompletionCase("list possibly $", "", []),
        // Clauses.
        CompletionCase("list tag:arrests sort ", "", ["by"]),
        CompletionCase("list sort by ", "", ["date", "id", "kind", "title"]),
        CompletionCase("list sort by T", "T", ["title"]),
        CompletionCase("list tag:arrests sort by date ", "", ["asc", "desc", "limit"]),
        CompletionCase("list sort by date desc ", "", ["limit"]),
        CompletionCase("list sort by date asc l", "l", ["limit"]),
        CompletionCase("list limit ", "", []),
        CompletionCase("list limit 5 ", "", ["sort"]),
        CompletionCase("list limit 5 sort by id desc ", "", []),
        CompletionCase("list (tag:quotas so", "so", ["source:"]),
        CompletionCase("count by ", "", ["actor", "day", "decade", "kind", "month", "source", "tag", "week", "year"]),
        CompletionCase("count tag:arrests by m", "m", ["month"]),
        CompletionCase("count tag:arrests by month ", "", []),
        CompletionCase("sources tag:arrests by ", "", []),
        // Dates, numbers, operators, free text: nothing.
        CompletionCase("list from ", "", []),
        CompletionCase("list in 2025-0", "", []),
        CompletionCase("list to ", "", []),
        CompletionCase("list arrests ", "", ["!=", "<", "<=", "=", ">", ">="]),
        CompletionCase("list arrests >", "", []),
        CompletionCase("list arrests > ", "", []),
        CompletionCase("list \"daily q", "", []),
        CompletionCase("list tag:arrests)", "", []),
        CompletionCase("list arests ", "", []),
        CompletionCase("list # ", "", []),
        // Paths: the directory kept as typed, directories end with '/', hidden files on request.
        CompletionCase("load ", "", ["README.md", "data/", "docs/"]),
        CompletionCase("load d", "d", ["data/", "docs/"]),
        CompletionCase("LOAD data/", "data/", ["data/extra.json", "data/old/", "data/timeline.json"]),
        CompletionCase("run data/t", "data/t", ["data/timeline.json"]),
        CompletionCase("load .", ".", [".gitignore"]),
        CompletionCase("load readme", "readme", ["README.md"]),
        CompletionCase("load ~", "~", ["~/"]),
        CompletionCase("load ~/p", "~/p", ["~/projects/"]),
        CompletionCase("save $recent to data/e", "data/e", ["data/extra.json"]),
        CompletionCase("save $recent ", "", []),
        CompletionCase("load nowhere/", "", []),
    ]

    @Test(arguments: cases)
    func completes(_ example: CompletionCase) throws {
        let completer = try #require(Self.completer)
        let result = completer.complete(example.text)
        #expect(result.word == example.word)
        #expect(result.candidates == example.candidates)
    }

    /// The word is always the end of the text, so the editor can replace it;
    /// with no candidates it is empty, like the line editor's `Completion.none`.
    @Test(arguments: cases)
    func wordIsTheEndOfTheText(_ example: CompletionCase) throws {
        let completer = try #require(Self.completer)
        let result = completer.complete(example.text)
        #expect(example.text.hasSuffix(result.word))
        #expect(!result.candidates.isEmpty || result.word.isEmpty)
    }
}
