import Diary
import DiaryActions

/// `cramp status --short`: the line a shell prompt shows before every prompt, so it reads only the open stretch
/// (`Actions.glance`: no migration, no damage check, no write) and prints nothing when none is open. Typed exactly
/// so, it skips the argument parser (`Cramp.execute`); with more options it takes the parser's path to the same line.
enum StatusShort {
    /// The command line of the quick path.
    static let arguments = ["status", "--short"]

    static func print(_ session: Session) throws {
        guard let now = try session.actions().glance() else { return }
        try session.console.outLine(StretchText.short(now))
    }
}
