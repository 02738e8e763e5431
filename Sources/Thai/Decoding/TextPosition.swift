/// A 1-based line and column, the column counted in Unicode scalars.
public struct TextPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Line 1, column 1.
    public static let start = TextPosition(line: 1, column: 1)

    /// The position just after `text`, where LF, CR LF and a lone CR each end a line.
    public static func after(_ text: some Sequence<Unicode.Scalar>) -> TextPosition {
        var position = TextPosition.start
        var previous: Unicode.Scalar?
        for scalar in text {
            if scalar == "\n" && previous == "\r" {
                // The CR already ended this line.
            } else if scalar == "\n" || scalar == "\r" {
                position.line += 1
                position.column = 1
            } else {
                position.column += 1
            }
            previous = scalar
        }
        return position
    }
}
