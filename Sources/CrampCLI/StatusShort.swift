import Diary
import DiaryActions

/// `cramp status --short`: the line a shell prompt shows before every prompt, so it reads only the open stretch
/// (`Actions.glance`: no migration, no damage check, no write) and prints nothing when none is open.
enum StatusShort {
    static func print(_ session: Session) throws {
        guard let now = try session.actions().glance() else { return }
        try session.console.outLine(StretchText.short(now))
    }
}
