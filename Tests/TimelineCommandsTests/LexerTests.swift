import Testing
import TimelineCore

@testable import TimelineCommands

private func t(_ kind: Token.Kind, _ text: String, _ start: Int, _ end: Int) -> Token {
    Token(kind, text, Span(start: start, end: end))
}

struct LexerTests {
    static let tokenCases: [(String, [Token])] = [
        ("", []),
        ("   ", []),
        ("list", [t(.word, "list", 0, 4)]),
        (
            "LIST tag:arrests",
            [t(.word, "LIST", 0, 4), t(.word, "tag", 5, 8), t(.colon, ":", 8, 9), t(.word, "arrests", 9, 16)]
        ),
        (
            "count daily-arrest-target>=1,200",
            [
                t(.word, "count", 0, 5), t(.word, "daily-arrest-target", 6, 25),
                t(.comparison(.greaterOrEqual), ">=", 25, 27), t(.number, "1,200", 27, 32),
            ]
        ),
        (
            "a<1 b<=2 c>3.5 d=4 e!=5",
            [
                t(.word, "a", 0, 1), t(.comparison(.lessThan), "<", 1, 2), t(.number, "1", 2, 3),
                t(.word, "b", 4, 5), t(.comparison(.lessOrEqual), "<=", 5, 7), t(.number, "2", 7, 8),
                t(.word, "c", 9, 10), t(.comparison(.greaterThan), ">", 10, 11), t(.number, "3.5", 11, 14),
                t(.word, "d", 15, 16), t(.comparison(.equal), "=", 16, 17), t(.number, "4", 17, 18),
                t(.word, "e", 19, 20), t(.comparison(.notEqual), "!=", 20, 22), t(.number, "5", 22, 23),
            ]
        ),
        // ≥ is three UTF-8 bytes; spans count bytes.
        ("x ≥ 2", [t(.word, "x", 0, 1), t(.comparison(.greaterOrEqual), ">=", 2, 5), t(.number, "2", 6, 7)]),
        // Numbers: thousands commas must group three digits; anything else digit-led is a date.
        (
            "1,200 12,00 2025 1990s",
            [
                t(.number, "1,200", 0, 5), t(.date, "12,00", 6, 11), t(.number, "2025", 12, 16),
                t(.date, "1990s", 17, 22),
            ]
        ),
        (
            "in 2025-W05 on 2025-Q1 to ..2025-02 from /1985",
            [
                t(.word, "in", 0, 2), t(.date, "2025-W05", 3, 11), t(.word, "on", 12, 14), t(.date, "2025-Q1", 15, 22),
                t(.word, "to", 23, 25), t(.date, "..2025-02", 26, 35), t(.word, "from", 36, 40),
                t(.date, "/1985", 41, 46),
            ]
        ),
        // A date runs to whitespace or a parenthesis, except inside brackets.
        (
            "(on [2025-01-26, 2025-02-02])",
            [
                t(.leftParen, "(", 0, 1), t(.word, "on", 1, 3), t(.date, "[2025-01-26, 2025-02-02]", 4, 28),
                t(.rightParen, ")", 28, 29),
            ]
        ),
        ("on 2025-01-2?~)", [t(.word, "on", 0, 2), t(.date, "2025-01-2?~", 3, 14), t(.rightParen, ")", 14, 15)]),
        ("Y170000002 Yes", [t(.date, "Y170000002", 0, 10), t(.word, "Yes", 11, 14)]),
        // Strings: both quote kinds, escapes, curly quotes; text is the content, span the source.
        (#""ICE \"quota\"""#, [t(.string, #"ICE "quota""#, 0, 15)]),
        (
            #"'it\'s' 'a\\b' "c\d""#,
            [t(.string, "it's", 0, 7), t(.string, #"a\b"#, 8, 14), t(.string, #"c\d"#, 15, 20)]
        ),
        ("“daily quota”", [t(.string, "daily quota", 0, 17)]),
        ("$recent $a-b", [t(.variable, "recent", 0, 7), t(.variable, "a-b", 8, 12)]),
        (
            "tag:*quota* id:2025-01-26-memo",
            [
                t(.word, "tag", 0, 3), t(.colon, ":", 3, 4), t(.word, "*quota*", 4, 11),
                t(.word, "id", 12, 14), t(.colon, ":", 14, 15), t(.date, "2025-01-26-memo", 15, 30),
            ]
        ),
        // Letters of any script, and combining marks after a letter, stay in the word.
        (
            "actor:se\u{301}nat Ñandú",
            [
                t(.word, "actor", 0, 5), t(.colon, ":", 5, 6), t(.word, "se\u{301}nat", 6, 13),
                t(.word, "Ñandú", 14, 21),
            ]
        ),
    ]

    @Test(arguments: tokenCases)
    func tokens(input: String, expected: [Token]) throws {
        #expect(try Lexer.tokenize(input) == expected)
    }

    static let errorCases: [(String, LexError)] = [
        ("list #x", .unexpectedCharacter("#", Span(start: 5, end: 6))),
        ("a ! b", .unexpectedCharacter("!", Span(start: 2, end: 3))),
        ("a, b", .unexpectedCharacter(",", Span(start: 1, end: 2))),
        // The mark follows a space, so it starts no token (as Characters, it would hide in the space).
        ("list \u{301}x", .unexpectedCharacter("\u{301}", Span(start: 5, end: 7))),
        ("find \"abc", .unterminatedString(Span(start: 5, end: 6))),
        ("'abc\\'", .unterminatedString(Span(start: 0, end: 1))),
        ("on [2025-01,2025-02", .unterminatedBracket(open: Span(start: 3, end: 4), end: .point(19))),
        ("list $ x", .missingVariableName(Span(start: 5, end: 6))),
        ("list $1", .missingVariableName(Span(start: 5, end: 6))),
    ]

    @Test(arguments: errorCases)
    func errors(input: String, expected: LexError) {
        #expect(throws: expected) { try Lexer.tokenize(input) }
    }

    @Test func restOfLineTakesRawTextAfterTheLastToken() throws {
        var lexer = Lexer("find  ICE's \"quota\"  ")
        #expect(try lexer.next() == t(.word, "find", 0, 4))
        let rest = lexer.restOfLine()
        #expect(rest.text == "ICE's \"quota\"")
        #expect(rest.span == Span(start: 6, end: 19))
        #expect(try lexer.next() == nil)
    }
}
