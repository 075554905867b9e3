import Foundation

/// Long output goes through `$PAGER` (default `less -FRX`), as psql does.
enum Pager {
    /// True when the text does not fit on the screen.
    static func needsPaging(_ text: String, rows: Int, columns: Int?) -> Bool {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let width = max(1, columns ?? 80)
            lines += max(1, (line.count + width - 1) / width)
            if lines >= rows { return true }
        }
        return false
    }

    /// Pipes `text` into the pager command (run by /bin/sh) and waits for it.
    /// Falls back to printing when the pager cannot be started.
    static func show(_ text: String, command: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            Output.standardOutput(text)
            return
        }
        // The pager may quit before reading everything (q in less): ignore the broken pipe.
        signal(SIGPIPE, SIG_IGN)
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
