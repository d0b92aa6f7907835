import Diary
import DiaryStore

/// The exit statuses `cramp` promises (sysexits.h): 64 usage, 65 bad data, 74 I/O.
enum ExitStatus: Int32 {
    case success = 0
    /// Something unexpected.
    case failure = 1
    /// Bad input on the command line or standard input; nothing was written.
    case usage = 64
    /// A file the person gave cannot be used (an import); nothing was imported.
    case badData = 65
    /// A file cannot be read or written: the diary, an export, standard output.
    case ioError = 74
    /// The reader of standard output went away (`cramp list | head -1`). `main` then ends the process by
    /// SIGPIPE, quietly, as `cat` and `grep` do; the shell reports 128 + 13.
    case closedPipe = 141
}

/// The one way a command fails at the CLI's edge: a message for standard error (none for a closed pipe) and
/// the exit status. Errors from the layers below carry no CLI words; here they get them.
struct Failure: Error {
    /// The line printed after `cramp: `; nil ends quietly.
    let message: String?
    let status: ExitStatus
    /// True when the message is short and the command's `--help` lists what is accepted (`(cramp log --help)`).
    var pointsToHelp = false

    init(_ message: String?, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    /// The failure for an error thrown below the CLI, or nil when it is not one of ours (ArgumentParser's own).
    init?(_ error: any Error) {
        switch error {
        case let failure as Failure: self = failure
        case let error as InputError: self.init(error.description, status: .usage)
        case let error as UnknownWord:
            self.init(error.description, status: .usage)
            pointsToHelp = !error.isNewName
        case let error as StoreError: self.init(Failure.words(error), status: .ioError)
        case let error as BackupError: self.init(Failure.words(error), status: .ioError)
        case let error as RestoreError:
            let advice = switch error {
            case .unusableBackup: "Choose another backup (cramp paths lists them); the diary was left as it was."
            case .backupIsTheDiary: "Name a file in the backups folder (cramp paths lists them)."
            }
            self.init(error.description + " " + advice, status: .badData)
        case let error as KeepingRefusal: self.init(Failure.words(error), status: .badData)
        case let error as MedicineRefusal: self.init(Failure.words(error), status: .badData)
        case let error as TrialRefusal:
            self.init(error.description + ". " + (error == .noneRunning ? "To start one: cramp trial start NAME."
                : "To end it first: cramp trial stop."), status: .badData)
        case let error as SQLiteError: self.init(error.description, status: .ioError)
        case let error as WriteFailure:
            self = error.isClosedPipe
                ? Failure(nil, status: .closedPipe)
                : Failure("cannot write to standard output: \(error.reason); the output is incomplete", status: .ioError)
        case let error as ReadFailure:
            self.init("cannot read standard input: \(error.reason); nothing was written", status: .ioError)
        default: return nil
        }
    }

    /// A store error with what the person can do about it, in the CLI's words.
    static func words(_ error: StoreError) -> String {
        let advice: String
        switch error {
        case .notADatabase: advice = "Point --db (or CRAMP_DB) at your diary, or move this file away."
        case .notADiary: advice = "Point --db (or CRAMP_DB) at your diary."
        case .newerVersion: advice = "Install the newer cramp to use it."
        case .cannotCreateFolder: advice = "Choose another place with --db or CRAMP_DB."
        case .readOnly: advice = "Check the permissions, or use --db for another file."
        case .full: advice = "Free some space and try again."
        case .idsUsedUp: advice = "Export the diary (cramp export -o episodes.csv, and --what posture), empty the id "
            + "cell of the rows with such large ids, and import the files into a new diary (--db NEW.db): those rows get new ids."
        case .createdMeanwhile: advice = "Run the command again."
        case .busy: advice = "Try again."
        case .damaged(let path, _): advice = "Nothing more is written to it. " + Failure.restoreAdvice(path)
        case .wiped(_, let newest?), .missingWithBackups(_, let newest):
            advice = "To get the diary back: cramp restore \(newest). To start a new, empty diary there instead: "
                + "cramp restore --empty (an empty file there is kept aside)."
        case .wiped: advice = "To start a new, empty diary there: cramp restore --empty (the empty file is kept aside)."
        case .upgradeBackupFailed: advice = "Free some space or fix the backups folder, then try again."
        case .sqlite: return error.description
        }
        return error.description + " " + advice
    }

    /// What to do about a damaged diary at `path`: `cramp restore` with the newest backup, or copying out what
    /// can still be read when there is none. Never moving files by hand: that loses what a `-wal` holds.
    static func restoreAdvice(_ path: String) -> String {
        if let newest = DiaryStore.Backup.newest(forDiary: path) {
            return "Run cramp check for details; to go back to the newest backup: cramp restore \(newest) "
                + "(the damaged diary is kept beside it with its -wal and -shm)."
        }
        return "There is no backup in \(DiaryStore.Backup.folder(forDiary: path)): keep this file, and copy out what can "
            + "still be read with cramp export -o FILE."
    }

    /// A keeping refusal with what to type instead.
    static func words(_ refusal: KeepingRefusal) -> String {
        let advice = switch refusal {
        case .quietButCramps(let night, _):
            "To score the night instead: cramp checkin N --night \(night), N from 0 (sleep not disturbed) to 10."
        case .overlapsGap(_, let gap):
            "Choose nights outside it, or remove it first: cramp gap remove \(gap.id ?? 0)."
        case .alreadyEnded: "To restart keeping: cramp keeping start."
        case .notEnded: "To end keeping: cramp keeping stop."
        case .restartNotAfterEnd(_, let gap):
            "To take the end back: cramp gap remove \(gap.id ?? 0)."
        }
        return refusal.description + ". " + advice
    }

    /// A backup error with what the person can do about it.
    static func words(_ error: BackupError) -> String {
        let advice = switch error {
        case .destinationExists: "Choose a new name with -o, or leave -o out to use the backups folder."
        case .cannotWrite: "Free some space or choose another place with -o."
        case .copyFailedCheck: "Run cramp check."
        }
        return error.description + " " + advice
    }
}
