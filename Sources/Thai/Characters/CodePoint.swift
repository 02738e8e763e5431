extension Unicode.Scalar {
    /// The code point as Unicode writes it, `U+0E33`, for messages about
    /// characters that cannot be seen or told apart.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
