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
        if isNFC(units) {
            return String(text)
        }
        let output = growingBuffer(capacity: units.count + units.count / 2 + 8) { (destination: UnsafeMutableBufferPointer<UInt16>) in
            units.withUnsafeBufferPointer { source in
                khao_nfc(source.baseAddress, Int32(source.count), destination.baseAddress, Int32(destination.count))
            }
        }
        // Should ICU itself fail (missing data), the text as it came is
        // safer than none.
        return output.map { String(decoding: $0, as: UTF16.self) } ?? String(text)
    }

    /// True when ICU's quick check says `text` is certainly NFC already.
    static func isNFC(_ text: some StringProtocol) -> Bool {
        isNFC(Array(text.utf16))
    }

    private static func isNFC(_ units: [UInt16]) -> Bool {
        units.withUnsafeBufferPointer { khao_is_nfc($0.baseAddress, Int32($0.count)) } == 1
    }

    /// The result of an ICU call that writes into a buffer and returns the
    /// length it needs: called again with a bigger buffer when the first was
    /// too small. Nil when the call fails (returns a negative length).
    static func growingBuffer<Element>(
        capacity: Int, _ fill: (UnsafeMutableBufferPointer<Element>) -> Int32
    ) -> [Element]? {
        var capacity = capacity
        while true {
            var needed: Int32 = 0
            let result = [Element](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = fill(buffer)
                count = needed < 0 ? 0 : min(Int(needed), capacity)
            }
            if needed < 0 { return nil }
            if Int(needed) <= capacity { return result }
            capacity = Int(needed)
        }
    }

    /// True when NFC never combines `scalar` with what comes before it.
    static func isNFCBoundary(before scalar: Unicode.Scalar) -> Bool {
        khao_nfc_boundary_before(scalar.value) == 1
    }
}
