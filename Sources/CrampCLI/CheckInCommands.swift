import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp checkin quiet` / `cramp checkin 6`: the morning check-in about last night.
    struct Checkin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkin",
            abstract: "Morning check-in about last night: cramp checkin quiet, or cramp checkin 6 (sleep disturbance 0-10).",
            discussion: """
                A check-in marks its night as kept. Quiet means no cramp that night; a number scores how much cramps \
                disturbed your sleep, 0 (not at all) to 10 (worst). A second check-in for the same night replaces the first.
                """,
            subcommands: [Record.self, ListCheckIns.self, Remove.self],
            defaultSubcommand: Record.self)

        struct Record: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "record", abstract: "Record a check-in (the default: cramp checkin quiet, cramp checkin 6).")
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp("quiet, or sleep disturbance from cramps 0-10.", valueName: "quiet|0-10"))
            var sleep: String

            // Text, not Int: a bad score gets the same one-line refusal as every other field.
            @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Next-day soreness 0-10.", valueName: "0-10"))
            var soreness: String?

            @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
                "The night (default: last night): \(NightText.acceptedForms).", valueName: "night"))
            var night: String?

            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                let sleep = try CheckInWords.sleep(self.sleep)
                let soreness = try soreness.map { try CheckInWords.score($0, field: "--soreness") }
                let night = try night.map { try NightText.parse($0, clock: session.clock, window: try session.nightWindow(), field: "--night") }
                let recorded = try session.actions().checkIn(
                    night: night, sleep: sleep, soreness: soreness, note: try note.text(session).flatMap { try NoteText.checked($0) })
                var text = (recorded.replaced == nil ? "recorded " : "replaced ") + KeepingText.line(recorded.checkIn)
                if let replaced = recorded.replaced { text += " (was: \(KeepingText.what(replaced)))" }
                if recorded.cramps > 0 {
                    text += "; \(recorded.cramps) nocturnal cramp\(recorded.cramps == 1 ? "" : "s") logged that night"
                }
                if let gap = recorded.gap {
                    text += "; the night is inside \(KeepingText.line(gap)) and counts as not kept until that gap is removed "
                        + "(cramp gap remove \(gap.id ?? 0))"
                }
                session.console.message(text + "; undo: cramp undo")
            }
        }

        struct ListCheckIns: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List check-ins (default: the last 7 nights and tonight).",
                discussion: "Periods: \(PeriodExpression.acceptedForms).")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var period: PeriodWords

            func run(_ session: Session) throws {
                let reader = try session.reader()
                let window = try reader.settings().nightWindow
                let current = session.clock.currentNight(window: window)
                let range = try period.expression().map { try reader.nights($0, window: window) }
                    ?? NightRange(from: current.adding(-7), to: current)!
                let checkIns = try reader.checkIns(in: range)
                try session.console.listing("\(range.label): \(checkIns.count) check-in\(checkIns.count == 1 ? "" : "s")",
                                            checkIns.map(KeepingText.line))
            }
        }

        struct Remove: RemoveCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a check-in, by its night or number; cramp undo brings it back.")
            @OptionGroup var record: RecordArgument

            static func remove(_ text: String, _ session: Session) throws -> String {
                let which = try CheckInWords.choice(text, clock: session.clock, window: try session.nightWindow())
                return KeepingText.line(try session.actions().removeCheckIn(which))
            }
        }
    }
}
