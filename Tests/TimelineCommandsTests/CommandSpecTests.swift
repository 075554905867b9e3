import Testing

@testable import TimelineCommands

struct CommandSpecTests {
    @Test(arguments: CommandSpec.Name.allCases)
    func everyCommandHasOneSpecWhoseSyntaxAndExampleStartWithItsName(_ name: CommandSpec.Name) throws {
        let specs = CommandSpec.all.filter { $0.name == name }
        #expect(specs.count == 1)
        let spec = try #require(specs.first)
        #expect(spec.syntax.hasPrefix(name.rawValue))
        #expect(spec.example.hasPrefix(name.rawValue))
        #expect(!spec.summary.isEmpty)
    }

    /// Every example in the table parses, to the command it illustrates.
    @Test(arguments: CommandSpec.all)
    func exampleParses(_ spec: CommandSpec) throws {
        let command = try CommandParser.parse(spec.example)
        let parsedName: CommandSpec.Name
        switch command {
        case .list: parsedName = .list
        case .show: parsedName = .show
        case .find: parsedName = .find
        case .count: parsedName = .count
        case .sources: parsedName = .sources
        case .help: parsedName = .help
        case .set, .setVariable: parsedName = .set
        case .compare: parsedName = .compare
        case .check: parsedName = .check
        case .explain: parsedName = .explain
        case .define: parsedName = .let
        case .timeline: parsedName = .timeline
        case .chart: parsedName = .chart
        case .export: parsedName = .export
        case .load: parsedName = .load
        case .run: parsedName = .run
        case .save: parsedName = .save
        case .add: parsedName = .add
        case .edit: parsedName = .edit
        case .delete: parsedName = .delete
        case .note: parsedName = .note
        case .undo: parsedName = .undo
        case .history: parsedName = .history
        case .quit: parsedName = .quit
        }
        #expect(parsedName == spec.name)
    }

    @Test(arguments: [("LIST", CommandSpec.Name.list), ("exit", .quit), ("Quit", .quit), ("sources", .sources)])
    func lookupIgnoresCaseAndKnowsAliases(word: String, expected: CommandSpec.Name) {
        #expect(CommandSpec.named(word)?.name == expected)
    }

    @Test func unknownWordsAreNotCommands() {
        #expect(CommandSpec.named("lst") == nil)
        #expect(
            CommandSpec.spellings == [
                "list", "show", "find", "count", "sources", "compare", "check", "explain", "let", "timeline",
                "chart", "export", "load", "run", "save", "add", "edit", "delete", "note", "undo", "help", "set",
                "history", "quit", "exit",
            ])
    }
}
