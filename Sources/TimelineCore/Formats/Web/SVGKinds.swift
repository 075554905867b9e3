/// A letter and a colour per event kind, stable for a slice: kinds in
/// alphabetical order take the first letter of their name not yet taken
/// (`context` C, `coverage` O), as the terminal picture does, and colours from
/// a colour-blind-safe palette in the same order. The letter is printed, so
/// nothing depends on telling colours apart.
struct SVGKinds {
    /// Okabe–Ito, then darker greys and browns when there are more kinds.
    static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C564B", "#7F7F7F",
        "#B8860B", "#4B0082", "#2F4F4F",
    ]

    /// The kinds, alphabetically.
    let kinds: [String]
    private var letters: [String: Character] = [:]
    private var colours: [String: String] = [:]

    init(_ kinds: [String]) {
        self.kinds = Array(Set(kinds)).sorted()
        var taken = Set<Character>()
        for (index, kind) in self.kinds.enumerated() {
            let candidates =
                kind.uppercased().filter { $0.isASCII && $0.isLetter } + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            let letter = candidates.first { !taken.contains($0) } ?? "?"
            taken.insert(letter)
            letters[kind] = letter
            colours[kind] = Self.palette[index % Self.palette.count]
        }
    }

    func letter(_ kind: String) -> Character { letters[kind] ?? "?" }

    func colour(_ kind: String) -> String { colours[kind] ?? "#000000" }
}
