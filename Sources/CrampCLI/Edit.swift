import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp edit ID`: change the given fields, print before and after.
    struct Edit: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change fields of an episode (same words and flags as log).",
            discussion: "Only what you give changes. Triggers or reliefs given replace the old list; --clear empties a field.")

        @OptionGroup var global: GlobalOptions

        @OptionGroup var episode: EpisodeArgument

        @OptionGroup var fields: EpisodeOptions

        @Option(name: .long, help: ArgumentHelp(
            "Empty a field (repeatable): \(ClearableField.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "field"))
        var clear: [String] = []

        @Flag(name: .long, help: "Accept a cramp longer than 60 minutes.")
        var yes = false

        func run(_ session: Session) throws {
            let id = try episode.parsed(instead: "posture edit")
            var draft = try fields.draft(session)
            for word in clear { draft.cleared.insert(try ClearableField(word: word)) }
            let edited = try session.actions().edit(id: id, draft, confirmedLong: yes, newNames: fields.newName)
            let console = session.console
            guard edited.changed else {
                console.message("nothing to change in #\(id): " + EpisodeText.line(edited.before, window: edited.window))
                return
            }
            console.message("before: " + EpisodeText.line(edited.before, window: edited.window))
            console.message("after:  " + EpisodeText.line(edited.after, window: edited.window) + "; undo: cramp undo")
            if edited.after.isRedFlag && !edited.before.isRedFlag { console.message(Advice.longCramp) }
        }
    }
}
