import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp delete ID`: remove one episode (undo brings it back).
    struct Delete: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an episode; cramp undo brings it back.")

        @OptionGroup var global: GlobalOptions

        @OptionGroup var episode: EpisodeArgument

        func run(_ session: Session) throws {
            let deleted = try session.actions().delete(id: try episode.parsed(instead: "posture delete"))
            session.console.message("deleted " + EpisodeText.line(deleted.episode, window: deleted.window) + "; undo: cramp undo")
        }
    }
}
