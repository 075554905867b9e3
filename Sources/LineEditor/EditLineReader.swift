@preconcurrency internal import CEditLine

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// Reads lines with libedit (BSD editline): line editing, history, reverse search and Tab
/// completion, for an interactive terminal. Use ``PlainLineReader`` for scripts and pipes.
///
/// Keys (emacs mode, the default): the usual editing keys; Up/Down (or Ctrl-P/Ctrl-N) walk the
/// history; Ctrl-R searches it backwards; Tab asks the ``CompletionSource`` (see ``TabAction``:
/// one candidate is inserted with a trailing space unless it ends in `:` or `/`; several insert
/// their longest common prefix, or, when there is none longer than the word, are listed in
/// columns below the line); Ctrl-C abandons the line (``LineEvent/interrupt``, the line is
/// ended with `^C` and a newline); Ctrl-D on an empty line ends input (``LineEvent/end``, after
/// a newline).
///
/// `~/.editrc` (or the file named by `$EDITRC`) is read last, so its settings win; lines
/// starting `timeline:` apply only to this program (the `programName`). `bind -v` selects vi
/// mode; Tab is then bound again to completion (function name `timeline-complete`).
///
/// History: entries from ``HistoryFile/load()`` are loaded at start, and ``addHistory(_:)``
/// appends to the file at once, so a crash loses nothing and parallel sessions all keep their
/// entries. The file is `$TIMELINE_HISTORY`, else `$XDG_STATE_HOME/timeline/history`, else
/// `~/.local/state/timeline/history`: one entry per line after a `# timeline history v1`
/// header, with `\\`, `\n` and `\r` escaped, so a multi-line command stays one entry (recalled
/// with Up, it is shown on several rows and comes back as one ``LineEvent/line(_:)`` holding
/// newlines).
///
/// Side effects: `init` calls `setlocale(LC_CTYPE, "")` (without it libedit drops non-ASCII
/// input) and takes over SIGINT until `deinit` (see ``takeInterrupt()``). Create one reader at
/// a time. Not thread-safe: use it from one thread.
///
/// ```swift
/// let reader = EditLineReader(history: HistoryFile.defaultURL().map { HistoryFile(url: $0) },
///                             completion: completer)
/// while case .line(let text) = reader?.read(prompt: "timeline> ") { … }
/// ```
public final class EditLineReader: LineReader {
    let editLine: OpaquePointer
    let historyHandle: OpaquePointer
    let output: UnsafeMutablePointer<FILE>
    let errorOutput: UnsafeMutablePointer<FILE>
    let completion: CompletionSource?
    let historyFile: HistoryFile?
    let programName: String
    /// True when input is a terminal, so libedit edits and the reader echoes `^C` and newlines.
    let isInteractive: Bool
    /// The prompt libedit shows; libedit keeps the pointer, so it lives until replaced.
    private(set) var promptCString: UnsafeMutablePointer<CChar>
    private var savedInterruptAction = sigaction()
    private var reportedHistoryError = false

    /// Opens libedit on standard input, output and error.
    ///
    /// - Parameters:
    ///   - programName: the name `~/.editrc` lines are prefixed with (`timeline:bind -v`).
    ///   - history: where history persists; nil keeps it in memory only.
    ///   - completion: asked on Tab; nil leaves Tab unbound.
    /// - Returns: nil when libedit cannot be initialised (out of memory).
    public convenience init?(
        programName: String = "timeline", history: HistoryFile?, completion: CompletionSource?
    ) {
        self.init(
            programName: programName, input: stdin, output: stdout, error: stderr,
            history: history, completion: completion)
    }

    /// Opens libedit on the given streams; tests pass pipes.
    init?(
        programName: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
        error: UnsafeMutablePointer<FILE>, history: HistoryFile?, completion: CompletionSource?
    ) {
        setlocale(LC_CTYPE, "")
        guard let prompt = strdup("") else { return nil }
        guard let editLine = el_init(programName, input, output, error) else {
            free(prompt)
            return nil
        }
        guard let historyHandle = history_init() else {
            el_end(editLine)
            free(prompt)
            return nil
        }
        self.editLine = editLine
        self.historyHandle = historyHandle
        self.output = output
        self.errorOutput = error
        self.completion = completion
        self.historyFile = history
        self.programName = programName
        self.isInteractive = isatty(fileno(input)) == 1
        self.promptCString = prompt
        configure()
    }

    private func configure() {
        timeline_history_set_size(historyHandle, Int32(clamping: max(1, historyFile?.limit ?? 1000)))
        timeline_history_set_unique(historyHandle, 1)
        for entry in historyFile?.load() ?? [] { timeline_history_enter(historyHandle, entry) }

        timeline_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        timeline_el_set_history(editLine, historyHandle)
        // EL_EDITOR resets the key bindings: bind after it, and source ~/.editrc last.
        timeline_el_set_editor(editLine, "emacs")
        timeline_el_set_signal(editLine, 1)
        timeline_el_set_prompt(editLine, editLinePrompt, 1)
        if completion != nil {
            timeline_el_add_function(
                editLine, completeFunction, "Complete the word left of the cursor", editLineComplete)
            timeline_el_bind(editLine, "^I", completeFunction)
        }
        el_source(editLine, nil)
        if completion != nil, let mode = timeline_el_get_editor(editLine), String(cString: mode) == "vi" {
            // `bind -v` in ~/.editrc reset the keymaps, and with them Tab.
            timeline_el_bind(editLine, "^I", completeFunction)
        }
        InterruptSignal.install(restartingSystemCalls: true, saving: &savedInterruptAction)
    }

    deinit {
        el_end(editLine)
        history_end(historyHandle)
        free(promptCString)
        InterruptSignal.restore(&savedInterruptAction)
    }

    /// The editor function Tab is bound to.
    var completeFunction: String { "\(programName)-complete" }

    /// Reads one line, showing `prompt`; characters between two `"\u{1}"` in the prompt are not
    /// counted as visible (for colour escapes).
    ///
    /// - Returns: ``LineEvent/line(_:)`` without the newline; ``LineEvent/interrupt`` on Ctrl-C,
    ///   after printing the rest of the line, `^C` and a newline; ``LineEvent/end`` on Ctrl-D at
    ///   an empty line or end of input, after printing a newline when interactive.
    public func read(prompt: String) -> LineEvent {
        if let copy = strdup(prompt) {
            free(promptCString)
            promptCString = copy
        }
        // A Ctrl-C before the prompt belongs to the previous command.
        _ = InterruptSignal.take()
        // Without SA_RESTART, SIGINT makes el_gets return -1 with EINTR; with it restored
        // afterwards, a Ctrl-C during a command only sets the flag and never fails its I/O.
        var ignored = sigaction()
        InterruptSignal.install(restartingSystemCalls: false, saving: &ignored)
        defer { InterruptSignal.install(restartingSystemCalls: true, saving: &ignored) }
        while true {
            var count: Int32 = 0
            errno = 0
            if let line = el_gets(editLine, &count) {
                let text = String(cString: line)
                return .line(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            }
            if count == -1, errno == EINTR {
                guard InterruptSignal.take() else { continue }  // another signal: read on
                if isInteractive { write(restOfLine() + "^C\n") }
                return .interrupt
            }
            if isInteractive { write("\n") }
            return .end
        }
    }

    /// Records `entry` in libedit's history (so Up recalls it, as one entry even when it holds
    /// newlines) and appends it to the history file. Blank entries and an entry equal to the
    /// previous one are not recorded. The first failure to save is reported on standard error;
    /// later ones are silent.
    public func addHistory(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        timeline_history_enter(historyHandle, entry)
        guard let historyFile else { return }
        do {
            try historyFile.append(entry)
        } catch {
            guard !reportedHistoryError else { return }
            reportedHistoryError = true
            fputs("\(programName): history not saved: \(error)\n", errorOutput)
        }
    }

    /// The history, oldest first, as Up would walk it backwards.
    public var history: [String] {
        var entries: [String] = []
        var entry = timeline_history_step(historyHandle, H_LAST)
        while let text = entry {
            entries.append(String(cString: text))
            entry = timeline_history_step(historyHandle, H_PREV)
        }
        return entries
    }

    /// Writes `text` to libedit's output stream and flushes it.
    func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    /// The text right of the cursor as libedit shows it (newlines and tabs as themselves, other
    /// control characters as `^X`), so that printing it moves the terminal's cursor to the end of
    /// the line without changing what is shown.
    func restOfLine() -> String {
        guard let info = el_line(editLine)?.pointee, let cursor = info.cursor, let end = info.lastchar,
            end > cursor
        else { return "" }
        let bytes = UnsafeRawBufferPointer(start: cursor, count: end - cursor)
        var shown = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: shown.unicodeScalars.append(scalar)
            case 0..<0x20: shown += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: shown += "^?"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
