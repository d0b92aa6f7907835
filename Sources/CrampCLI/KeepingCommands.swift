import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp gap FROM..TO`: nights not logged (travel, hospital, a forgotten week).
    struct Gap: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gap",
            abstract: "Mark nights you did not log, e.g. cramp gap 2026-11-10..2026-11-14 --note travel.",
            discussion: """
                Nights in a gap count as not kept: rates and counts skip them instead of reading them as nights \
                without cramps. Entries logged on them stay in lists.
                """,
            subcommands: [Mark.self, ListGaps.self, Remove.self],
            defaultSubcommand: Mark.self)

        struct Mark: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "mark", abstract: "Mark nights as not logged (the default: cramp gap 2026-11-10..2026-11-14).",
                discussion: "Nights: \(PeriodExpression.acceptedForms).")
            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("The nights, e.g. 2026-11-10..2026-11-14, last week, 2026-11-20.", valueName: "nights"))
            var words: [String]

            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                let expression = try PeriodExpression.parse(words.joined(separator: " "), field: "nights")
                let reader = try session.reader()
                let nights = try reader.nights(expression, window: try reader.settings().nightWindow)
                let marked = try session.actions().markGap(nights, note: try note.text(session).flatMap { try NoteText.checked($0) })
                var text = "marked " + KeepingText.line(marked.gap) + "; its nights count as not kept"
                var held: [String] = []
                if marked.episodes > 0 { held.append("\(marked.episodes) episode\(marked.episodes == 1 ? "" : "s")") }
                if marked.checkIns > 0 { held.append("\(marked.checkIns) check-in\(marked.checkIns == 1 ? "" : "s")") }
                if !held.isEmpty {
                    text += "; \(held.joined(separator: " and ")) on those nights stay listed, but rates skip the nights"
                }
                session.console.message(text + "; undo: cramp undo")
            }
        }

        struct ListGaps: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the gaps, earliest first.")
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                let gaps = try session.reader().gaps()
                try session.console.listing(gaps.count == 1 ? "1 gap" : "\(gaps.count) gaps", gaps.map(KeepingText.line))
            }
        }

        struct Remove: RemoveCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a gap: its nights count as kept again; cramp undo brings it back.")
            @OptionGroup var record: RecordArgument

            static func remove(_ text: String, _ session: Session) throws -> String {
                KeepingText.line(try session.actions().removeGap(id: try CheckInWords.gapNumber(text))) + "; its nights count as kept again"
            }
        }
    }

    /// `cramp keeping stop` / `cramp keeping start`: end keeping the diary, and take it up again.
    struct Keeping: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keeping",
            abstract: "End keeping the diary (cramp keeping stop) and restart it (cramp keeping start).",
            discussion: "The nights in between count as not kept, like a gap. Nights: \(NightText.acceptedForms).",
            subcommands: [Stop.self, Start.self])

        struct Stop: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "stop", abstract: "End keeping from a night on (default: tonight).")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var night: FromNight
            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                let gap = try session.actions().stopKeeping(
                    from: try night.parsed(session), note: try note.text(session).flatMap { try NoteText.checked($0) })
                session.console.message("ended keeping from \(gap.first.label) on, gap #\(gap.id ?? 0)"
                    + (gap.note.map { ", note: \"\(EpisodeText.oneLine($0))\"" } ?? "") + "; to restart: cramp keeping start; undo: cramp undo")
            }
        }

        struct Start: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "start", abstract: "Restart keeping from a night on (default: tonight); the nights before it stay not kept.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var night: FromNight

            func run(_ session: Session) throws {
                let gap = try session.actions().restartKeeping(from: try night.parsed(session))
                session.console.message("restarted keeping from \(gap.last!.adding(1).label): " + KeepingText.line(gap)
                    + " stays not kept; undo: cramp undo")
            }
        }
    }
}

/// `--from NIGHT` of `keeping stop` and `keeping start`.
struct FromNight: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "The first night (default: tonight): \(NightText.acceptedForms).", valueName: "night"))
    var from: String?

    /// The night typed, or nil for the default.
    func parsed(_ session: Session) throws -> Night? {
        try from.map { try NightText.parse($0, clock: session.clock, window: try session.nightWindow(), field: "--from") }
    }
}
