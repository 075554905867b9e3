import BuiltinData
import Testing

@testable import TimelineCore

/// The fast path of ``TimelineDecoder/decode(_:)`` must give exactly what the
/// validating decoder gives: the same value for a valid document (and it must
/// take valid documents, or it is no fast path), and for a bad one no value,
/// so that the public entry point throws the validating decoder's diagnostic.
struct FastDecoderTests {
    /// Both decoders' outcomes for one document.
    /// The fast path runs twice, on one thread and on two (split at any list
    /// size), and both runs must agree before their value is compared.
    static func outcomes(_ bytes: [UInt8]) -> (fast: Timeline?, slow: Result<Timeline, Diagnostic>) {
        let slow = Result { () throws(Diagnostic) -> Timeline in try TimelineDecoder.validatingDecode(bytes) }
        let serial = FastTimelineDecoder.decode(bytes, parallelThreshold: .max).timeline
        let parallel = FastTimelineDecoder.decode(bytes, parallelThreshold: 0).timeline
        #expect(serial == parallel, "one thread and two threads disagree")
        let pieces = FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: 97).timeline
        #expect(serial == pieces, "one thread and two threads taking small pieces disagree")
        return (serial, slow)
    }

    /// Equal values, and equal bytes when written out again (`==` on strings
    /// is canonical equivalence; the exporter's bytes are not).
    static func expectSame(_ fast: Timeline, _ slow: Timeline, _ comment: Comment) {
        #expect(fast == slow, comment)
        #expect(JSONExporter.export(fast) == JSONExporter.export(slow), comment)
    }

    @Test
    func builtinTimeline() throws {
        let (fast, slow) = Self.outcomes(BuiltinData.bytes)
        let fastTimeline = try #require(fast, "the fast path must accept the built-in timeline")
        Self.expectSame(fastTimeline, try slow.get(), "built-in")
        #expect(try TimelineDecoder.decode(BuiltinData.bytes) == slow.get())
    }

    @Test(arguments: 0..<150)
    func generatedTimeline(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let bytes = JSONExporter.export(try generator.timeline())
        let (fast, slow) = Self.outcomes(bytes)
        let fastTimeline = try #require(fast, "the fast path must accept generated timeline \(seed)")
        Self.expectSame(fastTimeline, try slow.get(), "seed \(seed)")
    }

    @Test(arguments: DecoderErrorTests.table)
    func invalidDocument(_ c: DecoderErrorCase) {
        let bytes = Array(c.json.utf8)
        #expect(FastTimelineDecoder.decode(bytes).timeline == nil)
        #expect(FastTimelineDecoder.decode(bytes, parallelThreshold: 0).timeline == nil)
        #expect(FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: 40).timeline == nil)
        let expected = Result { () throws(Diagnostic) -> Timeline in try TimelineDecoder.validatingDecode(bytes) }
        let actual = Result { () throws(Diagnostic) -> Timeline in try TimelineDecoder.decode(bytes) }
        guard case .failure(let diagnostic) = expected else {
            Issue.record("the validating decoder accepted '\(c.name)'")
            return
        }
        #expect(actual == .failure(diagnostic))
    }

    /// `bytes` with one byte removed, replaced or inserted at a random place, and the place;
    /// the bytes put in are JSON's punctuation, digits and letters, bad UTF-8 and `extra`.
    static func damaged(_ bytes: [UInt8], _ generator: inout TimelineGenerator, extra: [UInt8])
        -> (bytes: [UInt8], position: Int)
    {
        let replacements = Array(#"{}[]",:"\ 0-1eE.tnufl"#.utf8) + [0x00, 0x80, 0xFF] + extra
        var bytes = bytes
        let position = generator.int(0...(bytes.count - 1))
        switch generator.int(0...2) {
        case 0: bytes.remove(at: position)
        case 1: bytes[position] = generator.pick(replacements)
        default: bytes.insert(generator.pick(replacements), at: position)
        }
        return (bytes, position)
    }

    /// Damaged copies of valid documents: whatever the damage, the public
    /// entry point agrees with the validating decoder, value or diagnostic.
    @Test(arguments: 0..<40)
    func damagedDocuments(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(1000 + seed))
        let original = JSONExporter.export(try generator.timeline())
        for _ in 0..<25 {
            let (bytes, position) = Self.damaged(original, &generator, extra: [0x1F, 0xC3])
            let (fast, slow) = Self.outcomes(bytes)
            let actual = Result { () throws(Diagnostic) -> Timeline in try TimelineDecoder.decode(bytes) }
            switch slow {
            case .success(let timeline):
                if let fast { Self.expectSame(fast, timeline, "seed \(seed) at \(position)") }
                #expect(actual == .success(timeline))
            case .failure:
                #expect(fast == nil, "seed \(seed): fast path accepted a bad document, damaged at \(position)")
                #expect(actual == slow)
            }
        }
    }

    /// Events before the catalogues they name: read once the catalogues are known.
    @Test
    func eventsBeforeCatalogues() throws {
        let json = #"""
            {"events": [{"id": "e1", "date": "2025-01", "dateNote": "n", "kind": "tally", "title": "T",
                         "summary": "s", "actors": ["ice"], "tags": ["arrests", "arrests-x"], "sources": ["paper"],
                         "related": ["e2"], "measures": [{"metric": "arrests", "min": 1, "max": 2.5e3,
                         "approximate": true, "unit": "arrests", "source": "paper", "wording": "1 to 2,500"}]},
                        {"id": "e2", "date": "2025-01-02", "kind": "report", "title": "U", "summary": "t\u00e9",
                         "sources": ["paper"], "notes": ["a \"note\""]}],
             "schemaVersion": 1, "title": "", "actors": [{"id": "ice", "name": "ICE", "kind": "agency"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "sources": [{"id": "paper", "name": "Paper", "kind": "newspaper"}]}
            """#
        let (fast, slow) = Self.outcomes(Array(json.utf8))
        let fastTimeline = try #require(fast)
        Self.expectSame(fastTimeline, try slow.get(), "events first")
        #expect(fastTimeline.events.count == 2)
    }

    /// What the fast path leaves to the validating decoder, though valid: nulls, escaped keys.
    @Test(arguments: [
        #"{"schemaVersion": 1, "title": "t", "description": null, "sources": [], "events": []}"#,
        #"{"schemaVersion": 1, "\u0074itle": "t", "sources": [], "events": []}"#,
    ])
    func validDocumentsLeftToTheValidatingDecoder(_ json: String) throws {
        let (fast, slow) = Self.outcomes(Array(json.utf8))
        #expect(fast == nil)
        #expect(try TimelineDecoder.decode(Array(json.utf8)) == slow.get())
    }
}

/// The JSONL fast path agrees with the validating JSONL reader: the same value
/// for every valid file, and no value for a bad one.
struct FastJSONLDecoderTests {
    static func outcomes(_ bytes: [UInt8]) -> (fast: Timeline?, slow: Result<Timeline, Diagnostic>) {
        let slow = Result { () throws(Diagnostic) -> Timeline in try JSONLImporter.validatingDecode(bytes) }
        let serial = FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: .max).timeline
        for pieceBytes in [97, 4_096] {
            let pieces = FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: 0, pieceBytes: pieceBytes).timeline
            #expect(pieces == serial, "one thread and two threads taking \(pieceBytes)-byte pieces disagree")
        }
        return (serial, slow)
    }

    @Test(arguments: 0..<60)
    func generatedTimeline(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let bytes = JSONLExporter.export(try generator.timeline())
        let (fast, slow) = Self.outcomes(bytes)
        let fastTimeline = try #require(fast, "the fast path must accept generated JSONL \(seed)")
        #expect(fastTimeline == (try slow.get()))
    }

    /// Found by the damaged-file test: JSON allows a line feed between tokens, so an event
    /// split over two lines parsed as one on the fast path; the JSONL reader refuses it.
    @Test
    func anEventOverTwoLinesIsRefused() {
        let bytes = Array(
            """
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "s", "name": "S", "kind": "newspaper"}]}
            {"id": "e1", "date": "2025-01-01", "kind": "tally",
             "title": "T", "summary": "s", "sources": ["s"]}
            """.utf8)
        #expect(FastTimelineDecoder.decodeJSONL(bytes).timeline == nil)
        #expect(throws: Diagnostic.self) { try JSONLImporter.decode(bytes) }
    }

    @Test(arguments: 0..<30)
    func damagedFiles(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(2000 + seed))
        let original = JSONLExporter.export(try generator.timeline())
        for _ in 0..<25 {
            let (bytes, position) = FastDecoderTests.damaged(original, &generator, extra: [0x0A, 0x0A])
            let (fast, slow) = Self.outcomes(bytes)
            let actual = Result { () throws(Diagnostic) -> Timeline in try JSONLImporter.decode(bytes) }
            switch slow {
            case .success(let timeline):
                if let fast { #expect(fast == timeline, "seed \(seed) at \(position)") }
                #expect(actual == .success(timeline))
            case .failure:
                #expect(fast == nil, "seed \(seed): the fast path accepted a bad file, damaged at \(position)")
                #expect(actual == slow)
            }
        }
    }
}
