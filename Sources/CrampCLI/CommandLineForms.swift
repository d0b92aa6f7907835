import Diary

/// What `cramp` does to a command line before the argument parser reads it: the conventions people bring from
/// git and sqlite3, and one-line answers for a line that names no command.
///
/// - `--db PATH` and `--now TIME` typed before the command name are moved to just after it (and after a
///   subcommand such as `checkin list`): `cramp --db x.db log left calf 2m` runs `cramp log --db x.db left calf 2m`.
/// - `cramp version` and `cramp -V` are `cramp --version`.
/// - A first word that is no command is refused in one line: `cramp lgo` suggests `cramp log`, and
///   `cramp left calf 2m` (a forgotten `log`) suggests `cramp log left calf 2m`; so is `cramp help nosuch`.
///
/// It only compares strings against the lists below, so `cramp log` pays nothing measurable for it.
enum CommandLineForms {
    /// The top-level command names, in the order `cramp --help` lists them (a test compares them with
    /// `Cramp.configuration`).
    static let commands = [
        "status", "log", "checkin", "list", "show", "edit", "delete", "undo", "sit", "stand", "stop", "break", "remind",
        "posture", "gap", "keeping", "med", "trial", "compare", "report", "config", "export", "import", "summary", "backup",
        "restore", "check", "paths", "manual",
    ]

    /// The commands `cramp --help` lists, and so the refusals list: all but the hidden `manual`.
    static let listed = commands.filter { $0 != "manual" }

    /// The commands that have subcommands of their own, and their names.
    static let subcommands: [String: [String]] = [
        "checkin": ["record", "list", "remove"],
        "posture": ["list", "edit", "delete"],
        "gap": ["mark", "list", "remove"],
        "keeping": ["stop", "start"],
        "med": ["start", "change", "stop", "list"],
        "trial": ["start", "stop", "list", "report"],
        "config": ["list", "get", "set", "reset"],
    ]

    /// The options every command takes, which may also come before the command name.
    static let globalOptions = ["--db", "--now"]

    /// The command line the argument parser gets, or the one-line refusal of a line that names no command.
    static func prepared(_ arguments: [String]) throws(Failure) -> [String] {
        var globals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalOptions.contains(argument), index + 1 < arguments.count {
                globals += [argument, arguments[index + 1]]
                index += 2
            } else if globalOptions.contains(where: { argument.hasPrefix($0 + "=") }) {
                globals.append(argument)
                index += 1
            } else {
                break
            }
        }
        let rest = Array(arguments[index...])
        if rest == ["version"] || rest == ["-V"] { return ["--version"] }
        guard let first = rest.first, !first.hasPrefix("-") else { return arguments }
        if first == "help" {
            try checkHelp(Array(rest.dropFirst()))
            return rest
        }
        guard commands.contains(first) else { throw notACommand(rest) }
        guard !globals.isEmpty else { return arguments }
        let path = rest.count > 1 && subcommands[first]?.contains(rest[1]) == true ? 2 : 1
        return Array(rest[..<path]) + globals + Array(rest[path...])
    }

    /// `cramp log`, `cramp checkin list`: the command a (prepared) command line runs, for "see its --help".
    static func commandPath(_ arguments: [String]) -> String {
        var index = 0
        while index < arguments.count, globalOptions.contains(where: { arguments[index].hasPrefix($0) }) {
            index += arguments[index].contains("=") ? 1 : 2
        }
        guard index < arguments.count, commands.contains(arguments[index]) else { return "cramp" }
        let first = arguments[index]
        if index + 1 < arguments.count, let names = subcommands[first], names.contains(arguments[index + 1]) {
            return "cramp \(first) \(arguments[index + 1])"
        }
        return "cramp \(first)"
    }

    /// The refusal of a line whose first word is no command: a forgotten `log`, a misspelt command, or neither.
    private static func notACommand(_ words: [String]) -> Failure {
        let first = words[0]
        let forgottenLog = Failure(
            "\(UnknownWord.quoted(first)) is not a command; did you mean \"cramp log \(shellWords(words))\"? (cramp log --help)",
            status: .usage)
        if isLogWord(first) { return forgottenLog }
        if let near = Spelling.nearest(to: first, among: commands) {
            return Failure("unknown command \(UnknownWord.quoted(first)); did you mean \"cramp \(near)\"? (cramp --help)",
                           status: .usage)
        }
        if words.contains(where: isLogWord) { return forgottenLog }
        return Failure("unknown command \(UnknownWord.quoted(first)); commands: \(listed.joined(separator: ", ")) "
                       + "(cramp --help)", status: .usage)
    }

    /// `cramp help [COMMAND [SUBCOMMAND]]` names commands that exist; the argument parser would show the main
    /// help for any other word.
    private static func checkHelp(_ words: [String]) throws(Failure) {
        let names = words.filter { !$0.hasPrefix("-") }
        guard let first = names.first else { return }
        func refuse(_ word: String, among known: [String], prefix: String) -> Failure {
            let guess = Spelling.nearest(to: word, among: known).map { "did you mean \"cramp help \(prefix)\($0)\"?" }
            return Failure("unknown command \(UnknownWord.quoted(word)) for help; "
                           + (guess ?? "commands: \((known == commands ? listed : known).joined(separator: ", "))")
                           + " (cramp --help)", status: .usage)
        }
        guard commands.contains(first) else { throw refuse(first, among: commands, prefix: "") }
        guard names.count > 1 else { return }
        guard let known = subcommands[first], names.count == 2, known.contains(names[1]) else {
            throw refuse(names.dropFirst().joined(separator: " "), among: subcommands[first] ?? [], prefix: first + " ")
        }
    }

    /// True for a word `cramp log` reads on its own: a leg, site, duration, intensity, trigger, relief, am/pm time.
    private static func isLogWord(_ word: String) -> Bool {
        let anyMoment = Clock(nowUTC: 0, zone: FixedOffsetZone(seconds: 0))
        return (try? EpisodeWords.parse([word], clock: anyMoment)) != nil
    }

    /// The words as a shell line: a word with a space or a quote in single quotes.
    private static func shellWords(_ words: [String]) -> String {
        words.map { word in
            word.contains(where: { " \t'\"$\\".contains($0) }) || word.isEmpty
                ? "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'" : word
        }.joined(separator: " ")
    }
}
