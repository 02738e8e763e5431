/// A 64-bit FNV-1a hash of a list of files, naming a folder after its
/// contents so that a changed binary never reuses an old copy. Not a
/// defence against tampering: the copy is private to the user and checked
/// file by file before reuse (`ExampleSite`).
enum ContentHash {
    static func of(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        for file in files {
            file.path.utf8.forEach(add)
            add(0)
            withUnsafeBytes(of: UInt64(file.bytes.count).littleEndian) { $0.forEach(add) }
            file.bytes.forEach(add)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
