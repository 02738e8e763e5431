import ICUShim

/// Calls into the ICU shim with text as UTF-16, the form ICU works in.
///
/// Each call converts once and keeps the buffer pinned for the whole C call,
/// which is all the shim needs (it never keeps a pointer after returning).
enum ICU {
    /// `text` in Normalization Form C, computed by ICU.
    ///
    /// Returns `text` itself when ICU's quick check already says it is NFC,
    /// so clean text costs one scan and no copy.
    static func nfc(_ text: some StringProtocol) -> String {
        let units = Array(text.utf16)
        let isNFC = units.withUnsafeBufferPointer { khao_is_nfc($0.baseAddress, Int32($0.count)) }
        if isNFC == 1 {
            return String(text)
        }
        var capacity = units.count + units.count / 2 + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    khao_nfc(source.baseAddress, Int32(source.count), destination.baseAddress, Int32(destination.count))
                }
            }
            if length < 0 {
                // ICU itself failed (missing data): leaving the text as it
                // came is safer than dropping it.
                return String(text)
            }
            if Int(length) <= capacity {
                return String(decoding: output[..<Int(length)], as: UTF16.self)
            }
            capacity = Int(length)
        }
    }

    /// True when NFC never combines `scalar` with what comes before it.
    static func isNFCBoundary(before scalar: Unicode.Scalar) -> Bool {
        khao_nfc_boundary_before(scalar.value) == 1
    }
}
