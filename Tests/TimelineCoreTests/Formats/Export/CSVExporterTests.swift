import BuiltinData
import Testing

@testable import TimelineCore

struct CSVExporterTests {
    /// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold
    /// anything with `""` for a quote, unquoted fields hold no `,` `"` CR or LF.
    static func parse(_ bytes: [UInt8]) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        while index < bytes.count {
            if byte(0) == 0x22 {
                index += 1
                while true {
                    guard let b = byte(0) else { return nil }
                    if b == 0x22 {
                        if byte(1) == 0x22 {
                            field.append(0x22)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(b)
                    index += 1
                }
            } else {
                while let b = byte(0), b != 0x2C, b != 0x0D {
                    if b == 0x22 || b == 0x0A { return nil }
                    field.append(b)
                    index += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            field = []
            switch (byte(0), byte(1)) {
            case (0x2C?, _): index += 1
            case (0x0D?, 0x0A?):
                index += 2
                records.append(record)
                record = []
            default: return nil
            }
        }
        return record.isEmpty ? records : nil
    }

    static let quoting: [(String, String)] = [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("crlf\r\nbreak", "\"crlf\r\nbreak\""),
        ("cr\ronly", "\"cr\ronly\""),
        ("semi; colon", "semi; colon"),
        ("\"", "\"\"\"\""),
        ("Zürich 中文", "Zürich 中文"),
    ]

    @Test(arguments: quoting)
    func fieldsAreQuotedOnlyWhenNeeded(_ field: String, _ expected: String) {
        var output: [UInt8] = []
        CSVExporter.appendField(field, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test
    func builtInHasAHeaderAndOneRecordPerEvent() throws {
        let timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        let bytes = CSVExporter.export(timeline)
        let records = try #require(Self.parse(bytes))
        #expect(records.first == CSVExporter.columns)
        #expect(records.count == 1 + timeline.events.count)
        #expect(records.allSatisfy { $0.count == CSVExporter.columns.count })
        let header = String(decoding: bytes.prefix { $0 != 0x0D }, as: UTF8.self)
        #expect(
            header
                == "id,date,earliest,latest,date_display,date_note,kind,title,summary,actors,tags,sources,related,measures,notes"
        )
    }

    static func column(_ name: String, of record: [String]) -> String? {
        CSVExporter.columns.firstIndex(of: name).map { record[$0] }
    }

    @Test
    func vagueDatesKeepTheirEDTFAndBounds() throws {
        let timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        let records = try #require(Self.parse(CSVExporter.export(timeline)))
        let byID = Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0[0], $0) })
        let swings = try #require(byID["enforcement-swings-since-1990s"])
        #expect(Self.column("date", of: swings) == "199X/..")
        #expect(Self.column("earliest", of: swings) == "1990-01-01")
        #expect(Self.column("latest", of: swings) == "")
        #expect(Self.column("date_display", of: swings) == "1990s →")
        let sunday = try #require(byID["ice-sunday-tally-announcement"])
        #expect(Self.column("date", of: sunday) == "[2025-01-26,2025-02-02]")
        #expect(Self.column("earliest", of: sunday) == "2025-01-26")
        #expect(Self.column("latest", of: sunday) == "2025-02-02")
        let video = try #require(byID["newsclips-video"])
        #expect(Self.column("earliest", of: video) == "")
        #expect(Self.column("latest", of: video) == "2025-02-05")
    }

    @Test
    func listsAndMeasuresAreJoinedAsDocumented() throws {
        let event = Event(
            id: "e1", date: try FuzzyDate.parse("2025-01-25"), kind: "tally", title: "T", summary: "S",
            actors: ["ice", "nbc-news"], tags: ["arrests"],
            measures: [
                Measure(
                    metric: "arrests", value: .exact(1179), unit: "arrests", source: "nbc-news",
                    wording: "a total of 1,179 people"),
                Measure(
                    metric: "daily-arrest-target", value: .range(1200, 1500), approximate: true, unit: "arrests/day",
                    period: try FuzzyDate.parse("2025-01"), source: "wapo", wording: "1,200 to 1,500 \"a day\""),
            ],
            sources: ["nbc-news", "wapo"], related: ["e2"], notes: ["first", "second; with a semicolon"])
        let record = CSVExporter.row(event)
        #expect(Self.column("actors", of: record) == "ice; nbc-news")
        #expect(Self.column("sources", of: record) == "nbc-news; wapo")
        #expect(Self.column("related", of: record) == "e2")
        #expect(
            Self.column("measures", of: record)
                == "arrests=1,179 arrests [nbc-news: \"a total of 1,179 people\"] | "
                + "daily-arrest-target=~1,200–1,500 arrests/day (period 2025-01) [wapo: \"1,200 to 1,500 \"a day\"\"]")
        #expect(Self.column("notes", of: record) == "first\nsecond; with a semicolon")
        let records = try #require(Self.parse(CSVExporter.export(Timeline(title: "t", events: [event]))))
        #expect(records.last == record)
    }

    /// Whatever the text holds, every field reads back as written and every record has every column.
    @Test(arguments: 0..<100)
    func generatedTimelineReadsBack(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let records = try #require(Self.parse(CSVExporter.export(timeline)), "seed \(seed)")
        #expect(Array(records.dropFirst()) == timeline.events.map(CSVExporter.row), "seed \(seed)")
        for (record, event) in zip(records.dropFirst(), timeline.events) {
            #expect(Self.column("title", of: record) == event.title)
            #expect(Self.column("summary", of: record) == event.summary)
            #expect(Self.column("date", of: record) == event.date.edtf)
        }
    }
}
