import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// `cramp posture list|edit|delete`: the sitting and standing records, numbered s1, s2, ... apart from episodes.
    struct PostureRecords: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "posture", abstract: "List, correct or delete sitting and standing records (numbered s1, s2, ...).",
            discussion: "Record them with cramp sit and cramp stand; episodes keep their own numbers (12 or #12).",
            subcommands: [ListRecords.self, EditRecord.self, DeleteRecord.self], defaultSubcommand: ListRecords.self)

        /// `cramp posture list [PERIOD]`, the same as `cramp list --posture`.
        struct ListRecords: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List sitting and standing records (default: the last 7 nights and tonight; "
                    + "periods: \(PeriodExpression.acceptedForms)).")

            @Flag(name: .long, help: "Write JSON (an array of records) instead of lines.") var json = false
            @OptionGroup var period: PeriodWords
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws { try PostureListing.print(session, period: period, json: json) }
        }

        /// `cramp posture edit sN ...`: change what was typed with sit or stand.
        struct EditRecord: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "edit", abstract: "Correct a sitting or standing record (cramp posture edit s3 3h --at 17:00).",
                discussion: """
                    Only what you give changes, read as sit and stand read it: a new duration keeps the end, a new \
                    --at (the end) keeps the duration. A record may not overlap another.
                    """)

            @OptionGroup var record: PostureRecordArgument
            @Argument(help: ArgumentHelp("How long: 45m, 2h, 1h30m, 1.5h.", valueName: "duration")) var duration: String?
            @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
                "When it ended: 17:00, 5pm, yesterday 18:30, 20m ago.", valueName: "time")) var at: String?
            @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
                "Stretch breaks taken during it.", valueName: "n")) var breaks: String?
            @Option(help: ArgumentHelp("sitting or standing.", valueName: "posture")) var posture: String?
            @OptionGroup var note: NoteOption
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                let id = try record.parsed()
                var change = PostureChange()
                if let posture {
                    guard let value = Posture(rawValue: posture.lowercased()) else {
                        throw InputError(field: "--posture", value: posture, accepted: "sitting or standing")
                    }
                    change.posture = value
                }
                change.durationSeconds = try duration.map { try DurationText.parse($0, field: "duration") }
                change.end = try at.map { try session.when($0) }
                change.breaksTaken = try breaks.map(PostureSession.breaks)
                change.note = try note.text(session).map { try NoteText.checked($0) ?? "" }
                let edited = try session.actions().editPosture(id: id, change)
                let console = session.console
                guard edited.changed else {
                    console.message("nothing to change in \(PostureNumber.text(id)): " + EpisodeText.line(edited.before))
                    return
                }
                console.message("before: " + EpisodeText.line(edited.before))
                console.message("after:  " + EpisodeText.line(edited.after) + "; undo: cramp undo")
            }
        }

        /// `cramp posture delete sN`.
        struct DeleteRecord: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a sitting or standing record; cramp undo brings it back.")
            @OptionGroup var record: PostureRecordArgument
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                session.console.message("deleted \(EpisodeText.line(try session.actions().deletePosture(id: try record.parsed()))); undo: cramp undo")
            }
        }
    }
}

/// The record number of `posture edit` and `posture delete`.
struct PostureRecordArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The record number, as shown by cramp posture list (s12).", valueName: "record"))
    var id: String

    /// The id, or the refusal saying what a record number looks like.
    func parsed() throws(InputError) -> Int64 { try PostureNumber.parse(id) }
}

/// The sitting and standing records of a period, as `list --posture` and `posture list` print them.
enum PostureListing {
    static func print(_ session: Session, period: PeriodWords, json: Bool) throws {
        let expression = try period.expression()
        let reader = try session.reader()
        let range = try ListNights.range(expression, session, reader: reader, window: try reader.settings().nightWindow, posture: true)
        let console = session.console
        if json {
            try console.outLine(JSONValue.array(try reader.postureSessions(in: range).map(PostureRecord.json)).pretty)
            return
        }
        let items = try reader.postureSessionsWithBreaks(in: range, intervalMinutes: try reader.settings().breakIntervalMinutes)
        // The stretch under way is listed after the stored ones, marked, on the night its start counts for.
        let open = try reader.stretchNow(countedIn: range)
        console.message("\(range.label): \(items.count) sitting or standing stretch\(items.count == 1 ? "" : "es")"
            + (open == nil ? "" : ", and 1 under way"))
        for item in items { try console.outLine(EpisodeText.line(item.session, liveBreaks: item.liveBreaks)) }
        if let open { try console.outLine(StretchText.listLine(open)) }
    }
}
