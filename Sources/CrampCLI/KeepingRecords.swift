import ArgumentParser
import Diary
import DiaryActions

/// `checkin remove` and `gap remove`: one argument names the record, one action removes it, the echo says which.
protocol RemoveCommand: CrampCommand {
    var record: RecordArgument { get }
    /// Removes the record `text` names; returns what to say after "removed ".
    static func remove(_ text: String, _ session: Session) throws -> String
}

extension RemoveCommand {
    var global: GlobalOptions { record.global }

    func run(_ session: Session) throws {
        session.console.message("removed " + (try Self.remove(record.text, session)) + "; undo: cramp undo")
    }
}

/// The record `remove` takes: a number as the list shows it, or for a check-in its night.
struct RecordArgument: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(
        "The number the list shows (#4); a check-in also by its night (2026-11-25, last night, fri).", valueName: "which"))
    var text: String
}

extension Console {
    /// A count on standard error, then one line per record on standard output (what `list` commands print).
    func listing(_ header: String, _ lines: [String]) throws {
        message(header)
        for line in lines { try outLine(line) }
    }
}

extension Session {
    /// The night window in force, for reading the nights the person types.
    func nightWindow() throws -> NightWindow { try reader().settings().nightWindow }
}
