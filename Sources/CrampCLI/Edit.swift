import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp edit ID`: change the given fields, print before and after.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change fields of an episode (same words and flags as log).",
            discussion: "Only what you give changes. Triggers or reliefs given replace the old list; --clear empties a field.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The episode number, as shown by cramp list.")
        var id: String

        @OptionGroup var fields: EpisodeOptions

        @Option(name: .long, help: ArgumentHelp(
            "Empty a field (repeatable): site, intensity, triggers, reliefs, note.", valueName: "field"))
        var clear: [String] = []

        @Flag(name: .long, help: "Accept a cramp longer than 60 minutes.")
        var yes = false

        func run() throws {
            let context = try Context(global)
            let id = try EpisodeID.parse(id)
            let draft = try fields.draft(clock: context.clock) { try StandardInput.readText() }
            let (file, before) = try context.storedEpisode(id)
            let repository = EpisodeRepository(file.db)
            var after = draft.applied(to: before)
            for field in clear {
                switch field.lowercased() {
                case "site": after.site = nil
                case "intensity": after.intensity = nil
                case "triggers": after.triggers = []
                case "reliefs": after.reliefs = []
                case "note": after.note = nil
                default:
                    throw InputError(field: "--clear", value: field, accepted: "site, intensity, triggers, reliefs, note")
                }
            }
            try after.validate()
            try LongCrampGuard.check(after, confirmed: yes)
            let window = try SettingsRepository(file.db).load().nightWindow
            guard after != before else {
                context.console.message("nothing to change in #\(id): " + EpisodeText.line(before, window: window))
                return
            }
            let now = context.clock.nowUTC
            try file.write {
                let operation = try Journal(file.db).begin(command: "edit", nowUTC: now)
                try operation.willChange(.episode, rowID: id, .update)
                try repository.update(after, nowUTC: now)
                try operation.describe("edited " + EpisodeText.line(after, window: window))
            }
            context.console.message("before: " + EpisodeText.line(before, window: window))
            context.console.message("after:  " + EpisodeText.line(after, window: window) + "; undo: cramp undo")
            if after.isRedFlag && !before.isRedFlag { context.console.message(Advice.longCramp) }
        }
    }
}
