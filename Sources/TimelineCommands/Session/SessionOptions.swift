import TimelineCore

/// How results are rendered.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json
}

/// The options `set` shows and changes.
public struct SessionOptions: Sendable {
    public var format: OutputFormat = .table
    /// The reading of date and measure terms that name none.
    public var dateMode: MatchMode = .possibly
    /// Send output longer than the screen through `$PAGER` (interactive sessions only).
    public var pager = true
    /// Print how long each command took.
    public var timer = false

    public init() {}

    /// Every option, its value, what it may be, and what it does.
    public var all: [Setting] {
        [
            Setting(
                name: "format", value: format.rawValue, allowed: OutputFormat.allCases.map(\.rawValue),
                summary: "how results are printed"),
            Setting(
                name: "dates", value: dateMode.rawValue, allowed: MatchMode.allCases.map(\.rawValue),
                summary: "default reading of date and measure terms"),
            Setting(
                name: "pager", value: pager ? "on" : "off", allowed: ["on", "off"],
                summary: "page long output through $PAGER on a terminal"),
            Setting(
                name: "timer", value: timer ? "on" : "off", allowed: ["on", "off"],
                summary: "print how long each command took"),
        ]
    }

    static func unknownOption(_ name: String, at span: Span?, among settings: [Setting]) -> Diagnostic {
        let names = settings.map(\.name)
        let diagnostic = Diagnostic.error("unknown option '\(name)'", at: span)
            .suggesting(Suggestion.nearest(to: name, in: names))
        return diagnostic.notes.isEmpty
            ? Diagnostic.error(diagnostic.message, at: span, notes: ["options: " + names.joined(separator: ", ")])
            : diagnostic
    }

    /// Sets an option from text; throws with a caret at the bad part.
    mutating func set(_ name: String, to value: String, nameSpan: Span?, valueSpan: Span?) throws(Diagnostic) {
        guard let setting = all.first(where: { $0.name == name }) else {
            throw Self.unknownOption(name, at: nameSpan, among: all)
        }
        guard setting.allowed.contains(value) else {
            throw Diagnostic.error(
                "'\(value)' is not a value of \(name)", at: valueSpan,
                notes: ["\(name) is one of: " + setting.allowed.joined(separator: ", ")]
            ).suggesting(Suggestion.nearest(to: value, in: setting.allowed))
        }
        switch name {
        case "format": format = OutputFormat(rawValue: value) ?? format
        case "dates": dateMode = MatchMode(rawValue: value) ?? dateMode
        case "pager": pager = value == "on"
        case "timer": timer = value == "on"
        default: break
        }
    }
}
