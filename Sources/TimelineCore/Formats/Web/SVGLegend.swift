/// The legend under the SVG picture: one swatch and letter per kind, then
/// what each mark means. Items flow left to right and wrap.
struct SVGLegend {
    let top: Double
    let width: Double
    let margin: Double
    private(set) var markupText = ""
    private(set) var bottom: Double

    init(kinds: SVGKinds, top: Double, width: Double, margin: Double) {
        self.top = top
        self.width = width
        self.margin = margin
        bottom = top
        var x = margin
        var y = top
        func place(_ itemWidth: Double) -> (Double, Double) {
            if x + itemWidth > width - margin, x > margin {
                x = margin
                y += 18
            }
            defer { x += itemWidth + 14 }
            return (x, y)
        }
        var out = "<g class=\"legend\" font-size=\"11\">\n"
        out += SVGExporter.text(margin, y, "Kinds:", size: 11, extra: " font-weight=\"bold\"")
        x += 48
        for kind in kinds.kinds {
            let label = "\(kinds.letter(kind)) \(kind)"
            let (ix, iy) = place(14 + Double(label.count) * SVGExporter.labelCharacterWidth)
            out += SVGExporter.rect(ix, iy - 9, 10, 10, extra: " fill=\"\(kinds.colour(kind))\"")
            out += SVGExporter.text(ix + 14, iy, label, size: 11)
        }
        x = margin
        y += 22
        out += SVGExporter.text(margin, y, "Marks:", size: 11, extra: " font-weight=\"bold\"")
        x += 48
        let grey = "#444444"
        let items: [(String, (Double, Double) -> String)] = [
            ("a day", { SVGMarks.point($0 + 6, $1 - 4, colour: grey, style: .dot) }),
            ("a day with ? or ~", { SVGMarks.point($0 + 6, $1 - 4, colour: grey, style: .ring) }),
            (
                "an interval",
                { SVGExporter.rect($0, $1 - 8, 22, 8, extra: " fill=\"\(grey)\" rx=\"2\"") }
            ),
            (
                "a vague date (month, year, decade…)",
                {
                    SVGExporter.rect(
                        $0, $1 - 9, 22, 10,
                        extra: " fill=\"\(grey)\" fill-opacity=\"0.25\" stroke=\"\(grey)\" stroke-dasharray=\"3 2\"")
                }
            ),
            (
                "one of these dates",
                {
                    SVGMarks.point($0 + 5, $1 - 4, colour: grey, style: .diamond)
                        + SVGExporter.line(
                            $0 + 12, $1 - 4, $0 + 22, $1 - 4, extra: " stroke=\"\(grey)\" stroke-dasharray=\"3 3\"")
                        + SVGMarks.point($0 + 29, $1 - 4, colour: grey, style: .diamond)
                }
            ),
            (
                "open or unknown end",
                {
                    SVGExporter.rect($0, $1 - 8, 16, 8, extra: " fill=\"\(grey)\" fill-opacity=\"0.3\"")
                        + SVGExporter.polygon(
                            [($0 + 16, $1 - 10), ($0 + 24, $1 - 4), ($0 + 16, $1 + 2)],
                            extra: " fill=\"\(grey)\"")
                }
            ),
            (
                "empty stretch compressed",
                { SVGExporter.rect($0 + 4, $1 - 11, 18, 14, extra: " fill=\"#dddddd\"") }
            ),
        ]
        for (label, symbol) in items {
            let symbolWidth = 42.0
            let (ix, iy) = place(symbolWidth + Double(label.count) * SVGExporter.labelCharacterWidth)
            out += symbol(ix, iy)
            out += SVGExporter.text(ix + symbolWidth, iy, label, size: 11)
        }
        out += "</g>\n"
        markupText = out
        bottom = y + 8
    }

    func markup() -> String { markupText }
}
