import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// `cramp trial`: plan a comparison of a baseline against something tried, in phases of nights.
    struct Trial: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trial",
            abstract: "Plan a trial of anything tried (magnesium, a stretching routine, a new pillow) and read its result.",
            discussion: """
                A baseline (default 2 weeks, at least 2), then the treatment (default 4 weeks), as the published trials \
                did; --washout leaves the first nights after each switch out of both sides; --repeat 2 runs ABAB. \
                Strict keeping is on for the trial's nights: a night counts only with a cramp logged or a morning \
                check-in (cramp checkin quiet). One trial at a time.
                """,
            subcommands: [Start.self, Stop.self, ListTrials.self, Report.self])

        struct Start: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "start", abstract: "Start a trial: cramp trial start magnesium --baseline 2 --treatment 4.")
            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("What is tried, e.g. magnesium or \"a stretching routine\".", valueName: "name"))
            var name: [String]

            @Option(name: .long, help: ArgumentHelp("Weeks of baseline (default 2, at least 2).", valueName: "weeks"))
            var baseline = 2

            @Option(name: .long, help: ArgumentHelp("Weeks of treatment (default 4).", valueName: "weeks"))
            var treatment = 4

            @Option(name: .long, help: ArgumentHelp("Nights after each switch left out of both sides (default 0).", valueName: "nights"))
            var washout = 0

            @Option(name: .customLong("repeat"), help: ArgumentHelp("Baseline-then-treatment pairs (2 is ABAB; default 1).", valueName: "n"))
            var cycles = 1

            @OptionGroup var night: FromNight
            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                let plan = TrialPlan(name: name.joined(separator: " "), baselineWeeks: baseline, treatmentWeeks: treatment,
                                     washoutNights: washout, cycles: cycles, from: try night.parsed(session),
                                     note: try note.text(session))
                let trial = try session.actions().startTrial(plan)
                var lines = ["started trial #\(trial.id ?? 0) \"\(EpisodeText.oneLine(trial.name))\": \(TrialWords.plan(trial))"]
                lines += TrialWords.phases(trial).map { "  " + $0 }
                lines.append("strict keeping is on for these nights: log each cramp, and check in each morning "
                             + "(cramp checkin quiet, or cramp checkin N for sleep disturbed N of 10)")
                if ComparisonWords.isQuinine(trial.name) { lines.append(ComparisonWords.quinineAdvice) }
                lines.append("undo: cramp undo")
                for line in lines { session.console.message(line) }
            }
        }

        struct Stop: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the running trial early; its nights so far count.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                session.console.message(TrialWords.stopped(try session.actions().stopTrial(note: try note.text(session))))
            }
        }

        struct ListTrials: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "List the trials, earliest first, with how each ended.")
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                let trials = try session.reader().trials()
                let header = trials.count == 1 ? "1 trial" : "\(trials.count) trials"
                try session.console.listing(header, trials.map(TrialWords.line))
            }
        }

        struct Report: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "report", abstract: "A trial's result: baseline nights against treatment nights (default: the latest trial).")
            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("The trial number, as cramp trial list shows it (12 or #12).", valueName: "id"))
            var id: String?

            @Flag(name: .long, help: "Write the result as JSON (schema cramp-compare/1 with a trial member).")
            var json = false

            func run(_ session: Session) throws {
                let reader = try session.reader()
                let trialID: Int64
                if let id {
                    guard let number = Int64(id.hasPrefix("#") ? String(id.dropFirst()) : id), number > 0 else {
                        throw InputError(field: "trial", value: id, accepted: "a number that cramp trial list shows")
                    }
                    trialID = number
                } else {
                    guard let latest = try reader.trials().last?.id else {
                        throw InputError(field: "trial", value: "none", accepted: "a trial number",
                                         hint: "there is no trial yet; start one with cramp trial start NAME")
                    }
                    trialID = latest
                }
                guard let result = try reader.trialResult(id: trialID) else {
                    throw InputError(field: "trial", value: "#\(trialID)", accepted: "a number that cramp trial list shows",
                                     hint: "there is no such trial")
                }
                if json {
                    try session.console.outLine(TrialWords.json(result).pretty)
                } else {
                    try session.console.out(TrialWords.report(result))
                }
            }
        }
    }
}
