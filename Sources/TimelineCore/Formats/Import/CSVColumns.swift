import Foundation

/// Which column of a CSV file gives which event field, read from the header
/// row and the user's `--map column=field` overrides.
///
/// Names match case-insensitively, ignoring spaces, underscores and hyphens:
/// `Date Note`, `date_note` and `dateNote` all name `date_note`.
struct CSVColumns {
    /// The fields a column can give.
    static let fields = [
        "id", "date", "date_note", "kind", "title", "summary", "actors", "tags", "sources", "related", "notes",
    ]
    /// Columns the CSV exporter writes that cannot be read back (derived, or measures).
    static let ignored = ["earliest", "latest", "date_display", "measures"]
    /// Fields every file needs a column for.
    static let required = ["date", "title"]

    /// Field → column index.
    private(set) var index: [String: Int] = [:]

    init(header: CSVRecord, mapping: [String: String]) throws(Diagnostic) {
        let names = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        var explicit: [Int: String] = [:]
        for (column, field) in mapping.sorted(by: { $0.key < $1.key }) {
            guard let known = Self.field(named: field) else {
                throw Diagnostic.error(
                    "--map \(column)=\(field): '\(field)' is not an event field",
                    notes: ["fields: " + Self.fields.joined(separator: ", ")]
                )
                .suggesting(Suggestion.nearest(to: field, in: Self.fields))
            }
            let at =
                names.firstIndex(of: column)
                ?? names.firstIndex { Self.normalized($0) == Self.normalized(column) }
            guard let at else {
                throw Diagnostic.error(
                    "--map \(column)=\(field): the file has no column '\(column)'",
                    notes: ["columns: " + names.joined(separator: ", ")]
                )
                .suggesting(Suggestion.nearest(to: column, in: names))
            }
            explicit[at] = known
        }
        let mappedFields = Set(explicit.values)
        var unknown: [Int] = []
        for (at, cell) in header.fields.enumerated() {
            let field: String
            if let mapped = explicit[at] {
                field = mapped
            } else if let named = Self.field(named: names[at]) {
                // An explicit mapping to this field wins over the column of that name.
                if mappedFields.contains(named) { continue }
                field = named
            } else {
                if !names[at].isEmpty,
                    !Self.ignored.contains(where: { Self.normalized($0) == Self.normalized(names[at]) })
                {
                    unknown.append(at)
                }
                continue
            }
            if let earlier = index[field] {
                throw .error(
                    "column '\(names[at])' gives the field '\(field)', which column '\(names[earlier])' already gives",
                    at: cell.span, notes: ["keep one, or map one elsewhere with --map"])
            }
            index[field] = at
        }
        for field in Self.required where index[field] == nil {
            // A misspelt column is the likeliest reason: point at it.
            if let near = unknown.first(where: { Suggestion.nearest(to: names[$0], in: [field]) != nil }) {
                throw Diagnostic.error(
                    "no '\(field)' column: '\(names[near])' is not a column the importer knows",
                    at: header.fields[near].span, notes: ["or map it: --map '\(names[near])=\(field)'"]
                )
                .suggesting(field)
            }
            throw .error(
                "no '\(field)' column in the header", at: .point(header.span.start),
                notes: [
                    "columns: " + names.joined(separator: ", "),
                    "name a column '\(field)', or map one: --map COLUMN=\(field)",
                ])
        }
    }

    /// The field a column name or `--map` target names, if any.
    static func field(named name: String) -> String? {
        let key = normalized(name)
        return fields.first { normalized($0) == key }
    }

    /// Lowercase, without spaces, underscores and hyphens.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
    }
}
