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

    /// Folding mixed text run by run gives what folding it whole with Foundation gives:
    /// accents precomposed and combining, Greek (whose sigma folds by context when
    /// lowercased), wide letters, curly quotes, dashes, emoji, ligatures.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func mixedTextFoldsAsFoundationFoldsItWhole(_ seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let pieces = [
            "a", "B", " ", "e", "\u{301}", "é", "É", "résumé", "ΣΑΣ", "ς", "σ", "Ｗ", "ｉ", "\u{2019}", "\u{201C}",
            "–", "—", "ß", "ﬁ", "İ", "ı", "👩‍👩‍👧", "🇺🇸", "1,200", ".", "\n", "Ω", "å", "A\u{30A}", "ǅ", "ŉ",
        ]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            }.joined()
            #expect(TextFolding.fold(text) == TextFolding.foundationFold(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// The byte search (memchr on the needle's rarest byte, then memcmp) finds what a naive
    /// search finds: needles whose rare byte is first, last or in the middle, at either end of a text.
    @Test(arguments: [5, 6] as [UInt64])
    func byteSearchFindsWhatANaiveSearchFinds(_ seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let alphabet = Array("eeta q,zx".utf8)
        func random(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
        }
        let texts = (0..<200).map { _ in random(Int.random(in: 0...12, using: &rng)) }
        let search = SearchText(texts.map { String(decoding: $0, as: UTF8.self) })
        for _ in 0..<300 {
            let needle = random(Int.random(in: 1...4, using: &rng))
            var expected: [Int] = []
            for (i, text) in texts.enumerated() {
                let naive =
                    text.count >= needle.count
                    && (0...(text.count - needle.count)).contains { Array(text[$0..<$0 + needle.count]) == needle }
                #expect(search.contains(needle, at: i) == naive, "\(needle) in \(text)")
                if naive { expected.append(i) }
            }
            // The one-pass scan over every text: no match across two texts' boundary; the same
            // when the texts are searched in two halves on two threads.
            #expect(search.positions(containing: search.needle(needle)) == expected, "\(needle)")
            #expect(search.positions(containing: search.needle(needle), parallelBytes: 0) == expected, "\(needle)")
        }
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
