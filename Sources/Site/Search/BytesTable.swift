#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers found by a string of bytes that lies in a buffer outliving the
/// table: the search index looks up each word of every document by its
/// UTF-8 where it lies in the text, ten million times on a large site.
///
/// Open addressing with a hash of its own, because a `Dictionary` seeds
/// and finalises a SipHash for every lookup, which cost more than all the
/// rest of a lookup. Equal keys still compare their bytes, so a poor hash
/// costs time, never a wrong number.
struct BytesTable {
    private struct Slot {
        /// Nil for a free slot.
        var start: UnsafePointer<UInt8>?
        var count: Int32
        var value: Int32
    }

    private var slots: [Slot]
    /// A key's first slot is its hash masked: the slots are a power of two.
    private var mask: Int
    /// How many keys are in the table.
    private(set) var count = 0

    /// A table that holds `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        // Kept at most half full: probes stay short.
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(start: nil, count: 0, value: 0), count: size)
        mask = size - 1
    }

    /// The number stored for `key`, nil when it has none.
    func value(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let slot = place(of: key)
        return slots[slot].start == nil ? nil : slots[slot].value
    }

    /// The number stored for `key`, or `make()` stored for it and given
    /// when it has none.
    mutating func value(of key: UnsafeBufferPointer<UInt8>, orAdd make: () -> Int32) -> Int32 {
        let slot = place(of: key)
        if slots[slot].start != nil { return slots[slot].value }
        let value = make()
        slots[slot] = Slot(start: Self.start(of: key), count: Int32(key.count), value: value)
        count += 1
        if count * 2 > slots.count { grow() }
        return value
    }

    /// The slot holding `key`, or the free slot where it would go.
    private func place(of key: UnsafeBufferPointer<UInt8>) -> Int {
        let start = Self.start(of: key)
        var slot = Self.hash(key) & mask
        while let held = slots[slot].start {
            if slots[slot].count == Int32(key.count), held == start || memcmp(held, start, key.count) == 0 {
                return slot
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(start: nil, count: 0, value: 0), count: old.count * 2)
        mask = slots.count - 1
        for entry in old {
            guard let start = entry.start else { continue }
            var slot = Self.hash(UnsafeBufferPointer(start: start, count: Int(entry.count))) & mask
            while slots[slot].start != nil { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// Where `key` starts; an empty key, which may have no address, gets
    /// one that is never read.
    private static func start(of key: UnsafeBufferPointer<UInt8>) -> UnsafePointer<UInt8> {
        key.baseAddress ?? UnsafePointer(bitPattern: 1)!
    }

    /// The bytes folded eight at a time, then mixed so that every bit of
    /// the fold reaches the low bits the mask keeps (MurmurHash3's finaliser).
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var folded = UInt64(key.count)
        guard let base = key.baseAddress else { return Int(truncatingIfNeeded: folded) }
        let raw = UnsafeRawPointer(base)
        var at = 0
        while at + 8 <= key.count {
            folded = (folded ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            at += 8
        }
        if at < key.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while at < key.count {
                tail |= UInt64(base[at]) << shift
                shift += 8
                at += 1
            }
            folded = (folded ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        folded ^= folded >> 33
        folded &*= 0xFF51_AFD7_ED55_8CCD
        folded ^= folded >> 33
        return Int(truncatingIfNeeded: folded)
    }
}
