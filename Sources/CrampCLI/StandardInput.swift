import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads notes from standard input (`--note -`).
enum StandardInput {
    /// All of stdin as UTF-8 text; invalid UTF-8 is refused rather than silently repaired.
    static func readText(field: String = "--note", limit: Int = 1 << 20) throws(InputError) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw InputError(field: field, value: "more than \(limit) bytes on standard input",
                                 accepted: "at most \(Episode.maxNoteLength) characters")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(field: field, value: "\(bytes.count) bytes that are not valid UTF-8",
                             accepted: "UTF-8 text")
        }
        return text
    }
}
