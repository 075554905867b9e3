@preconcurrency internal import CEditLine
internal import CInterrupt

// The bridge between libedit's C callbacks and `EditLineReader`.
//
// C callbacks cannot capture context, so each reader stores an unretained pointer to itself as
// libedit's client data (EL_CLIENTDATA) and the free functions below find it again. The reader
// owns the EditLine handle and ends it in `deinit`, so the pointer never outlives the object.
//
// SIGINT: the handler and its flag are the process's, in the CInterrupt target (plain C, an
// atomic store, async-signal-safe), shared with the commands' Ctrl-C checks (TimelineCore's
// `Interruption`). The reader installs the handler and takes the flag at its prompt.

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The reader that owns `editLine`, or nil before its client data is set.
func editLineReader(_ editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = timeline_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// EL_PROMPT_ESC callback: the reader's current prompt, kept alive by the reader.
func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    editLineReader(editLine)?.promptCString
}

/// EL_ADDFN callback bound to Tab.
func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    editLineReader(editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
}

/// The SIGINT handler and its flag.
enum InterruptSignal {
    /// Installs the handler, saving the previous action in `previous`. With
    /// `restartingSystemCalls` false, a SIGINT makes a blocked `read` fail with `EINTR`.
    static func install(restartingSystemCalls: Bool, saving previous: inout sigaction) {
        timeline_interrupt_install(restartingSystemCalls ? 1 : 0, &previous)
    }

    /// Puts back an action saved by ``install(restartingSystemCalls:saving:)``.
    static func restore(_ previous: inout sigaction) {
        timeline_interrupt_restore(&previous)
    }

    /// Whether SIGINT arrived since the last call, clearing the flag.
    static func take() -> Bool {
        timeline_interrupt_take() != 0
    }
}

extension EditLineReader {
    /// Whether Ctrl-C (SIGINT) arrived since the last call, clearing the flag.
    ///
    /// While an `EditLineReader` exists, SIGINT no longer ends the process: it sets this flag.
    /// During ``read(prompt:)`` the reader consumes it and returns ``LineEvent/interrupt``;
    /// during a long command the REPL polls this to stop early and say so:
    ///
    /// ```swift
    /// for event in matches {
    ///     if EditLineReader.takeInterrupt() { print("interrupted"); break }
    ///     render(event)
    /// }
    /// ```
    public static func takeInterrupt() -> Bool {
        InterruptSignal.take()
    }
}
