import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp show ID`: every field of one episode.
    struct Show: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show every field of one episode.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The episode number, as shown by cramp list.")
        var id: String

        func run(_ context: CrampContext) throws {
            let session = try Session(context, global)
            let reader = try session.reader()
            let episode = try reader.episode(id: try EpisodeNumber.parse(id))
            try session.console.out(EpisodeDetail.text(episode, window: try reader.settings().nightWindow))
        }
    }
}
