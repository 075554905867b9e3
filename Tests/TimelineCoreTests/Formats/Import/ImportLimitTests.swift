import Testing

@testable import TimelineCore

/// The importers' limits: events per file (lowered here from 50 million to 3) and the
/// length of one CSV field (1 MiB, as for a JSON string).
struct ImportLimitTests {
    static let options: ImportOptions = {
        var options = ImportOptions()
        options.maximumEvents = 3
        return options
    }()

    static func message(_ decode: () throws(Diagnostic) -> Timeline) -> String? {
        do {
            _ = try decode()
            return nil
        } catch {
            return error.message
        }
    }

    static let tooMany = "too many events: more than 3 in one file"

    @Test func csvRefusesTheEventPastTheLimit() throws {
        let rows = (1...4).map { "e\($0),2025-01-0\($0),Title \($0)" }
        let text = (["id,date,title"] + rows).joined(separator: "\n") + "\n"
        #expect(
            Self.message { () throws(Diagnostic) in try CSVImporter.decode(Array(text.utf8), options: Self.options) }
                == Self.tooMany)
        let three = (["id,date,title"] + rows.prefix(3)).joined(separator: "\n") + "\n"
        #expect(try CSVImporter.decode(Array(three.utf8), options: Self.options).events.count == 3)
    }

    @Test func jsonlRefusesTheEventPastTheLimit() throws {
        let lines = (1...4).map { JSONLImporterTests.line("e\($0)") }
        let text = ([JSONLImporterTests.header] + lines).joined(separator: "\n") + "\n"
        #expect(
            Self.message { () throws(Diagnostic) in try JSONLImporter.decode(Array(text.utf8), options: Self.options) }
                == Self.tooMany)
    }

    @Test func timelineJSRefusesTheEventPastTheLimit() throws {
        let slide = #"{"start_date": {"year": 2025}, "text": {"headline": "Slide"}}"#
        let text = #"{"events": ["# + Array(repeating: slide, count: 4).joined(separator: ",") + "]}"
        #expect(
            Self.message { () throws(Diagnostic) in
                try TimelineJSImporter.decode(Array(text.utf8), options: Self.options)
            }
                == Self.tooMany)
    }

    @Test func theDocumentedLimitIsFiftyMillion() {
        #expect(ImportOptions().maximumEvents == 50_000_000)
    }

    @Test(arguments: [false, true])
    func aCSVFieldLongerThanOneMebibyteIsAnError(quoted: Bool) {
        let long = String(repeating: "a", count: CSVReader.maximumFieldBytes + 1)
        let text = "id,date,title\ne1,2025-01-01," + (quoted ? "\"\(long)\"" : long) + "\n"
        let error = #expect(throws: Diagnostic.self) { try CSVReader.read(Array(text.utf8)) }
        #expect(error?.message == "field too long: more than 1048576 bytes")
        #expect(error?.span?.start == 28, "the field's start")
    }

    @Test func aCSVFieldOfExactlyOneMebibyteIsRead() throws {
        let long = String(repeating: "a", count: CSVReader.maximumFieldBytes)
        let records = try CSVReader.read(Array("\"\(long)\"\n".utf8))
        #expect(records.first?.fields.first?.text.utf8.count == CSVReader.maximumFieldBytes)
    }
}
