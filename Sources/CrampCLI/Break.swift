import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp break`: a stretch break taken now (or `--at`).
    struct Break: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "break",
            abstract: "Record a stretch break you just took; it counts toward the sitting or standing stretch it falls in.")

        @OptionGroup var global: GlobalOptions

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
            "When: now (default), 10:40, 20m ago.", valueName: "when"))
        var at: String?

        func run() throws {
            let context = try Context(global)
            let when = try at.map { try When.parse($0, clock: context.clock, field: "--at") } ?? context.clock.now
            let file = try context.openForWriting()
            let now = context.clock.nowUTC
            let id = try file.write {
                let id = try BreakRepository(file.db).insert(StretchBreak(at: when), nowUTC: now)
                let operation = try Journal(file.db).begin(command: "break", nowUTC: now)
                try operation.inserted(.stretchBreak, rowID: id)
                try operation.describe("recorded stretch break #\(id) at \(EpisodeText.when(when))")
                return id
            }
            var echo = "recorded stretch break #\(id) at \(EpisodeText.when(when))"
            if let session = try PostureRepository(file.db).sessions(overlappingFromUTC: when.utc, toUTC: when.utc + 1).first {
                echo += ", during " + EpisodeText.line(session)
            }
            context.console.message(echo + "; undo: cramp undo")
        }
    }
}
