/// Byte-level checks for the scanner's hot path: most lines are table rows, and most checks
/// only need to know whether an ASCII word occurs at all before doing the expensive work.
extension String {
    /// Whether `needle` (lower-case ASCII) occurs in the string, ignoring ASCII case.
    func containsASCIIInsensitive(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        return utf8.withContiguousStorageIfAvailable { bytes in
            Self.search(bytes, pattern, first)
        }
            ?? Array(utf8).withUnsafeBufferPointer { Self.search($0, pattern, first) }
    }

    private static func search(
        _ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, _ first: UInt8
    )
        -> Bool
    {
        let count = pattern.count
        guard bytes.count >= count else { return false }
        var i = 0
        let last = bytes.count - count
        while i <= last {
            if bytes[i] | 0x20 == first {
                var j = 1
                while j < count, bytes[i + j] | 0x20 == pattern[j] { j += 1 }
                if j == count { return true }
            }
            i += 1
        }
        return false
    }
}
