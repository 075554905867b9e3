/// One thing a fact-checker looks for, as a pure function from the selected
/// events (and the findings of the rules run before it) to findings.
///
/// Rules read only the input: metric relations (`partOf`, `shareOf`), units,
/// dates and values. None names a metric, event or source id, so every rule
/// works on any timeline.
public protocol CheckRule: Sendable {
    /// The rule's name, as output and docs show it (`stated-share`).
    var name: String { get }
    /// What it flags, in one line.
    var summary: String { get }
    /// The most severe level the rule reports.
    var severity: Severity { get }
    /// The rule's findings. `earlier` holds what the rules run before it found.
    func findings(in input: CheckInput, earlier: [Finding]) -> [Finding]
}
