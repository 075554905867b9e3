import Foundation
import LineEditor
import TimelineCommands
import TimelineCore

/// Chooses the line reader for an interactive session: libedit with the
/// history file and grammar-aware completion, or plain lines if libedit
/// cannot start.
enum LineReaders {
    static func interactive(store: TimelineStore, settings: [Setting], keepsHistory: Bool = true)
        -> (LineReader, CompletionAdapter?)
    {
        let environment = ProcessInfo.processInfo.environment
        let history = keepsHistory ? HistoryFile.defaultURL(environment: environment).map { HistoryFile(url: $0) } : nil
        let completion = CompletionAdapter(store: store, settings: settings)
        guard let reader = EditLineReader(history: history, completion: completion) else {
            return (PlainLineReader(), nil)
        }
        return (reader, completion)
    }
}
