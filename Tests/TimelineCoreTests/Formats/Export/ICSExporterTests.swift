import BuiltinData
import Testing

@testable import TimelineCore

struct ICSExporterTests {
    /// The physical lines; every one must end with CRLF, and no CR or LF may stand alone.
    static func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append(line)
                line = []
                index += 2
                continue
            }
            #expect(bytes[index] != 0x0D && bytes[index] != 0x0A, "a bare CR or LF at byte \(index)")
            line.append(bytes[index])
            index += 1
        }
        return lines
    }

    /// RFC 5545 §3.1 unfolding: a line break followed by one space is removed.
    static func unfold(_ bytes: [UInt8]) -> [String] {
        var logical: [[UInt8]] = []
        for line in physicalLines(bytes) {
            if line.first == 0x20, !logical.isEmpty {
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        return logical.map { String(decoding: $0, as: UTF8.self) }
    }

    /// A TEXT value read back: `\n` `\N` `\\` `\;` `\,`.
    static func unescape(_ value: Substring) -> String {
        var result = ""
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped {
                result.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The VEVENTs, each as its properties (name with parameters → raw value).
    static func events(_ lines: [String]) -> [[String: Substring]] {
        var events: [[String: Substring]] = []
        var current: [String: Substring]?
        for line in lines {
            if line == "BEGIN:VEVENT" {
                current = [:]
            } else if line == "END:VEVENT", let event = current {
                events.append(event)
                current = nil
            } else if current != nil, let colon = line.firstIndex(of: ":") {
                current?[String(line[..<colon])] = line[line.index(after: colon)...]
            }
        }
        return events
    }

    static func checkStructure(_ bytes: [UInt8], events expected: Int, _ comment: Comment = "") {
        for line in physicalLines(bytes) {
            #expect(line.count <= 75, "\(comment) line of \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "\(comment) a UTF-8 sequence split by folding")
        }
        let lines = unfold(bytes)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR", comment)
        #expect(lines.filter { $0 == "VERSION:2.0" }.count == 1, comment)
        #expect(lines.filter { $0 == "PRODID:-//timeline//EN" }.count == 1, comment)
        let events = events(lines)
        #expect(events.count == expected, comment)
        for event in events {
            for name in ["UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION"] {
                #expect(event[name] != nil, "\(comment) a VEVENT without \(name)")
            }
        }
    }

    @Test
    func aSmallCalendarIsWrittenExactly() throws {
        var timeline = Timeline(
            title: "Test, calendar", metrics: [Metric(id: "m", name: "Minimum", unit: "arrests/day")],
            sources: [Source(id: "paper", name: "The Paper", kind: "newspaper")],
            events: [
                Event(
                    id: "call", date: try FuzzyDate.parse("2025-01-25"), kind: "briefing", title: "Call; told",
                    summary: "Line one\nline two", tags: ["quotas"],
                    measures: [
                        Measure(
                            metric: "m", value: .exact(75), unit: "arrests/day", source: "paper", wording: "75 a day")
                    ], sources: ["paper"])
            ])
        timeline.provenance = Provenance(
            tool: "tl 1", exportedAt: "2026-11-29T13:40:00Z", filter: "", normalizedFilter: "")
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//timeline//EN",
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Test\\, calendar",
            "X-WR-CALDESC:Exported by tl 1 at 2026-11-29T13:40:00Z\\; all events",
            "BEGIN:VEVENT",
            "UID:call@timeline",
            "DTSTAMP:20261129T134000Z",
            "DTSTART;VALUE=DATE:20250125",
            "DTEND;VALUE=DATE:20250126",
            "SUMMARY:Call\\; told",
            "DESCRIPTION:Line one\\nline two\\n\\nFigures:\\n- Minimum: 75 arrests/day\\, \"75",
            "  a day\"\\, The Paper\\n\\nSources: The Paper",
            "CATEGORIES:briefing,quotas",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        let text = String(decoding: ICSExporter.export(timeline), as: UTF8.self)
        #expect(text == expected.map { $0 + "\r\n" }.joined())
        timeline.provenance = nil
        let unstamped = String(decoding: ICSExporter.export(timeline), as: UTF8.self)
        #expect(unstamped.contains("\r\nDTSTAMP:19700101T000000Z\r\n"))
        #expect(!unstamped.contains("X-WR-CALDESC"))
    }

    static let escapes: [(String, String)] = [
        ("plain", "plain"),
        ("a;b", "a\\;b"),
        ("a,b", "a\\,b"),
        ("back\\slash", "back\\\\slash"),
        ("line\nbreak", "line\\nbreak"),
        ("crlf\r\nbreak", "crlf\\nbreak"),
        ("cr\ronly", "cr\\nonly"),
        ("tab\tkept", "tab\tkept"),
        ("nul\u{0}bell\u{7}del\u{7F}", "nulbelldel"),
        ("colon: \"quote\"", "colon: \"quote\""),
    ]

    @Test(arguments: escapes)
    func textIsEscaped(_ text: String, _ expected: String) {
        #expect(ICSExporter.escape(text) == expected)
    }

    static let folds: [String] = [
        String(repeating: "a", count: 75),
        String(repeating: "a", count: 76),
        "SUMMARY:" + String(repeating: "é", count: 100),
        "SUMMARY:x" + String(repeating: "中", count: 60),
        "SUMMARY:" + String(repeating: "👩‍👩‍👧", count: 30),
        "DESCRIPTION:" + String(repeating: "\\n\\,", count: 50),
    ]

    @Test(arguments: folds)
    func foldingKeepsLinesShortAndUnfoldsToTheOriginal(_ line: String) {
        var output: [UInt8] = []
        ICSExporter.appendFolded(line, to: &output)
        let physical = Self.physicalLines(output)
        #expect(physical.allSatisfy { $0.count <= 75 })
        #expect(physical.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(physical.dropFirst().allSatisfy { $0.first == 0x20 })
        #expect(Self.unfold(output) == [line])
    }

    @Test
    func aLineOf75OctetsIsNotFolded() {
        var output: [UInt8] = []
        ICSExporter.appendFolded(String(repeating: "a", count: 75), to: &output)
        #expect(Self.physicalLines(output).count == 1)
        output = []
        ICSExporter.appendFolded(String(repeating: "a", count: 76), to: &output)
        #expect(Self.physicalLines(output).map(\.count) == [75, 2])
    }

    static let spans: [(String, String?, String?)] = [
        ("2025-01-25", "20250125", "20250126"),
        ("2024-12-31", "20241231", "20250101"),
        ("2024-02", "20240201", "20240301"),
        ("2025-24", "20251201", "20260301"),
        ("2025-01-20/2025-01-25", "20250120", "20250126"),
        ("[2025-01-26,2025-02-02]", "20250126", "20250203"),
        ("199X/..", "19900101", "19900102"),
        ("../2025-02-05", "20250205", "20250206"),
        ("/2025-02-05", "20250205", "20250206"),
        ("Y12345", nil, nil),
        ("-0044-03-15", nil, nil),
        ("9999-12-31", nil, nil),
    ]

    @Test(arguments: spans)
    func eventsSpanTheirBoundsWithAnExclusiveEnd(_ edtf: String, _ start: String?, _ end: String?) throws {
        let span = ICSExporter.span(of: try FuzzyDate.parse(edtf))
        #expect(span?.start == start)
        #expect(span?.end == end)
    }

    static let stamps: [(String, String?)] = [
        ("2026-11-29T13:40:00Z", "20261129T134000Z"),
        ("2026-11-29T13:40:00.123Z", "20261129T134000Z"),
        ("2026-11-29T13:40:00.Z", nil),
        ("2026-11-29T13:40:00+02:00", nil),
        ("2026-11-29", nil),
        ("yesterday", nil),
    ]

    @Test(arguments: stamps)
    func stampsComeFromExportedAt(_ iso: String, _ expected: String?) {
        #expect(ICSExporter.dateTime(iso) == expected)
    }

    @Test
    func builtInCalendarSaysHowVagueEachDateIs() throws {
        var timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        timeline.provenance = Provenance(
            tool: "timeline 0.1.0", exportedAt: "2026-11-29T13:40:00Z", filter: "", normalizedFilter: "")
        let bytes = ICSExporter.export(timeline)
        Self.checkStructure(bytes, events: timeline.events.count)
        let events = Self.events(Self.unfold(bytes))
        let byUID = Dictionary(uniqueKeysWithValues: events.compactMap { e in e["UID"].map { (String($0), e) } })
        let sunday = try #require(byUID["ice-sunday-tally-announcement@timeline"])
        let description = Self.unescape(try #require(sunday["DESCRIPTION"]))
        #expect(
            description.contains(
                "Date: Sunday, 2025-01-26 or 2025-02-02 (uncertain) — EDTF [2025-01-26,2025-02-02]"))
        #expect(sunday["DTSTART;VALUE=DATE"] == "20250126" && sunday["DTEND;VALUE=DATE"] == "20250203")
        let video = try #require(byUID["newsclips-video@timeline"])
        #expect(video["DTSTART;VALUE=DATE"] == "20250205" && video["DTEND;VALUE=DATE"] == "20250206")
        #expect(
            Self.unescape(try #require(video["DESCRIPTION"])).contains(
                "EDTF ../2025-02-05 (open or unknown end: shown on the known day only)"))
        let call = try #require(byUID["ice-leadership-call-2025-01-25@timeline"])
        #expect(call["DTSTAMP"] == "20261129T134000Z")
        #expect(call["CATEGORIES"] == "briefing,quotas,targets,arrests")
        #expect(!Self.unescape(try #require(call["DESCRIPTION"])).contains("EDTF"))
    }

    @Test(arguments: 0..<100)
    func generatedCalendarsAreWellFormed(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let bytes = ICSExporter.export(timeline)
        let written = timeline.events.filter { ICSExporter.span(of: $0.date) != nil }
        Self.checkStructure(bytes, events: written.count, "seed \(seed)")
        let lines = Self.unfold(bytes)
        let events = Self.events(lines)
        for (vevent, event) in zip(events, written) {
            #expect(vevent["UID"].map(String.init) == event.id + "@timeline")
            // Line breaks (CRLF, CR, LF) become LF; other control characters but tab are dropped.
            let normalized = String(
                String.UnicodeScalarView(
                    event.title.replacingCRLF().unicodeScalars.filter {
                        $0 == "\t" || $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F)
                    }))
            #expect(vevent["SUMMARY"].map(Self.unescape) == normalized, "seed \(seed)")
        }
        let skipped = timeline.events.filter { ICSExporter.span(of: $0.date) == nil }.map(\.id)
        #expect(lines.contains("X-TIMELINE-SKIPPED:" + skipped.joined(separator: ",")) == !skipped.isEmpty)
    }
}

extension String {
    /// CRLF and lone CR as LF.
    fileprivate func replacingCRLF() -> String {
        var result = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            result.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return result
    }
}
