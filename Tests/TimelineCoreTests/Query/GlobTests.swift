import Testing

@testable import TimelineCore

struct GlobTests {
    static let table: [(String, String, Bool)] = [
        ("ice*", "ice-leadership", true),
        ("ice*", "ICE", true),
        ("ice*", "police", false),
        ("*ice", "police", true),
        ("*ice", "ice-leadership", false),
        ("*lead*", "ice-leadership", true),
        ("*lead*", "ice", false),
        ("i*p", "ice-leadership", true),
        ("i*p", "ice-leadershi", false),
        ("a*a", "a", false),
        ("a*a", "aa", true),
        ("ab*ab", "ab", false),
        ("ab*ab", "abab", true),
        ("a*b*c", "abc", true),
        ("a*b*c", "acb", false),
        ("a*b*c", "axxbyyc", true),
        ("a*b*c", "axxbyycd", false),
        ("*", "", true),
        ("*", "anything", true),
        ("**", "x", true),
        ("a**b", "ab", true),
        ("*a*", "", false),
        ("CAFÉ*", "café-culture", true),
    ]

    @Test(arguments: table)
    func matches(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(text) == expected)
    }
}
