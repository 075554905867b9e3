import TimelineCore

/// Tab completion for the command language: given the text left of the cursor,
/// the partial word there and its full replacements.
///
/// Pure logic, no terminal: the line editor's adapter (in the executable) asks
/// ``complete(_:)`` and shows or inserts the candidates. The completer knows the
/// grammar (docs/grammar.md) through the same tables the parser uses —
/// ``CommandSpec``, ``Grouping``, ``ListCommand/SortKey``, `FieldTerm.Field`,
/// `DateTerm.Relation`, `MatchMode` — and the data through the store's
/// vocabularies, copied once at init so no completion scans events.
///
/// A completer is a snapshot: build a new one after loading data, or set
/// ``namedSelections`` when a selection is defined.
///
/// ```swift
/// let completer = Completer(store: store, namedSelections: ["recent"])
/// completer.complete("list tag:arr")  // (word: "tag:arr", candidates: ["tag:arrests"])
/// completer.complete("l")             // (word: "l", candidates: ["list"])
/// completer.complete("count by ")     // (word: "", candidates: ["actor", "day", "decade", …])
/// ```
public struct Completer: Sendable {
    /// Lists one directory for path completion: given the directory part of the
    /// word as typed (`""` for the current directory, `"data/"`, `"/tmp/"`, with a
    /// leading `~/` already expanded), returns the names of its entries, each
    /// directory's name ending in `/`. Returns `[]` when the directory cannot be read.
    public typealias DirectoryLister = @Sendable (_ directoryPrefix: String) -> [String]

    /// Names of the named selections (`$recent` is `"recent"`), offered after `$`.
    public var namedSelections: [String]

    /// Sorted values of each field, from the store.
    let vocabularies: [FieldTerm.Field: [String]]
    /// Topics `help` knows besides the command names.
    let helpTopics: [String]
    /// The options `set` shows and changes, with their allowed values.
    let settings: [Setting]
    let homeDirectory: String?
    let listDirectory: DirectoryLister

    /// A completer over the loaded timeline.
    ///
    /// - Parameters:
    ///   - store: the timeline; its vocabularies (tags, kinds, actors, sources,
    ///     ids, metrics) are copied now.
    ///   - namedSelections: names offered after `$`, without the `$`.
    ///   - helpTopics: topics offered after `help`; nil means the help catalogue's.
    ///   - settings: the options of `set`; defaults to those of a new session.
    ///   - homeDirectory: what a leading `~/` of a path stands for when listing;
    ///     nil leaves it as typed.
    ///   - listDirectory: lists a directory for path completion (see ``DirectoryLister``);
    ///     the default lists nothing.
    /// - Complexity: O(*v* log *v*) in the size of the vocabularies.
    public init(
        store: TimelineStore, namedSelections: [String] = [], helpTopics: [String]? = nil,
        settings: [Setting] = SessionOptions().all, homeDirectory: String? = nil,
        listDirectory: @escaping DirectoryLister = { _ in [] }
    ) {
        var vocabularies: [FieldTerm.Field: [String]] = [:]
        for field in FieldTerm.Field.allCases { vocabularies[field] = store.vocabulary(for: field) }
        self.init(
            vocabularies: vocabularies, namedSelections: namedSelections, helpTopics: helpTopics,
            settings: settings, homeDirectory: homeDirectory, listDirectory: listDirectory)
    }

    /// A completer over vocabularies given directly (each sorted), for tests at scale.
    init(
        vocabularies: [FieldTerm.Field: [String]], namedSelections: [String] = [], helpTopics: [String]? = nil,
        settings: [Setting] = SessionOptions().all, homeDirectory: String? = nil,
        listDirectory: @escaping DirectoryLister = { _ in [] }
    ) {
        self.vocabularies = vocabularies
        self.namedSelections = namedSelections
        self.helpTopics = helpTopics ?? HelpCatalog.topics.map(\.name)
        self.settings = settings
        self.homeDirectory = homeDirectory
        self.listDirectory = listDirectory
    }

    /// The partial word at the end of `textBeforeCursor` and its completions.
    ///
    /// `word` is what the candidates replace: the characters after the last
    /// space, `(` or the like (`"tag:arr"`, `"$rec"`, `"data/ti"`), or `""` when
    /// the text ends at a token boundary. `candidates` are whole replacements for
    /// `word`, sorted and unique. When nothing fits (an unknown command, a date
    /// or number position, free text, a broken line) both are empty.
    ///
    /// Keywords and command names match case-insensitively; data values (tags,
    /// ids, …) match by exact-case prefix, or ignoring case when nothing matches exactly.
    ///
    /// - Complexity: O(*n* + log *v* + *k*) for a line of length *n*, a vocabulary
    ///   of *v* values and *k* matches; the case-insensitive fallback is O(*v*).
    public func complete(_ textBeforeCursor: String) -> (word: String, candidates: [String]) {
        let result = candidates(for: textBeforeCursor)
        return result.candidates.isEmpty
            ? Self.nothing : (word: result.word, candidates: Self.sortedUnique(result.candidates))
    }

    /// The word and its candidates, in any order.
    private func candidates(for text: String) -> (word: String, candidates: [String]) {
        var lexer = Lexer(text)
        let first: Token?
        do { first = try lexer.next() } catch { return Self.nothing }
        guard let first else { return (word: "", candidates: Self.keywords(CommandSpec.spellings, matching: "")) }
        guard first.kind == .word else { return Self.nothing }

        let endsInSpace = text.unicodeScalars.last?.isSpace ?? true
        if first.span.end == lexer.endOffset && !endsInSpace {
            return (word: first.text, candidates: Self.keywords(CommandSpec.spellings, matching: first.text))
        }
        if Self.pathCommands.contains(first.text.lowercased()) { return completePath(in: text) }
        guard let spec = CommandSpec.named(first.text), spec.name != .find else { return Self.nothing }
        guard let tail = Tail(of: text) else { return Self.nothing }
        let arguments = Array(tail.context.dropFirst())
        let candidates: [String]
        switch spec.name {
        case .list, .count, .sources, .check, .explain, .timeline:
            candidates = completeFilter(tail, arguments: arguments, command: spec.name)
        case .let: candidates = completeLet(tail, arguments: arguments)
        case .chart: candidates = completeChart(tail, arguments: arguments)
        case .compare: candidates = completeCompare(tail, arguments: arguments)
        case .export: candidates = completeExport(tail, arguments: arguments)
        case .edit, .delete, .note:
            candidates = completeEditing(tail, arguments: arguments, command: spec.name)
        case .show: candidates = completeShow(tail, arguments: arguments)
        case .help: candidates = completeHelp(tail, arguments: arguments)
        case .set: candidates = completeSet(tail, arguments: arguments)
        // `find` is handled above (its rest of the line is raw text); `quit` takes nothing.
        // `default` rather than listing the rest: commands added to the table
        // complete nothing until taught here, instead of breaking the build.
        default: candidates = []
        }
        return (word: tail.word, candidates: candidates)
    }

    static let nothing: (word: String, candidates: [String]) = (word: "", candidates: [])

    // MARK: - Commands with one or two arguments

    /// `show ID`: event ids.
    private func completeShow(_ tail: Tail, arguments: [Token]) -> [String] {
        guard arguments.isEmpty, tail.isValue else { return [] }
        return Self.values(vocabulary(.id), matching: tail.word).map { Self.valueText($0) }
    }

    /// `help [TOPIC]`: command names and help topics.
    private func completeHelp(_ tail: Tail, arguments: [Token]) -> [String] {
        guard arguments.isEmpty, case .word = tail.kind else { return [] }
        return Self.keywords(CommandSpec.all.map(\.name.rawValue) + helpTopics, matching: tail.word)
    }

    /// `set [OPTION [VALUE]]`: option names, then that option's allowed values.
    private func completeSet(_ tail: Tail, arguments: [Token]) -> [String] {
        switch arguments.count {
        case 0:
            guard case .word = tail.kind else { return [] }
            return Self.keywords(settings.map(\.name), matching: tail.word)
        case 1 where arguments[0].kind == .word:
            let option = arguments[0].text.lowercased()
            guard tail.isValue, let setting = settings.first(where: { $0.name == option }) else { return [] }
            return Self.values(setting.allowed.sorted(), matching: tail.word).map { Self.valueText($0) }
        default:
            return []
        }
    }

    func vocabulary(_ field: FieldTerm.Field) -> [String] { vocabularies[field] ?? [] }

    static func sortedUnique(_ candidates: [String]) -> [String] { Array(Set(candidates)).sorted() }
}
