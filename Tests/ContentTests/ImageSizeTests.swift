import Content
import TestSupport
import Testing

/// Minimal headers built by hand, each with its size in the bytes the
/// format puts it in.
enum ImageBytes {
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + bigEndian(width, 4) + bigEndian(height, 4) + [8, 2, 0, 0, 0] + [0, 0, 0, 0]
    }

    static func gif(width: Int, height: Int) -> [UInt8] {
        Array("GIF89a".utf8) + littleEndian(width, 2) + littleEndian(height, 2) + [0, 0, 0]
    }

    /// SOI, the given segments, a SOFn frame header, then image data.
    static func jpeg(width: Int, height: Int, before segments: [UInt8] = [], frame: UInt8 = 0xC0) -> [UInt8] {
        [0xFF, 0xD8] + segments + [0xFF, frame, 0, 17, 8] + bigEndian(UInt32(height), 2) + bigEndian(UInt32(width), 2)
            + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1] + [0xFF, 0xDA, 0, 2, 0xFF, 0xD9]
    }

    /// A segment with a marker and `count` bytes of payload.
    static func segment(_ marker: UInt8, payload count: Int) -> [UInt8] {
        [0xFF, marker] + bigEndian(UInt32(count + 2), 2) + Array(repeating: 0x45, count: count)
    }

    static func webP(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
        Array("RIFF".utf8) + littleEndian(4 + 8 + payload.count, 4) + Array("WEBP".utf8)
            + Array(chunk.utf8) + littleEndian(payload.count, 4) + payload
    }

    static func vp8(width: Int, height: Int) -> [UInt8] {
        webP("VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A] + littleEndian(width, 2) + littleEndian(height, 2) + [0, 0])
    }

    static func vp8l(width: Int, height: Int) -> [UInt8] {
        let bits = (width - 1) | (height - 1) << 14
        return webP("VP8L", [0x2F] + littleEndian(bits, 4) + [0, 0, 0])
    }

    static func vp8x(width: Int, height: Int) -> [UInt8] {
        webP("VP8X", [0x10, 0, 0, 0] + littleEndian(width - 1, 3) + littleEndian(height - 1, 3))
    }

    private static func bigEndian(_ value: UInt32, _ count: Int) -> [UInt8] {
        (0..<count).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
    }

    private static func littleEndian(_ value: Int, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

@Suite("Image sizes from file headers")
struct ImageSizeTests {
    @Test func readsEachFormatsSize() {
        let cases: [([UInt8], ImageSize)] = [
            (ImageBytes.png(width: 640, height: 480), ImageSize(width: 640, height: 480)),
            (ImageBytes.png(width: 70_000, height: 1), ImageSize(width: 70_000, height: 1)),
            (ImageBytes.gif(width: 300, height: 2), ImageSize(width: 300, height: 2)),
            (ImageBytes.jpeg(width: 1024, height: 768), ImageSize(width: 1024, height: 768)),
            (ImageBytes.jpeg(width: 9, height: 65_535, frame: 0xC2), ImageSize(width: 9, height: 65_535)),
            (ImageBytes.vp8(width: 550, height: 368), ImageSize(width: 550, height: 368)),
            (ImageBytes.vp8l(width: 16_384, height: 3), ImageSize(width: 16_384, height: 3)),
            (ImageBytes.vp8x(width: 16_777_216, height: 1), ImageSize(width: 16_777_216, height: 1)),
        ]
        for (bytes, size) in cases {
            #expect(ImageSize.read(bytes: bytes) == size)
            #expect(ImageSize.read(bytes: bytes[...]) == size)
        }
    }

    @Test func jpegSegmentsFillBytesAndStandaloneMarkersArePassedOver() {
        // DHT (C4), JPG (C8) and DAC (CC) share SOF's range but are not frames.
        let tables = ImageBytes.segment(0xC4, payload: 20) + ImageBytes.segment(0xC8, payload: 3) + ImageBytes.segment(0xCC, payload: 2)
        let segments = ImageBytes.segment(0xE0, payload: 14) + [0xFF, 0xFF, 0xFF] + tables + [0xFF, 0xD0, 0xFF, 0x01]
            + ImageBytes.segment(0xFE, payload: 0)
        #expect(ImageSize.read(bytes: ImageBytes.jpeg(width: 33, height: 44, before: segments, frame: 0xCF)) == ImageSize(width: 33, height: 44))
    }

    @Test func aJPEGWithA70KBExifBlockIsReadFromItsFile() throws {
        // One segment holds at most 64 KB, so 70 KB of EXIF comes as two APP1s.
        let exif = ImageBytes.segment(0xE1, payload: 65_000) + ImageBytes.segment(0xE1, payload: 5_000)
        let bytes = ImageBytes.jpeg(width: 4_000, height: 3_000, before: exif)
        #expect(bytes.count > 70_000)
        #expect(ImageSize.read(bytes: bytes) == ImageSize(width: 4_000, height: 3_000))
        let folder = try TemporaryFolder()
        try folder.write("photo.jpg", bytes: bytes)
        #expect(try ImageSize.read(path: folder.path + "/photo.jpg") == ImageSize(width: 4_000, height: 3_000))
    }

    @Test func filesOfEachFormatAreRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.png", bytes: ImageBytes.png(width: 1, height: 2))
        try folder.write("a.webp", bytes: ImageBytes.vp8x(width: 3, height: 4))
        try folder.write("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
        try folder.write("empty.gif", bytes: [])
        #expect(try ImageSize.read(path: folder.path + "/a.png") == ImageSize(width: 1, height: 2))
        #expect(try ImageSize.read(path: folder.path + "/a.webp") == ImageSize(width: 3, height: 4))
        #expect(try ImageSize.read(path: folder.path + "/a.svg") == nil)
        #expect(try ImageSize.read(path: folder.path + "/empty.gif") == nil)
    }

    @Test func aMissingFileOrAFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError(path: folder.path + "/nope.png", reason: "no such file")) {
            try ImageSize.read(path: folder.path + "/nope.png")
        }
        #expect(throws: FileError(path: folder.path, reason: "is a folder")) {
            try ImageSize.read(path: folder.path)
        }
    }

    @Test func everyTruncationIsNil() throws {
        let images = [
            ImageBytes.png(width: 640, height: 480), ImageBytes.gif(width: 300, height: 2),
            ImageBytes.jpeg(width: 1024, height: 768, before: ImageBytes.segment(0xE1, payload: 100)),
            ImageBytes.vp8(width: 550, height: 368), ImageBytes.vp8l(width: 5, height: 3), ImageBytes.vp8x(width: 7, height: 8),
        ]
        let folder = try TemporaryFolder()
        for image in images {
            // The size is the last thing each header needs: cut anywhere before its end, nothing is known.
            let needed = (1...image.count).first { ImageSize.read(bytes: image.prefix($0)) != nil } ?? image.count
            for count in 0..<needed {
                #expect(ImageSize.read(bytes: image.prefix(count)) == nil)
            }
            try folder.write("cut", bytes: Array(image.prefix(needed - 1)))
            #expect(try ImageSize.read(path: folder.path + "/cut") == nil)
        }
    }

    @Test func zeroSizesAndWrongSignaturesAreNil() {
        #expect(ImageSize.read(bytes: ImageBytes.png(width: 0, height: 5)) == nil)
        #expect(ImageSize.read(bytes: ImageBytes.jpeg(width: 5, height: 0)) == nil)
        #expect(ImageSize.read(bytes: Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8) + Array(repeating: 0, count: 30)) == nil)
        #expect(ImageSize.read(bytes: ImageBytes.webP("VP8 ", Array(repeating: 0, count: 10))) == nil)
        #expect(ImageSize.read(bytes: [0xFF, 0xD8, 0xFF, 0xD9]) == nil)
        #expect(ImageSize.read(bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]) == nil)
        #expect(ImageSize.read(bytes: Array("<svg width=\"1\" height=\"1\"/>".utf8)) == nil)
    }

    @Test func randomAndMutatedBytesNeverCrash() {
        var random = SplitMix(seed: 0x4B48_414F)
        let seeds = [
            ImageBytes.png(width: 1, height: 1), ImageBytes.gif(width: 1, height: 1),
            ImageBytes.jpeg(width: 1, height: 1, before: ImageBytes.segment(0xE1, payload: 40)),
            ImageBytes.vp8(width: 1, height: 1), ImageBytes.vp8l(width: 1, height: 1), ImageBytes.vp8x(width: 1, height: 1),
        ]
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            } else {
                // Known headers with a few bytes changed reach deeper into each reader.
                bytes = seeds[round / 2 % seeds.count]
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
            }
            if let size = ImageSize.read(bytes: bytes) {
                #expect(size.width > 0 && size.height > 0)
            }
        }
    }
}
