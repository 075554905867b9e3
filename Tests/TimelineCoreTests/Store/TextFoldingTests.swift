import Testing

@testable import TimelineCore

/// The ASCII fast path folds exactly as Foundation does, and the byte search
/// finds what `String.contains` on folded text found.
struct TextFoldingTests {
    @Test(arguments: [
        "", "ICE", "Arrests A Day: 1,200-1,500", "Quota's \"75\"", "@[`{ AZaz ~\u{7F}\t\n", "miXed 123 Case",
    ])
    func asciiFoldsAsFoundationDoes(_ text: String) {
        #expect(TextFolding.fold(text) == TextFolding.foundationFold(text))
    }

    @Test(arguments: [
        ("Café", "cafe"), ("ÉLAN", "elan"), ("it\u{2019}s", "it's"),
        ("\u{2018}a\u{201C}quoted\u{201D}", "'a\"quoted\""),
        ("Ｗｉｄｅ", "wide"), ("naïve ICE", "naive ice"),
    ])
    func otherTextGoesThroughFoundation(_ text: String, _ folded: String) {
        #expect(TextFolding.fold(text) == folded)
    }

    @Test
    func searchFindsFoldedNeedlesInTheirOwnEventOnly() {
        let texts = ["Café arrests", "ICE's quota", "", "it\u{2019}s 956", "short"]
        let search = SearchText(texts)
        for (needle, expected) in [
            ("cafe", [0]), ("ARRESTS", [0]), ("ice's", [1]), ("it's", [3]), ("s", [0, 1, 3, 4]), ("", [0, 1, 2, 3, 4]),
            ("quota\nit", []), ("shorter", []),
        ] {
            let folded = Array(TextFolding.fold(needle).utf8)
            #expect(texts.indices.filter { search.contains(folded, at: $0) } == expected, "\(needle)")
        }
    }
}
