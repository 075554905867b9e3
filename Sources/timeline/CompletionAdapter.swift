import Foundation
import LineEditor
import TimelineCommands
import TimelineCore

/// Hands the line editor's Tab requests to the core's ``Completer``: the
/// narrow interface between a module that knows terminals and one that knows
/// timelines. File paths are listed here, where Foundation is at hand.
final class CompletionAdapter: CompletionSource {
    private var completer: Completer

    init(store: TimelineStore, settings: [Setting]) {
        let home = ProcessInfo.processInfo.environment["HOME"]
        completer = Completer(
            store: store, settings: settings, homeDirectory: home, listDirectory: CompletionAdapter.list)
    }

    /// Keeps `$NAME` completion in step with the session's `let` definitions.
    func update(selections: [String]) {
        completer.namedSelections = selections
    }

    func complete(_ textBeforeCursor: String) -> Completion {
        let result = completer.complete(textBeforeCursor)
        return Completion(word: result.word, candidates: result.candidates)
    }

    /// Entries of the directory named by `prefix` (`""` is the current one); directories end with `/`.
    @Sendable static func list(_ prefix: String) -> [String] {
        let directory = prefix.isEmpty ? "." : prefix
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.map { name in
            var isDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(name)
            // A name that vanished meanwhile is offered as it was listed, without a slash.
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? name + "/" : name
        }
    }
}
