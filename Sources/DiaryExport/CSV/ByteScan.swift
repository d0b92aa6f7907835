extension String {
    /// True when the text's UTF-8 holds `byte`, scanned in place: walking `utf8` index by index costs several
    /// times more, on every cell of an import.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
