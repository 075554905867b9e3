import TimelineCore

extension Completer {
    /// A line split for completion: the tokens before the word being completed,
    /// and that word.
    ///
    /// ```
    /// "list (tag:arr"     context: list (      word: "tag:arr"  kind: .field(tag, partial: "arr")
    /// "count by "         context: count by    word: ""         kind: .word
    /// "list actor:\"wh"   context: list        word: "actor:\"wh"  kind: .field(actor, partial: "wh", quote: ")
    /// "list $re"          context: list        word: "$re"      kind: .variable("re")
    /// ```
    struct Tail {
        enum Kind: Equatable {
            /// A partial word (letters so far), or nothing after a space or `(`.
            case word
            /// A number or date-like run being typed (`2025-01`), which only values complete.
            case literal
            /// `FIELD:` and a partial value; `field` is spelled as typed, `quote` is the
            /// opening quote when the value is an unterminated string.
            case field(String, partial: String, quote: Character?)
            /// `$` and a partial name.
            case variable(String)
        }

        /// Tokens before the word, the command word included.
        var context: [Token]
        /// The text the candidates replace.
        var word: String
        var kind: Kind

        /// Whether the word may be a plain value: a word, a number or a date-like run.
        var isValue: Bool { kind == .word || kind == .literal }

        /// Splits `text`; nil when the end of the line is nothing to complete: inside
        /// free text, right after a string, `)`, an operator, or a lexical error.
        init?(of text: String) {
            let endsInSpace = text.unicodeScalars.last?.isSpace ?? true
            let tokens: [Token]
            do {
                tokens = try Lexer.tokenize(text)
            } catch .unterminatedString(let quote) {
                self.init(quotedValueIn: text, quoteAt: quote.start)
                return
            } catch .missingVariableName(let dollar) where dollar.end == text.utf8.count {
                // A lone `$` at the end: every named selection.
                guard let context = try? Lexer.tokenize(slice(text, 0..<dollar.start)),
                    context.last.map({ $0.span.end < dollar.start || $0.kind == .leftParen }) ?? true
                else { return nil }
                self.init(context: context, word: "$", kind: .variable(""))
                return
            } catch {
                return nil
            }
            guard !endsInSpace, let last = tokens.last else {
                self.init(context: tokens, word: "", kind: .word)
                return
            }
            let n = tokens.count
            switch last.kind {
            case .leftParen:
                self.init(context: tokens, word: "", kind: .word)
            case .colon:
                // `tag:` — a field with no value yet.
                guard n >= 2, tokens[n - 2].kind == .word, Self.adjacent(tokens[n - 2], last) else { return nil }
                self.init(
                    context: Array(tokens[..<(n - 2)]), word: slice(text, tokens[n - 2].span.start..<last.span.end),
                    kind: .field(tokens[n - 2].text, partial: "", quote: nil))
            case .word, .number, .date:
                if n >= 3, tokens[n - 2].kind == .colon, tokens[n - 3].kind == .word,
                    Self.adjacent(tokens[n - 3], tokens[n - 2]), Self.adjacent(tokens[n - 2], last)
                {
                    self.init(
                        context: Array(tokens[..<(n - 3)]),
                        word: slice(text, tokens[n - 3].span.start..<last.span.end),
                        kind: .field(tokens[n - 3].text, partial: last.text, quote: nil))
                } else {
                    self.init(
                        context: Array(tokens.dropLast()), word: last.text,
                        kind: last.kind == .word ? .word : .literal)
                }
            case .variable:
                self.init(
                    context: Array(tokens.dropLast()), word: slice(text, last.span.start..<last.span.end),
                    kind: .variable(last.text))
            case .string, .rightParen, .comparison:
                return nil
            }
        }

        init(context: [Token], word: String, kind: Kind) {
            self.context = context
            self.word = word
            self.kind = kind
        }

        /// `FIELD:"partial` — an open quote right after a field's colon; any other
        /// open quote is free text, and completes nothing.
        private init?(quotedValueIn text: String, quoteAt offset: Int) {
            let before = slice(text, 0..<offset)
            guard let tokens = try? Lexer.tokenize(before), tokens.count >= 2 else { return nil }
            let n = tokens.count
            let colon = tokens[n - 1]
            let field = tokens[n - 2]
            guard colon.kind == .colon, colon.span.end == offset, field.kind == .word, Self.adjacent(field, colon)
            else { return nil }
            let quoted = slice(text, offset..<text.utf8.count)
            guard let quote = quoted.first else { return nil }
            self.init(
                context: Array(tokens[..<(n - 2)]), word: slice(text, field.span.start..<text.utf8.count),
                kind: .field(field.text, partial: String(quoted.dropFirst()), quote: quote))
        }

        private static func adjacent(_ left: Token, _ right: Token) -> Bool { left.span.end == right.span.start }
    }
}

/// The text of `range`, in UTF-8 offsets on scalar boundaries (as token spans are).
private func slice(_ text: String, _ range: Range<Int>) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return String(text[start..<end])
}
