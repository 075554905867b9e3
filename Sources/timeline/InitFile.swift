import Foundation

/// The init file, run when an interactive session starts (like .psqlrc):
/// `$XDG_CONFIG_HOME/timeline/init.tl`, default `~/.config/timeline/init.tl`.
/// Scripts (`-f`, `-c`, piped input) do not read it, so they run the same everywhere.
enum InitFile {
    static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let base: URL
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = URL(fileURLWithPath: config)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".config")
        } else {
            return nil
        }
        let file = base.appendingPathComponent("timeline/init.tl")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }
}
