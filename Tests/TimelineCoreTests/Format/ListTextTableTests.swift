import Testing

@testable import TimelineCore

/// A list of labels read before is found again by its exact text, and only then.
struct ListTextTableTests {
    /// `find` and `keep` on the bytes of `text`, the list starting at `start`.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func findsAListByItsExactText() {
        var table = ListTextTable()
        let first = Self.bytes(#"x: ["a", "b"], y"#)
        first.withUnsafeBufferPointer { b in
            #expect(table.find(at: 3, in: b.baseAddress!, count: b.count) == nil)
            table.keep(["a", "b"], from: 3, to: 13, in: b.baseAddress!, count: b.count)
        }
        let again = Self.bytes(#"["a", "b"]"#)
        again.withUnsafeBufferPointer { b in
            let found = table.find(at: 0, in: b.baseAddress!, count: b.count)
            #expect(found?.list == ["a", "b"])
            #expect(found?.end == 10)
        }
        for other in [#"["a","b"]"#, #"["a", "b" ]"#, #"["b", "a"]"#, #"["a"]"#, #"["a", "b"#] {
            Self.bytes(other).withUnsafeBufferPointer { b in
                #expect(table.find(at: 0, in: b.baseAddress!, count: b.count) == nil, "\(other)")
            }
        }
    }

    @Test func keepsNoTextWhoseFirstBracketIsNotItsEnd() {
        var table = ListTextTable()
        let text = Self.bytes(#"["a]b", "c"]"#)
        text.withUnsafeBufferPointer { b in
            table.keep(["a]b", "c"], from: 0, to: b.count, in: b.baseAddress!, count: b.count)
            #expect(table.find(at: 0, in: b.baseAddress!, count: b.count) == nil)
        }
    }

    @Test func keepsNoTextPastItsLimits() {
        var table = ListTextTable()
        let long = "[" + String(repeating: "\"abcdefgh\", ", count: 30) + "\"z\"]"
        Self.bytes(long).withUnsafeBufferPointer { b in
            table.keep(["…"], from: 0, to: b.count, in: b.baseAddress!, count: b.count)
            #expect(table.find(at: 0, in: b.baseAddress!, count: b.count) == nil)
        }
        for i in 0..<(ListTextTable.capacity + 2) {
            Self.bytes("[\"t\(i)\"]").withUnsafeBufferPointer { b in
                table.keep(["t\(i)"], from: 0, to: b.count, in: b.baseAddress!, count: b.count)
            }
        }
        Self.bytes("[\"t\(ListTextTable.capacity - 1)\"]").withUnsafeBufferPointer { b in
            #expect(table.find(at: 0, in: b.baseAddress!, count: b.count)?.list == ["t\(ListTextTable.capacity - 1)"])
        }
        Self.bytes("[\"t\(ListTextTable.capacity)\"]").withUnsafeBufferPointer { b in
            #expect(table.find(at: 0, in: b.baseAddress!, count: b.count) == nil, "past capacity nothing is kept")
        }
    }

    /// Lists repeated with the same text and with other spacing, empty ones, and one that
    /// names an unknown actor after the same text was accepted elsewhere: the fast decoder
    /// gives what the validating one gives, on one thread and two.
    @Test func repeatedListsDecodeAsTheValidatingDecoderDoes() throws {
        func event(_ n: Int, actors: String, tags: String, sources: String) -> String {
            #"{"id": "e\#(n)", "date": "2025-01-0\#(n % 9 + 1)", "kind": "tally", "title": "T\#(n)", "summary": "s", "#
                + #""actors": \#(actors), "tags": \#(tags), "sources": \#(sources)}"#
        }
        let lists = [
            (#"["ice", "dhs"]"#, #"["arrests"]"#, #"["paper"]"#),
            (#"[ "ice","dhs" ]"#, #"["arrests", "quotas"]"#, #"["paper", "wire"]"#),
            (#"[]"#, #"[]"#, #"["wire"]"#),
            (#"["dhs"]"#, #"["quotas", "arrests"]"#, #"["paper"]"#),
        ]
        let events = (0..<40).map { n in
            let (actors, tags, sources) = lists[(n * 7) % lists.count]
            return event(n, actors: actors, tags: tags, sources: sources)
        }
        let header =
            #"{"schemaVersion": 1, "title": "t", "#
            + #""actors": [{"id": "ice", "name": "ICE", "kind": "agency"}, {"id": "dhs", "name": "DHS", "kind": "agency"}], "#
            + #""sources": [{"id": "paper", "name": "Paper", "kind": "newspaper"}, {"id": "wire", "name": "Wire", "kind": "newspaper"}], "#
        let valid = header + #""events": ["# + events.joined(separator: ",\n") + "]}"
        let (fast, slow) = FastDecoderTests.outcomes(Array(valid.utf8))
        FastDecoderTests.expectSame(try #require(fast), try slow.get(), "repeated lists")
        // An unknown actor in a list whose text differs from an accepted one by that name only;
        // an actor's list, accepted as actors, given as sources (each kind of list has its own table).
        let accepted = event(41, actors: #"["ice"]"#, tags: "[]", sources: #"["wire"]"#)
        for wrong in [
            event(42, actors: #"["ice", "dhx"]"#, tags: "[]", sources: "[]"),
            event(42, actors: "[]", tags: "[]", sources: #"["ice"]"#),
        ] {
            let bad = header + #""events": ["# + (events + [accepted, wrong]).joined(separator: ",\n") + "]}"
            let (badFast, badSlow) = FastDecoderTests.outcomes(Array(bad.utf8))
            #expect(badFast == nil, "\(wrong)")
            #expect(throws: Diagnostic.self) { try badSlow.get() }
        }
    }
}
