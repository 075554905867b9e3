extension JSONNode {
    /// The same tree with every span moved right by `delta` bytes: a value
    /// read from one line of a file, placed back where that line starts.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    func shifted(by delta: Int) -> JSONNode {
        let value: JSONValue
        switch self.value {
        case .array(let items): value = .array(items.map { $0.shifted(by: delta) })
        case .object(let members):
            value = .object(
                members.map {
                    JSONMember(key: $0.key, keySpan: $0.keySpan.shifted(by: delta), value: $0.value.shifted(by: delta))
                })
        default: value = self.value
        }
        return JSONNode(value, span: span.shifted(by: delta))
    }
}
