/// The start of an image file, taken apart by format to find its size.
///
/// Every read is bounds-checked: bytes that end early ask for more
/// (``Result/needsBytes(_:)``, so a file can be read a chunk at a time), and
/// bytes that are not what the format says give ``Result/unknown``.
struct ImageHeader {
    enum Result: Equatable {
        case size(ImageSize)
        /// The header goes on past the bytes given: at least this many in all.
        case needsBytes(Int)
        case unknown
    }

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var result: Result {
        if matches(Self.pngSignature) { return png }
        if matches(Array("GIF87a".utf8)) || matches(Array("GIF89a".utf8)) { return gif }
        if matches([0xFF, 0xD8]) { return jpeg }
        if matches(Array("RIFF".utf8)) && matches(Array("WEBP".utf8), at: 8) { return webP }
        // Too short to tell the kind: a PNG signature (8 bytes) and WebP's
        // (12) are the longest, and a start that fits none is no image.
        if bytes.count < 12 && startsAnyKnownFormat { return .needsBytes(12) }
        return .unknown
    }

    /// PNG: the IHDR chunk comes first, width and height big-endian.
    private var png: Result {
        guard bytes.count >= 24 else { return .needsBytes(24) }
        guard matches(Array("IHDR".utf8), at: 12) else { return .unknown }
        return sized(bigEndian32(at: 16), bigEndian32(at: 20))
    }

    /// GIF: the logical screen's width and height, little-endian, after the signature.
    private var gif: Result {
        guard bytes.count >= 10 else { return .needsBytes(10) }
        return sized(littleEndian(at: 6, count: 2), littleEndian(at: 8, count: 2))
    }

    /// JPEG: segments from the start of image to the first frame header
    /// (SOFn), which holds height then width. On the way: fill bytes
    /// (any run of `FF`), markers without a length (TEM, RSTn), and
    /// segments of any length (APPn with EXIF, ICC profiles, tables).
    private var jpeg: Result {
        var index = 2
        while true {
            // Bytes between segments are an error, which decoders (libjpeg)
            // pass over to the next FF; so does this.
            while index < bytes.count, bytes[index] != 0xFF { index += 1 }
            while index < bytes.count, bytes[index] == 0xFF { index += 1 }
            guard index < bytes.count else { return .needsBytes(index + 1) }
            let marker = bytes[index]
            index += 1
            switch marker {
            case 0x00, 0x01, 0xD0...0xD8:
                continue
            case 0xD9, 0xDA:
                // End of image, or image data before any frame header.
                return .unknown
            default:
                guard index + 2 <= bytes.count else { return .needsBytes(index + 2) }
                let length = bigEndian16(at: index)
                guard length >= 2 else { return .unknown }
                if Self.isStartOfFrame(marker) {
                    // length(2) precision(1) height(2) width(2)
                    guard length >= 7 else { return .unknown }
                    guard index + 7 <= bytes.count else { return .needsBytes(index + 7) }
                    return sized(bigEndian16(at: index + 5), bigEndian16(at: index + 3))
                }
                index += length
            }
        }
    }

    /// SOF0…SOF15, which are C0…CF but for DHT (C4), JPG (C8) and DAC (CC).
    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// WebP: a RIFF file whose first chunk is VP8 (lossy), VP8L (lossless)
    /// or VP8X (extended, with the canvas size).
    private var webP: Result {
        guard bytes.count >= 30 || (bytes.count >= 25 && matches(Array("VP8L".utf8), at: 12)) else { return .needsBytes(30) }
        if matches(Array("VP8 ".utf8), at: 12) {
            // A key frame (bit 0 of the frame tag clear), its start code, then
            // 14-bit width and height (the top two bits are scaling).
            guard bytes[20] & 1 == 0, matches([0x9D, 0x01, 0x2A], at: 23) else { return .unknown }
            return sized(littleEndian(at: 26, count: 2) & 0x3FFF, littleEndian(at: 28, count: 2) & 0x3FFF)
        }
        if matches(Array("VP8L".utf8), at: 12) {
            // Signature 2F, then width − 1 and height − 1 in 14 bits each.
            guard bytes[20] == 0x2F else { return .unknown }
            let bits = littleEndian(at: 21, count: 4)
            return sized((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
        }
        if matches(Array("VP8X".utf8), at: 12) {
            // Flags and reserved bytes, then canvas width − 1 and height − 1 in 24 bits each.
            return sized(littleEndian(at: 24, count: 3) + 1, littleEndian(at: 27, count: 3) + 1)
        }
        return .unknown
    }

    private func sized(_ width: Int, _ height: Int) -> Result {
        // A zero side means the size is elsewhere (JPEG's DNL) or the file is broken.
        width > 0 && height > 0 ? .size(ImageSize(width: width, height: height)) : .unknown
    }

    private func matches(_ expected: [UInt8], at offset: Int = 0) -> Bool {
        offset + expected.count <= bytes.count && bytes[offset..<(offset + expected.count)].elementsEqual(expected)
    }

    /// True when the bytes, short as they are, begin like one of the formats.
    private var startsAnyKnownFormat: Bool {
        let starts = [Self.pngSignature, Array("GIF87a".utf8), Array("GIF89a".utf8), Array("RIFF".utf8)]
        return starts.contains { $0.starts(with: bytes) || bytes.starts(with: $0) }
    }

    private func bigEndian16(at offset: Int) -> Int {
        Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    private func bigEndian32(at offset: Int) -> Int {
        bigEndian16(at: offset) << 16 | bigEndian16(at: offset + 2)
    }

    private func littleEndian(at offset: Int, count: Int) -> Int {
        (0..<count).reversed().reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
}
