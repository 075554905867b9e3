import TimelineCore

/// Lays out `explain` as a tree: each part, how many events it selects, and what it means.
struct ExplainRenderer {
    var width: Int?

    func render(_ report: ExplainReport) -> String {
        var out = "filter   \(report.normalized)\n"
        out += "reading  \(report.mode.rawValue) (the session default, for terms that name none)\n\n"
        var rows: [(count: String, tree: String, detail: String)] = []
        func walk(_ node: ExplainReport.Node, prefix: String, connector: String) {
            rows.append((Self.events(node.count), prefix + connector + node.label, node.detail))
            let childPrefix = prefix + (connector == "├─ " ? "│  " : connector.isEmpty ? "" : "   ")
            for (index, child) in node.children.enumerated() {
                walk(child, prefix: childPrefix, connector: index == node.children.count - 1 ? "└─ " : "├─ ")
            }
        }
        walk(report.root, prefix: "", connector: "")
        var table = TextTable(["EVENTS", "PART", "MEANING"], alignments: [.right, .left, .left])
        for row in rows { table.add([row.count, row.tree, row.detail]) }
        out += table.render(width: width)
        out += "\nresult   \(Self.events(report.total))"
        if report.possiblyOnly > 0 { out += ", \(report.possiblyOnly) of them only possibly" }
        return out + "\n"
    }

    static func events(_ n: Int) -> String { n == 1 ? "1 event" : "\(n) events" }

    static func json(_ report: ExplainReport) -> JSON {
        [
            "command": "explain", "filter": .string(report.normalized), "reading": .string(report.mode.rawValue),
            "total": .int(report.total), "possiblyOnly": .int(report.possiblyOnly), "tree": node(report.root),
        ]
    }

    private static func node(_ node: ExplainReport.Node) -> JSON {
        [
            "part": .string(node.label), "meaning": .string(node.detail), "events": .int(node.count),
            "children": .array(node.children.map(Self.node)),
        ]
    }
}
