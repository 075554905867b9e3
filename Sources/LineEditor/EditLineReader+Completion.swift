@preconcurrency internal import CEditLine

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

extension EditLineReader {
    /// Handles Tab: asks the ``CompletionSource`` about the text left of the cursor and edits
    /// or lists as ``TabAction`` decides. Returns a libedit `CC_*` code.
    func completeAtCursor() -> UInt8 {
        guard let completion, let info = el_line(editLine)?.pointee, let buffer = info.buffer,
            let cursor = info.cursor
        else { return UInt8(CC_ERROR) }
        // With the UTF-8 locale libedit hands over the line as UTF-8.
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        switch TabAction.decide(textBeforeCursor: before, completion: completion.complete(before)) {
        case .beep:
            return UInt8(CC_ERROR)
        case .replace(let deleting, let inserting):
            // el_deletestr counts wide characters, which are Unicode scalars (wchar_t is UTF-32).
            if deleting > 0 { el_deletestr(editLine, Int32(deleting)) }
            return el_insertstr(editLine, inserting) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            let columns = Int(timeline_terminal_columns(fileno(output)))
            let list = CompletionList.layout(candidates, width: columns > 0 ? columns : 80)
            // Leave the line as it is, below it the list; CC_REDISPLAY then draws the prompt
            // and the line again from the start of the next row.
            write(restOfLine() + "\n" + list)
            return UInt8(CC_REDISPLAY)
        }
    }
}
