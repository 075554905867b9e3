// timeline-bench: the live-session workloads of docs/performance.md (W2, W3),
// timed inside one process after a load, the way a user meets them at the
// prompt: each command goes through the real Runner (parse, execute, render
// to a discarded string), each completion through the real Completer.
//
//     timeline-bench FILE [ROUNDS]     (TIMELINE_BENCH_ONLY=TEXT: only commands containing TEXT)
//
// Prints one JSON object per line: {"workload", "command", "first_ms",
// "median_ms", "min_ms", "rounds", "result"}. Run by bench/bench.py; not a test.

import Foundation
import TimelineCommands
import TimelineCore

@MainActor
func benchmark() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: timeline-bench FILE [ROUNDS]\n".utf8))
        exit(64)
    }
    let path = arguments[1]
    let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20

    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) * 1e-15
    }

    let store: TimelineStore
    do {
        let bytes = try TimelineFiles.read(path)
        store = try TimelineStore(TimelineFiles.decode(bytes, path: path), origin: path)
    } catch {
        FileHandle.standardError.write(Data("timeline-bench: cannot load \(path): \(error)\n".utf8))
        exit(65)
    }

    /// The last output of a command.
    final class Sink {
        var text = ""
        var bytes: [UInt8] = []
    }
    let sink = Sink()
    var runner = Runner(
        session: Session(store: store), output: { sink.text = $0 },
        errors: { FileHandle.standardError.write(Data($0.utf8)) })
    runner.width = 100
    // An export's bytes as `timeline -c` and scripts hand them to standard output: as they are.
    runner.outputBytes = { sink.bytes = $0 }

    /// TIMELINE_BENCH_ONLY=text runs only the workloads whose command contains `text` (for profiling one).
    let only = ProcessInfo.processInfo.environment["TIMELINE_BENCH_ONLY"]

    /// Times `body` once (the first run, which may build a cache) and then `rounds` more times.
    func measure(_ workload: String, _ label: String, rounds: Int = rounds, _ body: () -> String) {
        if let only, !label.contains(only) { return }
        var times: [Double] = []
        var result = ""
        for _ in 0...rounds {
            let start = ContinuousClock.now
            result = body()
            times.append(milliseconds(ContinuousClock.now - start))
        }
        let first = times.removeFirst()
        times.sort()
        let record: [String: Any] = [
            "workload": workload, "command": label, "first_ms": first, "median_ms": times[times.count / 2],
            "min_ms": times[0], "rounds": rounds, "result": result,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else { return }
        print(String(decoding: data, as: UTF8.self))
    }

    /// The first line of a command's output (for `count`, the count), to check the work was done.
    func command(_ workload: String, _ line: String, _ runner: inout Runner, rounds: Int = rounds) {
        measure(workload, line, rounds: rounds) {
            guard runner.runLine(line, name: "bench") == .success else {
                FileHandle.standardError.write(Data("timeline-bench: '\(line)' failed\n".utf8))
                exit(1)
            }
            return String(sink.text.prefix { $0 != "\n" })
        }
    }

    command("W2 range+tag", "count in 2025-01-01/2025-03-31 and tag:arrests", &runner)
    command("W2 count by month", "count by month", &runner)
    command("W2 find", "find court", &runner)
    // The search alone: `find` also lays out a table of every match (a third of the events here).
    command("W2 find", "count \"court\"", &runner)
    // `check` shows the first 100 findings and counts the rest (billions of pairs of figures
    // disagree on the synthetic files at 1M); `check --all` would make every one.
    command("W2 check", "check", &runner, rounds: store.count <= 100_000 ? rounds : 3)
    let completer = Completer(store: store)
    for text in ["list tag:arr", "list actor:actor-1"] {
        measure("W2 completion", text) { "\(completer.complete(text).candidates.count) candidates" }
    }
    // The slice of ~1,400 events (1,383 at 1M: the arrests dated, certainly, within
    // 2025-01-01..18), and a wider one (every event that may fall on 2025-01-01 or 02).
    for filter in ["certainly in 2025-01-01/2025-01-18 and tag:arrests", "in 2025-01-01/2025-01-02 and tag:arrests"] {
        measure("W3 export json", "export json \(filter)") {
            _ = runner.runLine("export json \(filter)", name: "bench")
            return "\(sink.bytes.count) bytes"
        }
        command("W3 slice size", "count \(filter)", &runner)
    }

}

MainActor.assumeIsolated { benchmark() }
