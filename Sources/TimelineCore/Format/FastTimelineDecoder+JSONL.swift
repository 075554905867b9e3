#if canImport(Glibc)
    import Glibc
#endif

/// The fast path for JSON Lines (docs/import-formats.md): the header line read
/// by the validating code (it is small), then each event line by the same
/// byte-level steps as an event inside a JSON file. Anything it does not
/// accept — two values on a line, a bad event, a bad reference — sends the
/// whole file to ``JSONLImporter``'s validating reader, which says what is wrong.
extension FastTimelineDecoder {
    /// - Parameter maximumEvents: past this many events the file goes to the validating reader, which refuses it.
    package static func decodeJSONL(
        _ bytes: [UInt8], progress: LoadProgress? = nil, maximumEvents: Int = ImportOptions.maximumEventsPerFile
    ) -> Outcome {
        run(bytes, progress: progress) { decoder throws(GiveUp) in
            try decoder.jsonlDocument(maximumEvents: maximumEvents)
        }
    }

    /// Reads a JSONL file mapping (``PageRelease``), letting its pages go as the read passes them.
    package static func decodeJSONL(
        mappedFile buffer: UnsafeBufferPointer<UInt8>, progress: LoadProgress? = nil,
        maximumEvents: Int = ImportOptions.maximumEventsPerFile
    ) -> Outcome {
        run(buffer, progress: progress, release: buffer.baseAddress.map { PageRelease(fileMappingAt: $0) }) {
            decoder throws(GiveUp) in try decoder.jsonlDocument(maximumEvents: maximumEvents)
        }
    }

    private mutating func jsonlDocument(maximumEvents: Int) throws(GiveUp) -> Timeline {
        // The header: the first line (JSONL files written by timeline have no blank line before it).
        var end = 0
        while end < count, base[end] != 0x0A { end += 1 }
        let header = 0..<end
        var timeline: Timeline
        do {
            let node = try JSONReader.parse(UnsafeBufferPointer(start: base + header.lowerBound, count: header.count))
            timeline = try JSONLImporter.header(node)
        } catch {
            throw GiveUp()
        }
        useCatalogues(of: timeline)
        reader.index = header.upperBound
        var events = eventArrayForTheRest()
        while true {
            reader.skipWhitespace()
            if reader.index == count { break }
            guard events.count < maximumEvents else { throw GiveUp() }
            let start = reader.index
            events.append(try event())
            // JSON allows a line feed between tokens; a JSONL event may not hold one.
            if memchr(base + start, 0x0A, reader.index - start) != nil { throw GiveUp() }
            // One event a line: only spaces may follow it before the line feed.
            while reader.index < count,
                base[reader.index] == 0x20 || base[reader.index] == 0x09
                    || base[reader.index] == 0x0D
            {
                reader.index += 1
            }
            guard reader.index == count || base[reader.index] == 0x0A else { throw GiveUp() }
            try tick(events.count)
        }
        try checkIDs(events)
        timeline.events = events
        return timeline
    }

}
