import DiaryStore

/// The one door to the undo journal: every action that writes goes through `journaled`, so the journal entry
/// and the change are one transaction and no caller can forget either.
extension DiaryFile {
    /// Runs `body` in one write transaction recorded as the journal operation `command`; `body` notes each row it
    /// touches on the operation and returns its value with the one-line summary `cramp undo` will show.
    /// When `body` returns a nil summary nothing was changed and the whole transaction is rolled back.
    func journaled<T: Sendable>(_ command: String, nowUTC: Int64,
                      _ body: (Journal.Operation) throws -> (value: T, summary: String?)) throws -> T {
        do {
            return try write {
                let operation = try Journal(db).begin(command: command, nowUTC: nowUTC)
                let (value, summary) = try body(operation)
                guard let summary else { throw NothingChanged(value: value) }
                try operation.describe(summary)
                return value
            }
        } catch let unchanged as NothingChanged<T> {
            return unchanged.value
        }
    }
}

/// Rolls a journaled write back when it turned out to change nothing (an import of rows already there).
private struct NothingChanged<T: Sendable>: Error {
    let value: T
}
