/// Why a backup could not be made or trusted. The CLI prints it on one line and exits 74.
public enum BackupError: Error, Sendable, CustomStringConvertible {
    /// Backups never replace a file: the destination already exists.
    case destinationExists(path: String)
    /// The copy could not be written, synced or named.
    case cannotWrite(path: String, reason: String)
    /// The copy was written but `PRAGMA integrity_check` found problems; it was removed.
    case copyFailedCheck(path: String, problems: [String])

    /// What happened to which file; what to do about it is the caller's to add.
    public var description: String {
        switch self {
        case .destinationExists(let path):
            "\(path) already exists; a backup never replaces a file, so nothing was written."
        case .cannotWrite(let path, let reason):
            "cannot write the backup \(path): \(reason); the diary itself was not changed."
        case .copyFailedCheck(let path, let problems):
            "the copy \(path) failed its integrity check (\(problems.prefix(3).joined(separator: "; "))) and was removed; the diary may be damaged."
        }
    }
}
