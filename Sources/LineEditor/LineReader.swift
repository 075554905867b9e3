/// What reading one line produced.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C while typing: the line was abandoned; the caller shows a fresh prompt.
    case interrupt
    /// End of input (Ctrl-D on an empty line, or the end of a piped file).
    case end
}

/// The seam between the REPL loop and whatever reads lines: libedit when
/// interactive, plain standard input otherwise.
///
/// Knows nothing of timelines: it hands back lines, keeps history, and asks a
/// ``CompletionSource`` for completions.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` when the reader is interactive.
    func read(prompt: String) -> LineEvent
    /// Records a whole entry (a command, possibly spanning continuation lines) in the history.
    func addHistory(_ entry: String)
    /// The history, oldest first.
    var history: [String] { get }
}

/// What the line editor asks when the user presses Tab.
public protocol CompletionSource: AnyObject {
    /// Completions for the text left of the cursor.
    func complete(_ textBeforeCursor: String) -> Completion
}

/// The candidates for the word being completed.
public struct Completion: Equatable, Sendable {
    /// The partial word at the end of the text before the cursor that the candidates replace
    /// (`"tag:arr"`); empty when completing at a space.
    public var word: String
    /// Full replacements for `word`, sorted, without duplicates (`["tag:arrests"]`).
    public var candidates: [String]

    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// No candidates.
    public static let none = Completion(word: "", candidates: [])
}
