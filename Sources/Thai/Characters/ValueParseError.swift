/// An error reading a value a person typed (a date, an amount): what is
/// wrong, what to write instead, and where in the value it starts, so a
/// caller can turn any of them into one diagnostic at file:line:column.
public protocol ValueParseError: Error, Sendable {
    /// One English sentence; Thai text from the input is quoted as is.
    var message: String { get }
    /// What to write instead.
    var hint: String { get }
    /// 0-based offset, in Unicode scalars of the value, where the problem starts.
    var offset: Int { get }
}

extension DateParseError: ValueParseError {}
extension NumberParseError: ValueParseError {}
