/// Bytes pulled from a source one chunk at a time: an import of any size holds one chunk, not the file.
///
/// A read that fails ends the bytes early and is kept in `failure`, for the caller to report once the rows
/// read so far are done with (an iterator cannot throw).
public struct ChunkedBytes: IteratorProtocol {
    /// Returns the next chunk of the input; an empty array at its end.
    public typealias Read = () throws -> [UInt8]

    /// Shared by every copy, so the failure is seen wherever the bytes went (a `CSVReader` holds its own copy).
    private final class Pull {
        let read: Read
        var failure: (any Error)?
        var ended = false
        init(_ read: @escaping Read) { self.read = read }
    }

    private let pull: Pull
    private var chunk: [UInt8]
    private var index = 0

    /// Bytes starting with `first` (already read, for example to look at the start), then whatever `read` gives.
    public init(first: [UInt8] = [], read: @escaping Read) {
        pull = Pull(read)
        chunk = first
    }

    /// Every byte of `bytes`, as one chunk.
    public init(_ bytes: [UInt8]) {
        self.init(first: bytes) { [] }
    }

    /// The error that ended the input early, if one did.
    public var failure: (any Error)? { pull.failure }

    public mutating func next() -> UInt8? {
        if index < chunk.count {
            defer { index &+= 1 }
            return chunk[index]
        }
        return refill()
    }

    /// Appends to `field` the bytes already read up to the first that means something to CSV (a quote, a line
    /// break, with `endsAtComma` a comma), which is left to `next`; ors them into `highBits`. Reads nothing: at
    /// the end of a chunk the run stops, and the caller's `next` reads on.
    mutating func appendRun(to field: inout [UInt8], highBits: inout UInt8, endsAtComma: Bool) {
        let start = index
        guard start < chunk.count else { return }
        var end = start, bits: UInt8 = 0
        chunk.withUnsafeBufferPointer { buffer in
            while end < buffer.count {
                let byte = buffer[end]
                if byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D || (endsAtComma && byte == UInt8(ascii: ",")) {
                    break
                }
                bits |= byte
                end += 1
            }
            field.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
        highBits |= bits
        index = end
    }

    private mutating func refill() -> UInt8? {
        while !pull.ended {
            do {
                chunk = try pull.read()
            } catch {
                pull.failure = error
                pull.ended = true
                chunk = []
                return nil
            }
            index = 0
            if chunk.isEmpty {
                pull.ended = true
                return nil
            }
            index = 1
            return chunk[0]
        }
        return nil
    }
}
