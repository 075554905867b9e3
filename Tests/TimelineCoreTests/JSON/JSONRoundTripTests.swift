import Testing

@testable import TimelineCore

/// Writing a value and reading it back gives the same value.
@Suite struct JSONRoundTripTests {
    static let values: [JSON] = [
        nil, true, false, 0, -1, .int(Int.max), .int(Int.min), 0.5, -2.25, 1e20, 1e-300, 9_007_199_254_740_994.0,
        "", "quote \" backslash \\ slash / tab \t nul \u{0} del \u{7F}", "é€😀\u{2028}\u{2029}",
        [], [:], [[[]]], [[:]],
        [
            "id": "e1", "date": "2024-03-01", "tags": ["budget", "health"], "amount": 1.5, "count": 3,
            "draft": false, "note": nil, "nested": ["deeper": ["deepest": []]],
        ],
    ]

    @Test(arguments: values, [false, true])
    func writeThenRead(_ value: JSON, pretty: Bool) throws {
        let text = JSONWriter.write(value, pretty: pretty)
        #expect(JSON(try JSONReader.parse(text)) == value)
    }

    @Test func everyKindOfCharacterSurvives() throws {
        var string = ""
        var value: UInt32 = 0
        while value <= 0x10FFFF {
            if let scalar = Unicode.Scalar(value) { string.unicodeScalars.append(scalar) }
            value += value < 0x3000 ? 1 : 97
        }
        let node = try JSONReader.parse(JSONWriter.write([.string(string)]))
        #expect(node.arrayValue?.first?.stringValue == string)
    }

    /// Doubles from a fixed pseudo-random stream of bit patterns read back bit for bit.
    @Test func doublesReadBackExactly() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var doubles: [Double] = []
        while doubles.count < 2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let double = Double(bitPattern: state)
            if double.isFinite { doubles.append(double) }
        }
        let text = JSONWriter.write(.array(doubles.map(JSON.double)))
        let read = try #require(try JSONReader.parse(text).arrayValue)
        #expect(read.count == doubles.count)
        for (written, node) in zip(doubles, read) {
            #expect(node.numberValue?.double.bitPattern == written.bitPattern, "\(written)")
        }
    }

    /// A document already in the writer's form comes out byte for byte.
    @Test(arguments: [
        #"{"a":[1,2.5,-0,"x\n",{"b":null}],"c":true}"#,
        "{\n  \"title\": \"Budget\",\n  \"events\": [\n    {\n      \"id\": \"e1\",\n      \"tags\": []\n    }\n  ]\n}",
    ])
    func readThenWriteIsStable(_ text: String) throws {
        let pretty = text.contains("\n")
        #expect(JSONWriter.write(JSON(try JSONReader.parse(text)), pretty: pretty) == text)
    }
}
