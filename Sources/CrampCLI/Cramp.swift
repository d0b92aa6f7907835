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
            Log a cramp in one line (`cramp log left calf 2m`), check in each morning (`cramp checkin quiet`, or \
            `cramp checkin 6` for sleep disturbed 6 of 10), note long sitting or standing (`cramp sit 2h --breaks 1`), \
            read the weekly report, export for your doctor. Bare `cramp` shows a short status.

            \(GlobalOptions.helpText)
            """,
        version: "0.1.0",
        subcommands: [
            Status.self, Log.self, Checkin.self, List.self, Show.self, Edit.self, Delete.self, Undo.self,
            Sit.self, Stand.self, Stop.self, Break.self, Remind.self, PostureRecords.self, Gap.self, Keeping.self,
            Med.self, Trial.self, Compare.self, Report.self, Config.self, Export.self, Import.self, Summary.self,
            Backup.self, Restore.self, Check.self, Paths.self, Manual.self,
        ],
        defaultSubcommand: Status.self
    )

    /// The process: the live context, one run, its exit status.
    static func main() {
        // A closed pipe must come back from write(2) as EPIPE, so the output code decides how to end.
        signal(SIGPIPE, SIG_IGN)
        let status = execute(Array(CommandLine.arguments.dropFirst()), in: .live())
        if status == ExitStatus.closedPipe.rawValue {
            // The Unix convention for a reader that went away: end by SIGPIPE, quietly, as `cat` would.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        terminate(status)
    }

    /// Parses `arguments`, runs the command against `context`, and maps every failure to one line on its
    /// standard error and the promised exit status. Tests call this with a captured context.
    static func execute(_ arguments: [String], in context: CrampContext) -> Int32 {
        // The prompt line runs before every shell prompt, and the argument parser's reflection alone costs more than
        // the rest of a start (9M instructions of `--version`'s 14M, callgrind): its one exact form skips it.
        if arguments == StatusShort.arguments {
            return finish(context, arguments) { try StatusShort.print(try Session(context, now: nil, db: nil)) }
        }
        if let words = Log.wordsOnly(arguments) {
            return finish(context, arguments) { try Log.run(words: words, context) }
        }
        return finish(context, arguments) {
            var command = try parseAsRoot(try CommandLineForms.prepared(arguments))
            try Invocation.$current.withValue(Invocation.Box(context)) { try command.run() }
        }
    }

    /// Runs `body`, then maps every failure to one line on standard error and the promised exit status; a usage
    /// error points at the `--help` of the command `arguments` name.
    private static func finish(_ context: CrampContext, _ arguments: [String], _ body: () throws -> Void) -> Int32 {
        let console = context.console
        func fail(_ failure: Failure) -> Int32 {
            if let message = failure.message {
                let pointer = failure.pointsToHelp ? " (\(CommandLineForms.commandPath(arguments)) --help)" : ""
                console.message("cramp: \(message)\(pointer)")
            }
            return failure.status.rawValue
        }
        do {
            try body()
            try console.flush()
            return ExitStatus.success.rawValue
        } catch {
            if let failure = Failure(error) {
                // What the command printed before it refused still goes out, unless printing is what failed.
                if !(error is WriteFailure) { _ = try? console.flush() }
                return fail(failure)
            }
            // ArgumentParser's own: usage errors to standard error, in one line; help and version, which are
            // output too (a full disk or a closed pipe ends them like any other), to standard output.
            let code = exitCode(for: error)
            guard code == .success else {
                console.message("cramp: " + UsageLine.text(for: error, path: CommandLineForms.commandPath(arguments)))
                return code.rawValue
            }
            let text = fullMessage(for: error)
            do {
                try console.outLine(text)
                try console.flush()
                return code.rawValue
            } catch {
                return fail(Failure(error)!)
            }
        }
    }
}

/// Ends the process with `status`; `exit` alone would name ParsableCommand's `exit(withError:)` inside `Cramp`.
private func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
