import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryPathTests {
    @Test(
        arguments: [
            (["TIMELINE_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/s", "HOME": "/home/a"], "/tmp/h"),
            (["XDG_STATE_HOME": "/s", "HOME": "/home/a"], "/s/timeline/history"),
            (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/timeline/history"),
            (["XDG_STATE_HOME": "", "HOME": "/home/a"], "/home/a/.local/state/timeline/history"),
            (["HOME": "/home/a"], "/home/a/.local/state/timeline/history"),
            (["TIMELINE_HISTORY": "", "HOME": "/home/a"], nil),
            (["HOME": ""], nil),
            ([:], nil),
        ] as [([String: String], String?)])
    func defaultURLFollowsTheEnvironment(environment: [String: String], expected: String?) {
        #expect(HistoryFile.defaultURL(environment: environment)?.path == expected)
    }

    @Test func lockFileSitsNextToTheHistory() {
        let file = HistoryFile(url: URL(fileURLWithPath: "/s/timeline/history"))
        #expect(file.lockURL.path == "/s/timeline/history.lock")
    }

    @Test func limitIsNeverNegative() {
        #expect(HistoryFile(url: URL(fileURLWithPath: "/h"), limit: -5).limit == 0)
    }
}
