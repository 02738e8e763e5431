import Thai

/// A ``StableHash`` of a list of files, naming a folder after its
/// contents so that a changed binary never reuses an old copy. Not a
/// defence against tampering: the copy is private to the user and checked
/// file by file before reuse (`ExampleSite`).
enum ContentHash {
    static func of(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var hash = StableHash()
        for file in files {
            hash.add(file.path.utf8)
            hash.add(CollectionOfOne(0))
            withUnsafeBytes(of: UInt64(file.bytes.count).littleEndian) { hash.add($0) }
            hash.add(file.bytes)
        }
        return hash.hex(digits: 16)
    }
}
