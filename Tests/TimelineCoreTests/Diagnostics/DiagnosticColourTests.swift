import Testing

@testable import TimelineCore

struct DiagnosticColourTests {
    static let plain = DiagnosticRenderer.render(
        Diagnostic.error("unknown tag 'arests'", at: Span(start: 9, end: 15), notes: ["did you mean 'arrests'?"]),
        in: SourceText(name: "<command 1>", text: "list tag:arests"))

    static func stripped(_ text: String) -> String {
        var out = ""
        var skipping = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                skipping = true
            } else if skipping {
                if scalar == "m" { skipping = false }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func colourChangesNothingButAddsEscapes() {
        let coloured = DiagnosticRenderer.colourized(Self.plain)
        #expect(coloured != Self.plain)
        #expect(Self.stripped(coloured) == Self.plain)
    }

    @Test func severityCaretAndHelpAreColoured() {
        let lines = DiagnosticRenderer.colourized(Self.plain).split(separator: "\n").map(String.init)
        #expect(lines[0].contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(lines[2].contains("\u{1B}[1;31m"), "the caret line")
        #expect(!lines[1].contains("\u{1B}"), "the source line stays as typed")
        #expect(lines[3].contains("\u{1B}[1;32mhelp:\u{1B}[0m"))
    }
}
