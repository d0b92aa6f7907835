import Diary
import DiaryStore

/// What `undo` found to do.
public enum UndoOutcome: Sendable {
    /// There is no diary yet.
    case noDiary
    /// Every command has been undone already (or none wrote).
    case nothingToUndo
    /// This command was reverted as a whole.
    case undone(Journal.Undone)
}

extension Actions {
    /// Reverts the last command that changed the diary, in one transaction.
    public func undo() throws -> UndoOutcome {
        guard let file = try existingFile() else { return .noDiary }
        let now = clock.nowUTC
        let undone = try file.write { try Journal(file.db).undoLast(nowUTC: now) }
        return undone.map(UndoOutcome.undone) ?? .nothingToUndo
    }
}
