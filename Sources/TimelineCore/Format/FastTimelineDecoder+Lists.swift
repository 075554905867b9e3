/// Labels and lists of labels: each checked against its catalogue by its bytes, each distinct
/// list made once and shared by every event that names it.
extension FastTimelineDecoder {
    /// The catalogue a label must be in.
    enum Catalogue {
        case kinds, actors, sources, metrics
    }

    /// The entry position of these bytes in `catalogue`, if any. Reads the
    /// table in place: passing a table by value would retain its arrays.
    @inline(__always)
    private func find(_ start: UnsafePointer<UInt8>, _ length: Int, in catalogue: Catalogue) -> Int? {
        switch catalogue {
        case .kinds: return kinds.find(start, length)
        case .actors: return actors.find(start, length)
        case .sources: return sources.find(start, length)
        case .metrics: return metrics.find(start, length)
        }
    }

    private func value(at position: Int, in catalogue: Catalogue) -> String {
        switch catalogue {
        case .kinds: return kinds.value(at: position)
        case .actors: return actors.value(at: position)
        case .sources: return sources.value(at: position)
        case .metrics: return metrics.value(at: position)
        }
    }

    /// A label that must be in `catalogue`; its shared string.
    mutating func label(in catalogue: Catalogue) throws(GiveUp) -> String {
        // Two statements: `value(at: try labelPosition(…))` would copy the whole decoder (self is
        // read for the call before the argument mutates it).
        let position = try labelPosition(in: catalogue)
        return value(at: position, in: catalogue)
    }

    /// A label that must be in `catalogue`; its entry position.
    mutating func labelPosition(in catalogue: Catalogue) throws(GiveUp) -> Int {
        let (start, length) = try plainString()
        guard let position = find(start, length, in: catalogue) else { throw GiveUp() }
        return position
    }

    /// An array of labels that must all be in `catalogue`; a list of actors or sources met
    /// before is found by its text (``ListTextTable``).
    mutating func labels(in catalogue: Catalogue) throws(GiveUp) -> [String] {
        try skipWhitespace()
        let start = reader.index
        let known: (list: [String], end: Int)?
        switch catalogue {
        case .actors: known = actorListTexts.find(at: start, in: base, count: count)
        case .sources: known = sourceListTexts.find(at: start, in: base, count: count)
        case .kinds, .metrics: known = nil
        }
        if let known {
            reader.index = known.end
            return known.list
        }
        let list = try labelsOneByOne(in: catalogue)
        switch catalogue {
        case .actors: actorListTexts.keep(list, from: start, to: reader.index, in: base, count: count)
        case .sources: sourceListTexts.keep(list, from: start, to: reader.index, in: base, count: count)
        case .kinds, .metrics: break
        }
        return list
    }

    private mutating func labelsOneByOne(in catalogue: Catalogue) throws(GiveUp) -> [String] {
        var list = ListKey(catalogue: catalogue)
        guard try openArray() else { return [] }
        repeat { list.append(try labelPosition(in: catalogue)) } while try moreElements()
        if let shared = sharedList(list) { return shared }
        return keep(list.map { value(at: $0, in: catalogue) }, for: list)
    }

    /// An array of tags: slugs, each made a string once; a list met before is found by its text.
    mutating func tagList() throws(GiveUp) -> [String] {
        try skipWhitespace()
        let start = reader.index
        if let known = tagListTexts.find(at: start, in: base, count: count) {
            reader.index = known.end
            return known.list
        }
        let list = try tagsOneByOne()
        tagListTexts.keep(list, from: start, to: reader.index, in: base, count: count)
        return list
    }

    private mutating func tagsOneByOne() throws(GiveUp) -> [String] {
        var list = ListKey(catalogue: nil)
        guard try openArray() else { return [] }
        repeat {
            let (start, length) = try plainString()
            if let position = tags.find(start, length) {
                list.append(position)
            } else {
                guard Self.isSlug(start, length) else { throw GiveUp() }
                let value = String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
                list.append(tags.insert(start, length, value: value))
            }
        } while try moreElements()
        if let shared = sharedList(list) { return shared }
        return keep(list.map { tags.value(at: $0) }, for: list)
    }

    /// The array made before for these label positions: one array is shared by
    /// every event with the same labels in the same order (events repeat a few
    /// hundred combinations of tags, actors and sources).
    private func sharedList(_ list: ListKey) -> [String]? {
        list.key.flatMap { lists[$0] }
    }

    /// Keeps `labels`, made for `list`, to share; returns it.
    private mutating func keep(_ labels: [String], for list: ListKey) -> [String] {
        if let key = list.key { lists[key] = labels }
        return labels
    }
}
