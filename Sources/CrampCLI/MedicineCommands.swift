import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp med start|change|stop|list`: the medicine timeline a doctor asks about.
    struct Med: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "med",
            abstract: "The medicines you take: cramp med start furosemide 40 mg, med change, med stop, med list.",
            discussion: """
                NAME is one word, or quoted when it has several ("iron sucrose"); DOSE is the rest of the line, as \
                typed (40 mg, 1 puff twice daily). Names are compared in any case. Each step can be undone with \
                cramp undo. Medicines of classes associated with leg cramps are named with their source (README, \
                "Medicines").
                """,
            subcommands: [MedicineStepCommand<StartStep>.self, MedicineStepCommand<ChangeStep>.self, Stop.self, ListMedicines.self],
            defaultSubcommand: ListMedicines.self)

        struct Stop: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "stop", abstract: "Record that you stopped a medicine: cramp med stop furosemide.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp("The medicine, as started (several words need no quotes here).", valueName: "name"))
            var name: [String]
            @Option(name: .long, parsing: .unconditional, help: MedicineStep.atHelp)
            var at: String?
            @OptionGroup var note: NoteOption

            func run(_ session: Session) throws {
                let recorded = try session.actions().stopMedicine(
                    name.joined(separator: " "), at: try at.map { try session.when($0) }, note: try note.text(session))
                var text = MedicineText.line(recorded.event)
                if let before = recorded.before {
                    text += "; it ran from \(EpisodeText.when(before.since.at))" + (before.dose.map { ", last dose \($0)" } ?? "")
                }
                session.console.message(text + "; undo: cramp undo")
            }
        }

        struct ListMedicines: CrampCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: "The medicine timeline: each medicine with its starts, dose changes and stops.")
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                let timeline = try session.reader().medicineTimeline()
                let count = timeline.medicines.count, events = timeline.eventCount
                var header = "\(count) medicine\(count == 1 ? "" : "s"), \(events) event\(events == 1 ? "" : "s"), "
                    + "\(timeline.running.count) running"
                if count == 0 { header += "; to add one: cramp med start NAME [DOSE]" }
                var lines: [String] = []
                for medicine in timeline.medicines {
                    lines.append(MedicineText.heading(medicine))
                    lines += medicine.events.map { "  " + MedicineText.step($0) }
                }
                try session.console.listing(header, lines)
            }
        }
    }
}

/// What `med start` and `med change` take: NAME, then DOSE as the rest of the line, `--at WHEN` (the moments
/// `cramp log --at` reads) and `--note`.
struct MedicineStep: ParsableArguments {
    static let atHelp = ArgumentHelp("When (default: now): \(When.acceptedForms).", valueName: "when")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The medicine, e.g. furosemide; quote a name of several words.", valueName: "name"))
    var name: String
    @Argument(help: ArgumentHelp("The dose, as typed: the rest of the line (40 mg); required for change.", valueName: "dose"))
    var dose: [String] = []
    @Option(name: .long, parsing: .unconditional, help: MedicineStep.atHelp)
    var at: String?
    @OptionGroup var note: NoteOption

    /// The dose words as one text.
    var doseText: String { dose.joined(separator: " ") }

    /// The moment typed, or nil for now.
    func moment(_ session: Session) throws -> Timestamp? { try at.map { try session.when($0) } }
}

/// `med start` and `med change`: one command type, told apart by its kind.
struct MedicineStepCommand<Kind: MedicineStepKind>: CrampCommand {
    static var configuration: CommandConfiguration { Kind.configuration }
    @OptionGroup var step: MedicineStep
    var global: GlobalOptions { step.global }

    func run(_ session: Session) throws {
        let actions = try session.actions()
        let (name, at, note) = (step.name, try step.moment(session), try step.note.text(session))
        let echo: String
        switch Kind.action {
        case .start:
            let recorded = try actions.startMedicine(name, dose: step.dose.isEmpty ? nil : step.doseText, at: at, note: note)
            echo = MedicineText.line(recorded.event) + (recorded.drugClass.map { "; \(recorded.event.name): \($0.text)" } ?? "")
        case .change, .stop: // `med stop` is its own command: its name may be several words unquoted
            let recorded = try actions.changeMedicineDose(name, dose: step.doseText, at: at, note: note)
            echo = MedicineText.line(recorded.event) + "; was \(recorded.before?.dose ?? "no dose given")"
        }
        session.console.message(echo + "; undo: cramp undo")
    }
}

/// Which step a `MedicineStepCommand` records.
protocol MedicineStepKind {
    static var configuration: CommandConfiguration { get }
    static var action: MedicineAction { get }
}

/// `cramp med start NAME [DOSE]`.
enum StartStep: MedicineStepKind {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Record that you started a medicine: cramp med start furosemide 40 mg.")
    static let action = MedicineAction.start
}

/// `cramp med change NAME DOSE`.
enum ChangeStep: MedicineStepKind {
    static let configuration = CommandConfiguration(
        commandName: "change", abstract: "Record a new dose of a running medicine: cramp med change furosemide 20 mg.")
    static let action = MedicineAction.change
}

/// The question `log` asks when a `medication` trigger names no medicine.
enum MedicineQuestion {
    /// `which medicine was it? running then: furosemide 40 mg; name it with: cramp edit 12 --trigger medication:furosemide`.
    static func text(_ episode: Episode, running: [RunningMedicine]) -> String {
        let name = running.count == 1 ? running[0].name : "NAME"
        var words = ["cramp", "edit", "\(episode.id ?? 0)"]
        for trigger in episode.triggers where !trigger.isUnnamedMedication {
            words += ["--trigger", ShellWord.quoted(trigger.name)]
        }
        words += ["--trigger", name == "NAME" ? "medication:NAME" : ShellWord.quoted(Trigger.medicationPrefix + name)]
        var text = "which medicine was it? " + MedicineText.runningList(running) + "; name it with: "
            + words.joined(separator: " ")
        if running.isEmpty { text += " (and add it to the timeline: cramp med start NAME [DOSE])" }
        return text
    }
}

/// A word as a POSIX shell needs it in a command to copy: bare when safe, else in single quotes.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }) { return word }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    /// Every `target` replaced by `replacement` (Foundation-free).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}

extension Failure {
    /// A medicine refusal with what to type instead.
    static func words(_ refusal: MedicineRefusal) -> String {
        let advice = switch refusal {
        case .alreadyRunning(let running):
            "To record a new dose: cramp med change \(ShellWord.quoted(running.name)) DOSE; to record that it stopped: "
                + "cramp med stop \(ShellWord.quoted(running.name))."
        case .notRunning(let event, _, _) where event.action == .change:
            "To record that it started: cramp med start \(ShellWord.quoted(event.name)) \(event.dose ?? "DOSE")."
        case .notRunning:
            "The timeline: cramp med list (names are compared in any case)."
        case .sameDose(let running):
            "To record another dose: cramp med change \(ShellWord.quoted(running.name)) DOSE."
        case .contradictsLater(_, let later):
            "Choose a moment after \(EpisodeText.when(later.at)) with --at; the timeline: cramp med list."
        }
        return refusal.description + ". " + advice
    }
}
