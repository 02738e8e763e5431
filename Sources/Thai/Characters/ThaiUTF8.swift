/// The Thai block in UTF-8: U+0E00–U+0E7F are the bytes E0 B8 80…E0 B9 BF,
/// so scanners of UTF-8 tell a Thai letter by its first two bytes and its
/// place in the block by the low bits of the last two, without decoding.
public enum ThaiUTF8 {
    /// The place in the Thai block (the code point less U+0E00, 0–127) of
    /// the letter that starts at `index` of `bytes`, or nil when no Thai
    /// letter starts there.
    @inlinable
    public static func place<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Int? where Bytes.Index == Int {
        guard bytes[index] == 0xE0, index + 2 < bytes.endIndex, bytes[index + 1] & 0xFE == 0xB8 else { return nil }
        return Int(bytes[index + 1] & 1) << 6 | Int(bytes[index + 2] & 0x3F)
    }
}
