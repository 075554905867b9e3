import LineEditor
import TimelineCommands
import TimelineCore

/// Chooses the line reader for an interactive session.
enum LineReaders {
    static func interactive(store: TimelineStore) -> LineReader {
        PlainLineReader()
    }
}
