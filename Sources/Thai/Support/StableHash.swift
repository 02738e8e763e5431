/// A 64-bit FNV-1a hash: the same on every machine and every run (Swift's
/// `Hasher` is seeded per process), for names that must not change from one
/// build to the next: fallback slugs, fingerprinted assets, cached folders.
/// Not a defence against tampering.
///
/// ```swift
/// var hash = StableHash()
/// hash.add("ข่าว".utf8)
/// hash.hex(digits: 6)   // six hex digits, the same every time
/// ```
public struct StableHash: Sendable {
    @usableFromInline var state: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// The hash of `bytes` alone.
    @inlinable
    public init(_ bytes: some Sequence<UInt8>) {
        add(bytes)
    }

    @inlinable
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }

    public var value: UInt64 { state }

    /// The low `digits` hex digits of the hash (1 to 16), zero-padded.
    public func hex(digits: Int) -> String {
        let digits = min(16, max(1, digits))
        let kept = digits == 16 ? state : state & ((1 << UInt64(digits * 4)) - 1)
        let hex = String(kept, radix: 16)
        return String(repeating: "0", count: digits - hex.count) + hex
    }
}
