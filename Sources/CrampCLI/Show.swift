import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// `cramp show ID`: every field of one episode.
    struct Show: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show every field of one episode.")

        @OptionGroup var episode: EpisodeArgument

        @Flag(name: .long, help: "Write the episode as JSON, with the fields of cramp list --json.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            let reader = try session.reader()
            let window = try reader.settings().nightWindow
            let stored = try reader.episode(id: try episode.parsed())
            try session.console.out(json
                ? EpisodeRecord.json(stored, nightWindow: window).pretty + "\n"
                : EpisodeDetail.text(stored, window: window))
        }
    }
}
