import BuiltinData
import Testing

@testable import TimelineCore

struct MarkdownExporterTests {
    static let escapes: [(String, String)] = [
        ("plain text", "plain text"),
        ("a | b", "a \\| b"),
        ("line\nbreak", "line<br>break"),
        ("crlf\r\nbreak", "crlf<br>break"),
        ("cr\ronly", "cr<br>only"),
        ("back\\slash|", "back\\\\slash\\|"),
        ("*bold* _it_ `code` ~52", "\\*bold\\* \\_it\\_ \\`code\\` \\~52"),
        ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
        ("[link](x)", "\\[link\\](x)"),
    ]

    @Test(arguments: escapes)
    func cellTextIsEscaped(_ text: String, _ expected: String) {
        #expect(MarkdownExporter.escape(text) == expected)
    }

    /// The pipes that split a row into cells: those not escaped by an odd run of backslashes.
    static func cellSeparators(_ line: String) -> Int {
        var count = 0
        var backslashes = 0
        for character in line.unicodeScalars {
            if character == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    @Test
    func builtInIsATableWithSources() throws {
        var timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        timeline.provenance = Provenance(
            tool: "timeline 0.1.0", exportedAt: "2026-11-29T13:40:00Z", filter: "kind:tally",
            normalizedFilter: "kind:tally", origins: ["built-in"])
        let text = String(decoding: MarkdownExporter.export(timeline), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# ICE arrest quotas and the early-2025 enforcement push")
        #expect(
            lines.contains(
                "_Exported by timeline 0.1.0 at 2026-11-29T13:40:00Z from built-in; filter: kind:tally_"))
        #expect(lines.contains("| Date | Event | Kind | Figures | Sources |"))
        let rows = lines.filter { $0.hasPrefix("| ") }.dropFirst(2)
        #expect(rows.count == timeline.events.count)
        #expect(rows.allSatisfy { Self.cellSeparators($0) == 6 })
        let call = try #require(rows.first { $0.contains("`ice-leadership-call-2025-01-25`") })
        #expect(call.hasPrefix("| 2025-01-25 | "))
        #expect(call.contains("| briefing |"))
        #expect(call.contains("75 arrests/day, \"a minimum of 75 arrests per day\", The Washington Post"))
        let note = try #require(timeline.sources.first { $0.id == "four-anonymous-sources" }?.note)
        #expect(
            lines.contains(
                "- **Four people familiar with the briefing** (anonymous) — via The Washington Post → "
                    + "\"Trump orders ICE to ramp up deportations\" (the seed article); "
                    + MarkdownExporter.escape(note)
            ))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    /// Whatever the text holds, each event is one table row of five cells.
    @Test(arguments: 0..<100)
    func generatedTextNeverBreaksTheTable(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let text = String(decoding: MarkdownExporter.export(timeline), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.filter { $0.hasPrefix("| ") }.dropFirst(2)
        #expect(rows.count == timeline.events.count, "seed \(seed)")
        for row in rows { #expect(Self.cellSeparators(String(row)) == 6, "seed \(seed): \(row)") }
        #expect(!text.contains("\r"))
    }

    @Test
    func anEmptySliceSaysSo() {
        let text = String(decoding: MarkdownExporter.export(Timeline(title: "A | B")), as: UTF8.self)
        #expect(text == "# A \\| B\n\n_No events._\n")
    }
}
