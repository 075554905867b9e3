import Foundation
import TimelineCore

/// What every fuzz target shares: the checks that turn a wrong answer into a
/// crash libFuzzer records, the cheap follow-up every decoded timeline goes
/// through, and the replay entry point of the plain (non-fuzzing) build.
public enum FuzzCheck {
    /// Stops the process when a property does not hold, so libFuzzer keeps the input.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() { fatalError("fuzz property failed: \(message())", file: file, line: line) }
    }

    /// Renders `diagnostic` against the input as the tool does (a bad span must not crash the renderer).
    public static func render(_ diagnostic: Diagnostic, in bytes: [UInt8], name: String = "fuzz-input") {
        let text = DiagnosticRenderer.render(
            diagnostic, in: SourceText(name: name, text: String(decoding: bytes, as: UTF8.self)))
        require(text.contains("error:"), "a rendered diagnostic without 'error:': \(text)")
    }

    /// What a decoded timeline goes through next: the store (`load`), and
    /// `save` followed by loading the saved file again, which must give the
    /// same file — a timeline the tool accepts must survive its own round trip.
    public static func roundTrip(_ timeline: Timeline, from what: String) {
        _ = try? TimelineStore(timeline, origin: what)
        let saved = JSONExporter.export(timeline)
        let reloaded: Timeline
        do {
            reloaded = try TimelineDecoder.decode(saved)
        } catch {
            let rendered = DiagnosticRenderer.render(
                error, in: SourceText(name: "saved", text: String(decoding: saved, as: UTF8.self)))
            fatalError("a timeline read from \(what) does not load back once saved:\n\(rendered)")
        }
        require(JSONExporter.export(reloaded) == saved, "a timeline read from \(what) changes when saved and loaded")
    }

    /// The plain build's entry point: runs `body` on each file named in
    /// `arguments` (a folder: on each file in it), so crashes found by the fuzzer
    /// can be replayed under the debugger and the package links without libFuzzer.
    public static func replay(_ arguments: ArraySlice<String>, _ body: ([UInt8]) -> Void) {
        var count = 0
        for path in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print("no such file: \(path)")
                exit(66)
            }
            let files =
                isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                body([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a failure")
    }
}
