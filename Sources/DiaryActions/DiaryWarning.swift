/// Something a command that only reads must say about the diary before what it shows.
public enum DiaryWarning: Sendable, Equatable {
    /// SQLite's quick check found damage (writes are refused until it is restored).
    case damaged(detail: String, newestBackup: String?)
    /// The diary file is empty (0 bytes).
    case wiped(newestBackup: String?)
    /// There is no diary, but backups of it exist.
    case missing(newestBackup: String)
}
