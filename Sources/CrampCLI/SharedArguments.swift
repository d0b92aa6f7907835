import ArgumentParser
import Diary

/// The period words of `list`, `report`, `export` and `summary` (`last week`, `2026-11`, `all`).
struct PeriodWords: ParsableArguments {
    @Argument(help: ArgumentHelp("The period, e.g. last week, 2026-11, last 90 nights, all.", valueName: "period"),
              completion: Completion.periods)
    var words: [String] = []

    /// The period typed, or nil when none was.
    func expression(field: String = "period") throws(InputError) -> PeriodExpression? {
        words.isEmpty ? nil : try PeriodExpression.parse(words.joined(separator: " "), field: field)
    }
}

/// `-o FILE` of `export` and `summary`.
struct OutputFile: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file, replaced only when complete (a new file is 0600, a replaced one keeps its mode; a link is "
            + "followed; a device or FIFO is written directly); - or none: standard output.",
        valueName: "file"))
    var path: String?

    /// Standard output for none or `-`.
    var destination: OutputSink.Destination { OutputSink.Destination(option: path) }
}

/// The episode number of `show`, `edit` and `delete`.
struct EpisodeArgument: ParsableArguments {
    @Argument(help: "The episode number, as shown by cramp list (12 or #12).")
    var id: String

    /// The number, or the refusal saying what one looks like; a record number (`s12`) is named as one, with
    /// `instead`, the posture command that takes it (`posture edit`).
    func parsed(instead: String = "posture list") throws(InputError) -> Int64 {
        if PostureNumber.looksLikeOne(id.trimmingSpaces) {
            let number = id.trimmingSpaces
            let command = instead == "posture list" ? "cramp posture list" : "cramp \(instead) \(number)"
            throw InputError(field: "id", value: id, accepted: "an episode number such as 12 or #12, as shown by cramp list",
                             hint: "\(number) is a sitting or standing record: use \(command)")
        }
        return try EpisodeNumber.parse(id)
    }
}

/// The setting of `config get`, `set` and `reset`.
struct SettingArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The setting: \(SettingKey.acceptedList).", valueName: "key"))
    var key: String

    /// The key, or the refusal listing every key.
    func parsed() throws(InputError) -> SettingKey { try SettingKey.parse(key) }
}

/// `--note TEXT` of `log`, `edit`, `sit` and `stand`; `--note -` reads the note from standard input.
struct NoteOption: ParsableArguments {
    static let help = ArgumentHelp("A note; - reads it from standard input.", valueName: "text")

    @Option(name: .long, parsing: .unconditional, help: NoteOption.help)
    var note: String?

    /// The note typed or read, nil when not given; an empty note clears one (`edit`).
    func text(_ session: Session) throws -> String? { try NoteOption.text(note, session) }

    /// `note` as typed, or read from standard input for `-`.
    static func text(_ note: String?, _ session: Session) throws -> String? {
        try note.map { $0 == "-" ? try session.readNote() : $0 }
    }
}
