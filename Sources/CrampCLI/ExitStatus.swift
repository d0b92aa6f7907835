import ArgumentParser
import Diary
import DiaryStore

/// The exit codes `cramp` promises (sysexits.h): 64 usage, 65 bad data, 74 I/O.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let ioError: Int32 = 74

    /// The one-line message and exit code for an error a command threw, or nil to let ArgumentParser report it.
    static func classify(_ error: any Error) -> (message: String, code: Int32)? {
        switch error {
        case let error as InputError: return (error.description, usage)
        case let error as StoreError: return (error.description, ioError)
        case let error as SQLiteError: return (error.description, ioError)
        case let error as BackupError: return (error.description, ioError)
        case let error as DataError: return (error.description, badData)
        default: return nil
        }
    }
}

/// Input file content that cannot be used (exit 65), e.g. bad rows in an import.
struct DataError: Error, CustomStringConvertible {
    let description: String
}
