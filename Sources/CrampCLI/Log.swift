import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp log`: record one episode, echo exactly what was stored.
    struct Log: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record a cramp (or numbness) in one line.",
            discussion: """
                Examples: `cramp log left calf 2m`, `cramp log r foot 90s stretch:helped --at 3am`. \
                Bare `cramp log` records a cramp now with the leg and site of your previous episode.
                """)

        @Flag(name: .long, help: "Show what would be stored, store nothing.")
        var dryRun = false

        @Flag(name: .long, help: "Accept a cramp longer than 60 minutes (usually a typo for seconds).")
        var yes = false

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EpisodeOptions

        func run(_ session: Session) throws {
            try Log.record(try fields.draft(session), confirmedLong: yes, dryRun: dryRun, newNames: fields.newName, session)
        }

        /// The words of `cramp log WORD...` when nothing else is typed (no flag, no option), else nil: the 3 a.m. form,
        /// which `execute` runs without the argument parser, whose reflection is two thirds of a `log` (callgrind:
        /// 20M of 29M instructions). Anything else takes the parser's path, with the same result for these words.
        static func wordsOnly(_ arguments: [String]) -> [String]? {
            guard arguments.first == "log", arguments.dropFirst().allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") }) else {
                return nil
            }
            return Array(arguments.dropFirst())
        }

        /// `cramp log WORD...` as `run` would do it with only those words given.
        static func run(words: [String], _ context: CrampContext) throws {
            let session = try Session(context, now: nil, db: nil)
            try record(try EpisodeOptions.draft(words: words, session), confirmedLong: false, dryRun: false, newNames: false, session)
        }

        /// Stores (or, dry, shows) one episode and echoes exactly what was stored: where every form of `log` ends.
        static func record(_ draft: EpisodeDraft, confirmedLong: Bool, dryRun: Bool, newNames: Bool, _ session: Session) throws {
            let logged = try session.actions().log(draft, confirmedLong: confirmedLong, dryRun: dryRun, newNames: newNames)
            let line = EpisodeText.line(logged.episode, window: logged.window)
                + (logged.notes.isEmpty ? "" : " (" + logged.notes.joined(separator: "; ") + ")")
            if logged.dryRun {
                session.console.message("would log \(line) (dry run: nothing stored)")
                return
            }
            session.console.message("logged \(line); undo: cramp undo")
            if let running = logged.runningMedicines {
                session.console.message(MedicineQuestion.text(logged.episode, running: running))
            }
            if logged.episode.isRedFlag { session.console.message(Advice.longCramp) }
        }
    }
}
