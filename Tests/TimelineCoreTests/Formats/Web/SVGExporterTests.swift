import Foundation
import Testing

@testable import TimelineCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct SVGExporterTests {
    /// Element names and the text of each `<title>`, from a parse that must succeed.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [(String, String)] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(name)
            self.attributes += attributes.map { ($0.key, $0.value) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    static func parse(_ bytes: [UInt8]) throws -> Collector {
        let parser = XMLParser(data: Data(bytes))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "not well-formed: \(String(describing: parser.parserError))")
        return collector
    }

    @Test
    func theBuiltinPictureIsWellFormedSVG() throws {
        let timeline = try WebFixtures.builtin()
        let bytes = SVGExporter.export(timeline)
        let text = WebFixtures.string(bytes)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(text.contains("viewBox=\"0 0 960 "))
        let parsed = try Self.parse(bytes)
        #expect(parsed.elements.first == "svg")
        #expect(parsed.elements.contains("circle"))
        #expect(parsed.elements.contains("rect"))
        #expect(parsed.elements.contains("polygon"))
        for event in timeline.events {
            #expect(text.contains("id=\"event-\(event.id)\""), "no group for \(event.id)")
            #expect(parsed.text.contains(event.id), "no label for \(event.id)")
        }
        // The 1990s event and the 2025 cluster are drawn with a break between.
        #expect(parsed.text.contains("35 years") || parsed.text.contains("34 years"))
    }

    @Test
    func oneOfSetsAreSeparateMarksJoinedByADashedLine() throws {
        let text = WebFixtures.string(SVGExporter.export(try WebFixtures.single("[2025-01-26,2025-02-02]")))
        #expect(text.components(separatedBy: "<polygon").count - 1 >= 2)
        #expect(text.contains("stroke-dasharray=\"3 3\""))
    }

    @Test
    func hostileTextIsEscapedAndCleaned() throws {
        let bytes = SVGExporter.export(try WebFixtures.hostile())
        let text = WebFixtures.string(bytes)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\u{7}"))
        let parsed = try Self.parse(bytes)
        #expect(!parsed.elements.contains("script"))
    }

    @Test
    func referencesNothingOutside() throws {
        for timeline in [try WebFixtures.builtin(), try WebFixtures.hostile()] {
            let parsed = try Self.parse(SVGExporter.export(timeline))
            for (name, value) in parsed.attributes where name.hasSuffix("href") || name == "src" {
                Issue.record("\(name)=\(value)")
            }
            #expect(!parsed.elements.contains("image"))
            #expect(!parsed.elements.contains("use"))
            #expect(!parsed.attributes.contains { $0.1.contains("url(") })
        }
    }

    @Test
    func anEmptySliceStillDraws() throws {
        let parsed = try Self.parse(SVGExporter.export(Timeline(title: "Empty")))
        #expect(parsed.text.contains("No events."))
    }

    @Test
    func isDeterministic() throws {
        let timeline = try WebFixtures.builtin()
        #expect(SVGExporter.export(timeline) == SVGExporter.export(timeline))
    }

    @Test(arguments: [
        ("a<b", "a&lt;b"), ("\"'&>", "&quot;&#39;&amp;&gt;"), ("x\u{202E}y", "xy"), ("a\u{0}b\u{1F}c\u{85}", "abc"),
        ("tab\there\nline\r", "tab\there\nline\n"), ("é ✓", "é ✓"),
    ])
    func escaping(_ input: String, _ expected: String) {
        #expect(XMLEscaping.escape(input) == expected)
    }
}
