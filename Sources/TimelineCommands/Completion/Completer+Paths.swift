/// File paths, for the commands that read or write files.
extension Completer {
    /// Commands whose arguments are file paths. They are not in ``CommandSpec``
    /// yet; when they arrive there, this list should be derived from it.
    static let pathCommands: Set<String> = ["load", "save", "run"]

    /// Words after which a path comes, within a path command (`load FILE`, `save … to FILE`).
    /// Within a filter, `to` takes a date and completes nothing.
    static let pathWords: Set<String> = pathCommands.union(["to"])

    /// The entries of the directory typed so far whose names start with the rest
    /// of the word; the directory part is kept as typed (`~/` included), and
    /// directories end with `/`. Hidden entries only when the name typed starts with `.`.
    ///
    /// Paths are whitespace-separated words: a path containing spaces is not completed.
    func completePath(in text: String) -> (word: String, candidates: [String]) {
        let endsInSpace = text.last?.isWhitespace ?? true
        var words = text.split(whereSeparator: \.isWhitespace)
        let word = endsInSpace ? "" : String(words.removeLast())
        guard let before = words.last, Self.pathWords.contains(before.lowercased()) else { return Self.nothing }
        if word == "~" { return (word: word, candidates: ["~/"]) }

        let directory: String
        let name: String
        if let slash = word.lastIndex(of: "/") {
            directory = String(word[...slash])
            name = String(word[word.index(after: slash)...])
        } else {
            directory = ""
            name = word
        }
        var listed = directory
        if directory.hasPrefix("~/"), let home = homeDirectory {
            listed = (home.hasSuffix("/") ? String(home.dropLast()) : home) + directory.dropFirst()
        }
        let entries = listDirectory(listed).filter { name.hasPrefix(".") || !$0.hasPrefix(".") }.sorted()
        var matches = entries.filter { $0.hasPrefix(name) }
        if matches.isEmpty && !name.isEmpty {
            matches = Self.keywords(entries, matching: name)
        }
        return (word: word, candidates: Self.sortedUnique(matches.map { directory + $0 }))
    }
}
