import Diary
import DiaryStore
import Testing

/// What the store says when it refuses: facts about which file and what happened to it, never the
/// command line's words (the CLI adds its own advice: which flag, which command).
@Suite("Store error texts")
struct StoreErrorTextTests {
    static let path = "/home/anna/.local/share/cramp/cramp.db"

    static let storeErrors: [StoreError] = [
        .notADatabase(path: path), .notADiary(path: path), .newerVersion(path: path, found: 3, known: 1),
        .cannotCreateFolder(path: path, reason: "Permission denied"), .readOnly(path: path), .full(path: path),
        .busy(path: path), .damaged(path: path, detail: "database disk image is malformed"),
        .upgradeBackupFailed(path: path, target: 2, reason: "No space left on device"),
        .sqlite(path: path, SQLiteError(code: 1, message: "no such table: x")),
    ]

    static let backupErrors: [BackupError] = [
        .destinationExists(path: path), .cannotWrite(path: path, reason: "No space left on device"),
        .copyFailedCheck(path: path, problems: ["row 3 missing from index episode_by_start"]),
    ]

    /// Flags, the environment variable, subcommands and advice that belong to the command line.
    static let commandLineWords = [
        "--", "CRAMP_DB", "cramp check", "cramp paths", "cramp backup", " -o", "Try again", "try again", "Install",
    ]

    @Test(arguments: storeErrors.map(\.description) + backupErrors.map(\.description))
    func errorTextsNameThePathAndNoCommandLineWords(_ text: String) {
        #expect(text.contains(Self.path), "\(text)")
        for word in Self.commandLineWords { #expect(!text.contains(word), "\(text) says \"\(word)\"") }
    }

    @Test func refusalsSayTheFileWasLeftAsItWas() {
        #expect(StoreError.notADatabase(path: Self.path).description.contains("left unchanged"))
        #expect(StoreError.damaged(path: Self.path, detail: "x").description.contains("left unchanged"))
        #expect(StoreError.busy(path: Self.path).description.contains("nothing was written"))
        #expect(StoreError.full(path: Self.path).description.contains("nothing was written and earlier entries are intact"))
        #expect(BackupError.destinationExists(path: Self.path).description.contains("never replaces a file"))
    }

    @Test func theBusyTextGivesTheBusyTimeout() throws {
        try #require(Database.busyTimeoutMilliseconds % 1_000 == 0, "the text reads milliseconds below whole seconds")
        let seconds = Database.busyTimeoutMilliseconds / 1_000
        #expect(StoreError.busy(path: Self.path).description.contains("for more than \(seconds) s;"))
    }
}
