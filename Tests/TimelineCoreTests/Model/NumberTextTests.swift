import Testing

@testable import TimelineCore

struct NumberTextTests {
    static let table: [(Double, Int?, String)] = [
        (0, nil, "0"),
        (7, nil, "7"),
        (956, nil, "956"),
        (999, nil, "999"),
        (1000, nil, "1,000"),
        (1179, nil, "1,179"),
        (12_345, nil, "12,345"),
        (123_456, nil, "123,456"),
        (1_500_000, nil, "1,500,000"),
        (48.0, nil, "48"),
        (47.99, nil, "47.99"),
        (0.5, nil, "0.5"),
        (48.5, nil, "48.5"),
        (1234.5, nil, "1,234.5"),
        (999.999, nil, "1,000"),
        (-1234, nil, "-1,234"),
        (-0.5, nil, "-0.5"),
        (-0.001, nil, "0"),
        (1e17, nil, "100,000,000,000,000,000"),
        (-1e17, nil, "-100,000,000,000,000,000"),
        (1e20, nil, "1e+20"),
        (-1e20, nil, "-1e+20"),
        (48, 1, "48.0"),
        (0.125, 2, "0.13"),
        (1234.5678, 2, "1,234.57"),
        (1234.5, 0, "1,235"),
        (0.05, 1, "0.1"),
        (.infinity, nil, "∞"),
        (-.infinity, nil, "-∞"),
        (.nan, nil, "NaN"),
    ]

    @Test(arguments: table)
    func grouped(_ value: Double, _ decimals: Int?, _ text: String) {
        #expect(NumberText.grouped(value, decimals: decimals) == text)
    }

    @Test(arguments: [
        (MeasureValue.exact(956), "956"), (.range(1200, 1500), "1,200–1,500"), (.exact(48.5), "48.5"),
    ])
    func measureValues(_ value: MeasureValue, _ text: String) {
        #expect(value.formatted == text)
    }
}
