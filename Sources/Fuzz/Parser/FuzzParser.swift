import BuiltinData
import FuzzSupport
import TimelineCommands
import TimelineCore

/// libFuzzer target: one input is one REPL line (continuation lines joined
/// with `\n`), run as the REPL runs it — the continuation check, Tab
/// completion at its end, then the lexer, the parser, the command in safe mode
/// on the built-in timeline with a fixed today, and the table or diagnostic
/// renderer; after an edit, the timeline must survive `save` and loading back.
enum FuzzParser {
    /// A fresh runner per input: copying it is cheap, and nothing one line sets leaks into the next.
    nonisolated(unsafe) static let runner: Runner = {
        guard let timeline = try? TimelineDecoder.decode(BuiltinData.bytes),
            let store = try? TimelineStore(timeline, origin: BuiltinData.name)
        else { fatalError("the built-in timeline does not load") }
        var session = Session(store: store)
        session.today = Day(year: 2025, month: 2, day: 5)
        session.variables = ["since": "2025-01-20", "tag": "arrests"]
        session.timestamp = { "2025-02-05T12:00:00Z" }
        session.enterSafeMode(allowing: [])
        var runner = Runner(session: session, output: { _ in }, errors: { _ in })
        runner.width = 80
        return runner
    }()
    static let completer = Completer(store: runner.session.store, namedSelections: ["recent"])

    static func run(_ bytes: [UInt8]) {
        let line = String(decoding: bytes, as: UTF8.self)
        _ = CommandParser.isIncomplete(line)
        _ = completer.complete(line)
        var runner = Self.runner
        _ = runner.runLine(line, name: "<command 1>")
        // What `add`, `edit`, `delete` and `note` leave must be a timeline `save` writes and `load` reads back.
        if runner.session.document.unsavedChanges > 0 {
            FuzzCheck.roundTrip(runner.session.store.timeline, from: "an edit")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzParser.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
    @main
    enum Replay {
        static func main() { FuzzCheck.replay(CommandLine.arguments.dropFirst(), FuzzParser.run) }
    }
#endif
