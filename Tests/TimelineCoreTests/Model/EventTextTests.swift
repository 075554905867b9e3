import Testing

@testable import TimelineCore

/// Titles and summaries held as bytes in shared blocks read back as the strings they
/// were, compare as strings compare, and never spill into each other.
struct EventTextTests {
    @Test(arguments: [
        ("Sunday tally", "ICE announced 956 arrests."), ("Résumé — “quoted”", ""), ("", "only a summary"),
        ("emoji 🇺🇸 and e\u{301}", "line\nbreak and \"quotes\""),
    ])
    func textsMadeFromStringsGiveThemBack(_ title: String, _ summary: String) {
        let text = EventText(title: title, summary: summary)
        #expect(text.title == title)
        #expect(text.summary == summary)
        #expect(text.isSummaryEmpty == summary.isEmpty)
        #expect(text.withTitleBytes { Array($0) } == Array(title.utf8))
        #expect(text.withSummaryBytes { Array($0) } == Array(summary.utf8))
    }

    @Test func equalityIsTheStringsEqualityWhereverTheBytesAre() {
        let alone = EventText(title: "Quota briefing", summary: "Leaders told of targets.")
        var writer = TextBlockWriter()
        _ = append("padding before", "so the texts start elsewhere", to: &writer)
        let shared = append("Quota briefing", "Leaders told of targets.", to: &writer)
        #expect(alone == shared)
        #expect(alone.hashValue == shared.hashValue)
        // Where the title ends matters, not just the bytes side by side.
        #expect(EventText(title: "ab", summary: "c") != EventText(title: "a", summary: "bc"))
        #expect(EventText(title: "a", summary: "b") != EventText(title: "a", summary: "c"))
        // Canonically equivalent texts are equal, as `String`s are, and hash alike.
        let composed = EventText(title: "caf\u{E9}", summary: "")
        let decomposed = EventText(title: "cafe\u{301}", summary: "")
        #expect(composed == decomposed)
        #expect(composed.hashValue == decomposed.hashValue)
    }

    /// Many texts, some longer than a block, each whole in one block and read back exactly.
    @Test func aWriterKeepsEveryTextWholeAcrossBlocks() {
        var writer = TextBlockWriter()
        var texts: [(EventText, String, String)] = []
        for i in 0..<6_000 {
            let title = "title \(i) " + String(repeating: "t", count: i % 97)
            let summary = i % 1_000 == 7 ? String(repeating: "long ", count: 300_000) : "summary \(i) é"
            texts.append((append(title, summary, to: &writer), title, summary))
        }
        #expect(texts.allSatisfy { $0.0.title == $0.1 && $0.0.summary == $0.2 })
        let blocks = Set(texts.map { ObjectIdentifier($0.0.block) })
        // Six texts of 1.5 MB take a block each; the rest share a few blocks of at most a megabyte.
        #expect(blocks.count > 6 && blocks.count < 30)
    }

    @Test func settingATitleOrSummaryKeepsTheOther() throws {
        let date = try FuzzyDate.parse("2025-01-25")
        var event = Event(id: "e", date: date, kind: "report", title: "Old title", summary: "Old summary")
        event.summary = "New summary"
        event.title = "New title"
        #expect(event.title == "New title")
        #expect(event.summary == "New summary")
        #expect(event == Event(id: "e", date: date, kind: "report", title: "New title", summary: "New summary"))
        #expect(event != Event(id: "e", date: date, kind: "report", title: "New title", summary: "Old summary"))
    }

    private func append(_ title: String, _ summary: String, to writer: inout TextBlockWriter) -> EventText {
        var (title, summary) = (title, summary)
        return title.withUTF8 { title in summary.withUTF8 { writer.append(title: title, summary: $0) } }
    }
}
