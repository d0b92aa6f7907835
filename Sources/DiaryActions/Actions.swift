import Diary
import DiaryStore

/// The use-case layer: one function per thing a person does with the diary (log, edit, delete, undo, record a
/// posture or a break, change a setting, import, back up). Each validates, fills in defaults, writes and records
/// its undo journal entry in one transaction, and returns a value saying what it stored; the CLI only parses
/// and prints. Reading goes through `reader()`.
public struct Actions {
    /// The diary file.
    public let path: String
    /// "Now" and the local zone.
    public let clock: Clock
    let migrator: Migrator

    /// Actions on the diary at `path`; `migrator` lets tests bring their own migration list.
    public init(path: String, clock: Clock, migrator: Migrator = Migrator()) {
        self.path = path
        self.clock = clock
        self.migrator = migrator
    }

    /// The diary as it is, or nil when there is none yet (nothing is created).
    func existingFile() throws -> DiaryFile? {
        try DiaryFile.open(path: path, create: false, migrator: migrator)
    }

    /// The diary, created (folder 0700, file 0600) when missing. Call only once the input was checked, so a
    /// refusal never leaves a new empty diary behind.
    func fileForWriting() throws -> DiaryFile {
        // `create: true` returns a file or throws.
        try DiaryFile.open(path: path, create: true, migrator: migrator)!
    }

    /// A reader over the diary; an empty one when there is no diary yet.
    public func reader() throws -> DiaryReader {
        DiaryReader(file: try existingFile(), path: path, clock: clock)
    }
}
