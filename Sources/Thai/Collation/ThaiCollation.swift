import ICUShim

/// Thai dictionary order, from ICU's Thai collation.
///
/// Thai sorts by consonant first: a leading vowel (เ แ โ ใ ไ) is written
/// before the consonant but sorted after it, so `เก` comes after `กา` and
/// before `ข`. Code point order gets this wrong.
///
/// ```swift
/// ThaiCollation.sorted(["ข", "เก", "ก"])   // ["ก", "เก", "ข"]
/// ```
public enum ThaiCollation {
    /// A key that compares, byte by byte, in Thai dictionary order.
    public struct SortKey: Comparable, Hashable, Sendable {
        let bytes: [UInt8]

        public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
        }
    }

    /// The sort key of `text`; compute it once per item when sorting many.
    public static func sortKey(_ text: some StringProtocol) -> SortKey {
        let units = Array(text.utf16)
        let key = ICU.growingBuffer(capacity: units.count * 4 + 16) { (key: UnsafeMutableBufferPointer<UInt8>) in
            units.withUnsafeBufferPointer { source in
                khao_thai_sort_key(source.baseAddress, Int32(source.count), key.baseAddress, Int32(key.count))
            }
        }
        // Without collation data, code point order is wrong but stable.
        return SortKey(bytes: key ?? Array(String(text).utf8))
    }

    /// True when `lhs` comes before `rhs` in Thai order.
    public static func areInIncreasingOrder(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Bool {
        sortKey(lhs) < sortKey(rhs)
    }

    /// `strings` in Thai order.
    public static func sorted<S: StringProtocol>(_ strings: [S]) -> [S] {
        sorted(strings, by: { $0 })
    }

    /// `items` in Thai order of the text `key` gives for each; items with
    /// equal text keep their order.
    public static func sorted<Item, S: StringProtocol>(_ items: [Item], by key: (Item) -> S) -> [Item] {
        items.enumerated()
            .map { (offset: $0.offset, key: sortKey(key($0.element)), item: $0.element) }
            .sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }
            .map(\.item)
    }
}
