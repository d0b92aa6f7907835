import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `cramp`: a diary for leg cramps and numbness.
@main
struct Cramp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cramp",
        abstract: "A private diary for leg cramps and leg numbness, kept in one local SQLite file.",
        discussion: """
            Log a cramp in one line (`cramp log left calf 2m`), note long sitting or standing \
            (`cramp sit 2h --breaks 1`), read the weekly report, export for your doctor. Bare `cramp` shows a short status.
            """,
        version: "0.1.0",
        subcommands: [
            Status.self, Log.self, List.self, Show.self, Edit.self, Delete.self, Undo.self,
            Sit.self, Stand.self, Break.self, Report.self, Config.self,
            Export.self,
            Import.self,
            Summary.self,
            Backup.self,
            Check.self,
            Paths.self,
        ],
        defaultSubcommand: Status.self
    )

    /// Parses, runs, and maps our typed errors to one stderr line and the promised exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let (message, code) = ExitStatus.classify(error) {
                FileDescriptor.write(2, "cramp: \(message)\n")
                Glibc.exit(code)
            }
            exit(withError: error)
        }
    }
}
