import Foundation
import Testing

@testable import TimelineCore

struct HTMLExporterTests {
    static func page(_ timeline: Timeline) -> String { WebFixtures.string(HTMLExporter.export(timeline)) }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test
    func theBuiltinPageHasTheTableThePictureAndTheProvenance() throws {
        let timeline = try WebFixtures.builtin()
        let html = Self.page(timeline)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>\(XMLEscaping.escape(timeline.title))</title>"))
        #expect(Self.count("<svg", in: html) == 1)
        #expect(Self.count("<tr id=\"row-", in: html) == timeline.events.count)
        for event in timeline.events {
            #expect(html.contains("<tr id=\"row-\(event.id)\""))
            #expect(html.contains("id=\"event-\(event.id)\""))
        }
        #expect(html.contains("Sunday, 2025-01-26 or 2025-02-02 (uncertain)"))
        #expect(html.contains("a minimum of 75 arrests per day"))
        #expect(html.contains(", via "))
        #expect(html.contains("2026-01-01T00:00:00Z"))
        #expect(html.contains("timeline 0.1.0"))
    }

    @Test(arguments: [
        "html", "head", "body", "table", "thead", "tbody", "tr", "td", "th", "svg", "g", "ul", "li", "dl",
    ])
    func keyTagsAreBalanced(_ tag: String) throws {
        for timeline in [try WebFixtures.builtin(), try WebFixtures.hostile()] {
            let html = Self.page(timeline)
            let opened = Self.count("<\(tag)>", in: html) + Self.count("<\(tag) ", in: html)
            #expect(opened == Self.count("</\(tag)>", in: html), "<\(tag)> unbalanced")
        }
    }

    @Test
    func makesNoNetworkRequest() throws {
        for timeline in [try WebFixtures.builtin(), try WebFixtures.hostile()] {
            let html = Self.page(timeline)
            #expect(!html.contains("<script"))
            #expect(!html.contains("<link"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<iframe"))
            #expect(!html.contains("url("))
            #expect(!html.contains("@import"))
            #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
            for attribute in ["src=", "href=", "xmlns="] {
                #expect(!html.contains(attribute), "\(attribute) in the page")
            }
        }
    }

    @Test
    func hostileTextIsShownNotRun() throws {
        let html = Self.page(try WebFixtures.hostile())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<Paper>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(!html.contains("\u{202E}"))
        #expect(!html.contains("\u{7}"))
        // URLs in the data stay plain text.
        #expect(html.contains("https://example.com/a"))
        #expect(html.contains("title:&quot;&lt;x&gt;&quot;"))
    }

    @Test
    func isDeterministic() throws {
        let timeline = try WebFixtures.builtin()
        #expect(HTMLExporter.export(timeline) == HTMLExporter.export(timeline))
    }
}
