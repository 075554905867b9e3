/// A letter per kind, stable for a timeline: kinds in alphabetical order take
/// the first letter of their name not yet taken (`context` C, `coverage` O).
struct KindLetters {
    private var letters: [String: Character] = [:]

    init(_ kinds: [String]) {
        var taken = Set<Character>()
        for kind in kinds.sorted() {
            let candidates = kind.uppercased().filter(\.isLetter) + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            let letter = candidates.first { !taken.contains($0) } ?? "?"
            taken.insert(letter)
            letters[kind] = letter
        }
    }

    subscript(kind: String) -> Character { letters[kind] ?? "?" }
}
