import Testing

@testable import LineEditor

@Suite struct TabActionTests {
    @Test(
        arguments: [
            // One candidate: replace the word, add a space unless it ends in ":" or "/".
            ("list tag:arr", "tag:arr", ["tag:arrests"], TabAction.replace(deleting: 7, inserting: "tag:arrests ")),
            ("list ta", "ta", ["tag:"], .replace(deleting: 2, inserting: "tag:")),
            ("load data/", "data/", ["data/sub/"], .replace(deleting: 5, inserting: "data/sub/")),
            ("show ", "", ["12"], .replace(deleting: 0, inserting: "12 ")),
            // The word is counted in Unicode scalars, which is what el_deletestr deletes.
            ("actor:caf", "actor:caf", ["actor:café"], .replace(deleting: 9, inserting: "actor:café ")),
            (
                "tag:cafe\u{301}", "tag:cafe\u{301}", ["tag:cafe\u{301}s"],
                .replace(deleting: 9, inserting: "tag:cafe\u{301}s ")
            ),
            ("tag:“q", "tag:“q", ["tag:“quoted”"], .replace(deleting: 6, inserting: "tag:“quoted” ")),
            // Several: the longest common prefix when it extends the word...
            ("list tag:a", "tag:a", ["tag:arrests", "tag:arson"], .replace(deleting: 5, inserting: "tag:ar")),
            ("list ", "", ["tag:arrests", "tag:arson"], .replace(deleting: 0, inserting: "tag:ar")),
            // ...else (a second Tab) the list.
            ("list tag:ar", "tag:ar", ["tag:arrests", "tag:arson"], .list(["tag:arrests", "tag:arson"])),
            ("list ", "", ["actor:", "tag:"], .list(["actor:", "tag:"])),
            // Duplicates and empty candidates are dropped first.
            ("list tag:ar", "tag:ar", ["tag:arson", "tag:arson", ""], .replace(deleting: 6, inserting: "tag:arson ")),
            // Nothing, or a word that does not end the text: beep.
            ("list tag:zz", "tag:zz", [], .beep),
            ("list tag:ar", "tag:xx", ["tag:xxl"], .beep),
            ("ar", "tag:ar", ["tag:arson"], .beep),
        ] as [(String, String, [String], TabAction)])
    func decides(before: String, word: String, candidates: [String], expected: TabAction) {
        let action = TabAction.decide(
            textBeforeCursor: before, completion: Completion(word: word, candidates: candidates))
        #expect(action == expected)
    }

    @Test(
        arguments: [
            ([], ""),
            (["only"], "only"),
            (["tag:arrests", "tag:arson", "tag:army"], "tag:ar"),
            (["abc", "xyz"], ""),
            (["café", "cafe\u{301}"], "caf"),
            (["e\u{301}x", "e\u{301}y"], "e\u{301}"),
            // A prefix never splits a character: "e" + combining accent is one character.
            (["e\u{301}", "e"], ""),
        ] as [([String], String)])
    func commonPrefix(strings: [String], expected: String) {
        #expect(TabAction.commonPrefix(of: strings) == expected)
    }
}

@Suite struct CompletionListTests {
    @Test func fillsColumnsDownwardsWithinTheWidth() {
        let candidates = ["actor:", "date:", "id:", "kind:", "metric:", "tag:", "title:"]
        // Column width 9 ("metric:" + 2); (29 - 1 + 2) / 9 = 3 columns, 3 rows.
        #expect(
            CompletionList.layout(candidates, width: 29)
                == "actor:   kind:    title:\ndate:    metric:\nid:      tag:\n")
    }

    @Test func oneColumnWhenNothingElseFits() {
        #expect(CompletionList.layout(["a-long-candidate", "b"], width: 10) == "a-long-candidate\nb\n")
    }

    @Test func oneRowWhenAllFit() {
        #expect(CompletionList.layout(["a", "bb", "c"], width: 80) == "a   bb  c\n")
    }

    @Test func longListsAreCut() {
        let candidates = (1...250).map { "e\($0)" }
        let text = CompletionList.layout(candidates, width: 80, maximum: 100)
        #expect(text.hasSuffix("\n… and 150 more\n"))
        #expect(text.contains("e100"))
        #expect(!text.contains("e101"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 80 })
    }

    @Test func nothingForNoCandidates() {
        #expect(CompletionList.layout([], width: 80) == "")
    }
}
