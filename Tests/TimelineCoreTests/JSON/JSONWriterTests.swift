import Testing

@testable import TimelineCore

@Suite struct JSONWriterTests {
    static let compact: [(JSON, String)] = [
        (nil, "null"),
        (true, "true"),
        (false, "false"),
        (0, "0"),
        (-7, "-7"),
        (.int(Int.min), "-9223372036854775808"),
        (1.5, "1.5"),
        (52.0, "52"),
        (-3.0, "-3"),
        (-0.0, "-0"),
        (0.1, "0.1"),
        (1e20, "1e+20"),
        (1e-7, "1e-07"),
        (123.456, "123.456"),
        (9_007_199_254_740_992.0, "9007199254740992"),
        (-9_007_199_254_740_992.0, "-9007199254740992"),
        (9_007_199_254_740_994.0, "9.007199254740994e+15"),
        (.double(.leastNonzeroMagnitude), "5e-324"),
        (.double(.nan), "null"),
        (.double(.infinity), "null"),
        (.double(-.infinity), "null"),
        ("text", #""text""#),
        ([], "[]"),
        ([:], "{}"),
        ([1, "a", nil, [true]], #"[1,"a",null,[true]]"#),
        (["z": 1, "a": 2, "m": [:]], #"{"z":1,"a":2,"m":{}}"#),
    ]

    @Test(arguments: compact)
    func writesCompact(_ json: JSON, _ expected: String) {
        #expect(JSONWriter.write(json) == expected)
        #expect(JSONWriter.bytes(json) == Array(expected.utf8))
    }

    static let escapes: [(String, String)] = [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"C:\dir"#, #""C:\\dir""#),
        ("a/b", #""a/b""#),
        ("\n\t\r\u{8}\u{C}", #""\n\t\r\b\f""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("é€😀", "\"é€😀\""),
        ("â\u{80}", "\"â\u{80}\""),
        ("line\u{2028}para\u{2029}end", #""line\u2028para\u2029end""#),
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
        ("tail\u{E2}", "\"tail\u{E2}\""),
    ]

    @Test(arguments: escapes)
    func escapesStrings(_ string: String, _ expected: String) throws {
        #expect(JSONWriter.quoted(string) == expected)
        #expect(JSONWriter.write(.string(string)) == expected)
        #expect(try JSONReader.parse(expected).stringValue == string)
    }

    /// Each special character at every offset of a long string, so both the
    /// word-at-a-time scan and the byte loop at the end see it.
    @Test(arguments: [
        ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1}", #"\u0001"#), ("\u{2028}", #"\u2028"#),
        ("é", "é"), ("â", "â"), ("\u{2000}", "\u{2000}"),
    ])
    func escapesAtEveryOffset(_ special: String, _ escaped: String) {
        for offset in 0..<24 {
            let before = String(repeating: "a", count: offset)
            let after = String(repeating: "b", count: 23 - offset)
            #expect(JSONWriter.quoted(before + special + after) == "\"" + before + escaped + after + "\"", "\(offset)")
        }
    }

    @Test func writesPrettyWithTwoSpaceIndents() {
        let json: JSON = [
            "id": "e1",
            "tags": ["a", "b"],
            "links": [],
            "meta": [:],
            "source": ["name": "Gazette", "pages": [[1, 2], []]],
            "amount": 1.5,
        ]
        let expected = """
            {
              "id": "e1",
              "tags": [
                "a",
                "b"
              ],
              "links": [],
              "meta": {},
              "source": {
                "name": "Gazette",
                "pages": [
                  [
                    1,
                    2
                  ],
                  []
                ]
              },
              "amount": 1.5
            }
            """
        #expect(JSONWriter.write(json, pretty: true) == expected)
    }

    static let prettySmall: [(JSON, String)] = [
        (3, "3"), ("x", #""x""#), ([], "[]"), ([:], "{}"), ([nil], "[\n  null\n]"),
    ]

    @Test(arguments: prettySmall)
    func writesPrettyScalarsAndEmptiesOnOneLine(_ json: JSON, _ expected: String) {
        #expect(JSONWriter.write(json, pretty: true) == expected)
    }

    @Test func keyValuePairsKeepTheirOrder() {
        let json = JSON.object(["id": .string("x"), "b": .int(1), "a": .null])
        #expect(json == .object([JSON.Member("id", "x"), JSON.Member("b", 1), JSON.Member("a", nil)]))
        #expect(JSONWriter.write(json) == #"{"id":"x","b":1,"a":null}"#)
    }

    @Test func duplicateKeysAreWrittenAsGiven() {
        #expect(JSONWriter.write(["k": 1, "k": 2]) == #"{"k":1,"k":2}"#)
    }

    @Test func appendsToExistingBytes() {
        var output = Array("prefix ".utf8)
        JSONWriter.write(["a"], to: &output)
        JSONWriter.write(["b": 1], pretty: true, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "prefix [\"a\"]{\n  \"b\": 1\n}")
    }

    @Test func appendsNumbers() {
        var output: [UInt8] = []
        for value in [52.0, 0.25, -1e300, .nan] {
            JSONWriter.appendNumber(value, to: &output)
            output.append(UInt8(ascii: " "))
        }
        #expect(String(decoding: output, as: UTF8.self) == "52 0.25 -1e+300 null ")
    }

    /// Integral values are written digit by digit in place: the same text as `description`
    /// at every number of digits, both signs, and the ends of the exact range.
    @Test func integralNumbersAreTheirDescription() {
        var values: [Int] = [0, 1, -1, 9, 10, -10, 99, 100, 9_007_199_254_740_992, -9_007_199_254_740_992]
        var power = 1
        for _ in 0..<15 {  // up to 10^15, under 2^53
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, 7 * power / 3]
        }
        for value in values {
            var output: [UInt8] = []
            JSONWriter.appendNumber(Double(value), to: &output)
            #expect(String(decoding: output, as: UTF8.self) == value.description, "\(value)")
        }
        for value in values + [Int.min, Int.max, Int.min + 1] {
            #expect(JSONWriter.write(.int(value)) == value.description)
        }
    }
}
