import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp delete ID`: remove one episode (undo brings it back).
    struct Delete: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an episode; cramp undo brings it back.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The episode number, as shown by cramp list.")
        var id: String

        func run(_ context: CrampContext) throws {
            let session = try Session(context, global)
            let deleted = try session.actions().delete(id: try EpisodeNumber.parse(id))
            session.console.message("deleted " + EpisodeText.line(deleted.episode, window: deleted.window) + "; undo: cramp undo")
        }
    }
}
