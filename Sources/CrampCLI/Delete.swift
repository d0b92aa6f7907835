import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp delete ID`: remove one episode (undo brings it back).
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an episode; cramp undo brings it back.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The episode number, as shown by cramp list.")
        var id: String

        func run() throws {
            let context = try Context(global)
            let id = try EpisodeID.parse(id)
            let (file, episode) = try context.storedEpisode(id)
            let repository = EpisodeRepository(file.db)
            let window = try SettingsRepository(file.db).load().nightWindow
            let now = context.clock.nowUTC
            try file.write {
                let operation = try Journal(file.db).begin(command: "delete", nowUTC: now)
                try operation.willChange(.episode, rowID: id, .delete)
                try repository.delete(id: id)
                try operation.describe("deleted " + EpisodeText.line(episode, window: window))
            }
            context.console.message("deleted " + EpisodeText.line(episode, window: window) + "; undo: cramp undo")
        }
    }
}
