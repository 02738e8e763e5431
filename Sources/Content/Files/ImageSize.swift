#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pixel size of a PNG, GIF, JPEG or WebP image, read from its header,
/// for the `width` and `height` of Markdown images (so the page does not
/// jump as images load).
///
/// Never traps on truncated or hostile bytes: anything it cannot read is
/// nil, and the image simply goes without a size. SVG is not read: it has
/// no pixel size of its own (its `width`/`height`/`viewBox` are lengths in
/// any unit, or absent), and it scales without layout shift once the page
/// sets a width.
///
/// ```swift
/// ImageSize.read(bytes: pngBytes)                          // ImageSize(width: 640, height: 480)
/// try ImageSize.read(path: "content/news/2555/a/photo.jpg")  // reads the header only
/// ```
public struct ImageSize: Sendable, Equatable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size in the header of `bytes` (a whole file, or its start), or nil
    /// when they are not a PNG, GIF, JPEG or WebP whose size they reach.
    public static func read(bytes: some Collection<UInt8>) -> ImageSize? {
        if case .size(let size) = ImageHeader(Array(bytes)).result { return size }
        return nil
    }

    /// The size of the image file at `path`, nil when it is not an image of
    /// a known kind. Reads only the start of the file: 64 KB, then twice as
    /// much each time a JPEG's header lies further on (behind a large EXIF
    /// block or ICC profile), up to 4 MB.
    ///
    /// - Throws: `FileError` when the file is missing, a folder, or cannot be read.
    public static func read(path: String) throws(FileError) -> ImageSize? {
        let file = try ReadableFile(path)
        var bytes: [UInt8] = []
        var wanted = firstRead
        while true {
            let atEnd = try file.fill(&bytes, upTo: wanted)
            switch ImageHeader(bytes).result {
            case .size(let size): return size
            case .unknown: return nil
            case .needsBytes(let count):
                guard !atEnd, bytes.count < readLimit else { return nil }
                wanted = min(readLimit, max(count, bytes.count * 2))
            }
        }
    }

    private static let firstRead = 64 * 1024
    private static let readLimit = 4 * 1024 * 1024
}
