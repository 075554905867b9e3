import Foundation
import Testing

/// Transcript tests: each `tests/transcripts/NAME.tl` is run with the built
/// `timeline -f NAME.tl` (from that folder, so errors name `NAME.tl:LINE:COL`)
/// and its whole output — stdout, then stderr and exit status when present —
/// must equal `NAME.expected` exactly. A first line `# args: …` adds arguments.
/// `scripts/record-transcripts.sh` re-records expectations (review the diff).
struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tests/transcripts")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tl") }.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.scripts.count >= 8, "transcripts folder: \(Self.folder.path)")
    }

    @Test(arguments: scripts)
    func transcript(_ name: String) throws {
        let script = Self.folder.appendingPathComponent(name)
        let expectedURL = script.deletingPathExtension().appendingPathExtension("expected")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let actual = try TranscriptRun.run(script: name, in: Self.folder)
        if actual != expected {
            Issue.record("transcript \(name) differs:\n\(TranscriptRun.diff(expected: expected, actual: actual))")
        }
    }
}
