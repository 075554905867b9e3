import Testing

@testable import TimelineCore

/// The scan that tells TimelineJS files from the project's JSON.
struct ByteSearchTests {
    @Test(arguments: [
        (#""start_date""#, true), (#"x"start_date""#, true), (#""start_date"x"#, true),
        (#""start_dat""#, false), (#"start_date""#, false), (#"__"start_datE"_"#, false), ("", false),
        (#"_"start_date"_"start_date""#, true),
    ])
    func findsTheKey(_ text: String, _ expected: Bool) {
        #expect(TimelineFormat.contains(Array(text.utf8), #""start_date""#) == expected)
    }
}
