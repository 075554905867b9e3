import Foundation
import Testing

@testable import TimelineCore

/// A required text (a title, a summary, a catalogue's name) is blank when it holds
/// only spaces and tabs: the same set as Foundation's `CharacterSet.whitespaces`
/// (Unicode `Zs`, tab and the zero-width space), which the check used before it read
/// scalars itself.
@Suite struct BlankTextTests {
    @Test(arguments: [
        "", " ", "\t", "  \t ", "\u{00A0}", "\u{2003}", "\u{3000}", " \u{202F}\u{205F}", "\u{200B}",
    ])
    func blank(_ text: String) {
        #expect(ObjectReader.isBlank(text))
    }

    @Test(arguments: [
        "a", " a ", "\t.", "\n", " \n ", "\r", "\u{2028}", "\u{200C}", "\u{0301}", " é", "\u{FEFF}",
    ])
    func notBlank(_ text: String) {
        #expect(!ObjectReader.isBlank(text))
    }

    /// Every scalar of the Basic Multilingual Plane, alone and between spaces, is judged as
    /// Foundation's trimming judges it.
    @Test func agreesWithFoundation() {
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), " \(scalar)\t"] {
                let foundation = text.trimmingCharacters(in: .whitespaces).isEmpty
                #expect(ObjectReader.isBlank(text) == foundation, "U+\(String(value, radix: 16))")
            }
        }
    }
}
