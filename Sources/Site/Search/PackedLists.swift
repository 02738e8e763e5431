/// Lists of numbers one after the other in one buffer of ``VarInt``s:
/// list `l` is `bytes[ends[l - 1]..<ends[l]]` (from 0 for the first).
///
/// One buffer for thousands of short lists, instead of an array each: the
/// search index keeps millions of small numbers until its files are written.
struct PackedLists: Sendable {
    private var ends: [Int32] = []
    private var bytes: [UInt8] = []

    mutating func reserveCapacity(lists: Int, bytes count: Int) {
        ends.reserveCapacity(lists)
        bytes.reserveCapacity(count)
    }

    /// Appends `value` to the list being made.
    @inline(__always)
    mutating func append(_ value: UInt32) {
        VarInt.append(value, to: &bytes)
    }

    /// Appends a signed `value` to the list being made.
    @inline(__always)
    mutating func append(signed value: Int32) {
        VarInt.append(signed: value, to: &bytes)
    }

    /// Appends ascending `values` to the list being made, as ``VarInt/append(ascending:to:)`` does.
    @inline(__always)
    mutating func append(ascending values: some Sequence<Int32>) {
        VarInt.append(ascending: values, to: &bytes)
    }

    /// Ends the list being made; the next number starts a new one.
    mutating func endList() {
        ends.append(Int32(bytes.count))
    }

    /// Reads list `list` with `body`.
    func read<Result>(_ list: Int, _ body: (inout VarInt.Reader) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            var reader = VarInt.Reader(bytes, (list == 0 ? 0 : Int(ends[list - 1]))..<Int(ends[list]))
            return body(&reader)
        }
    }
}
