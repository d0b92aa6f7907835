import ArgumentParser
import FoundationEssentials

/// `cramp manual`: the man page (mdoc), written from the command tree itself so it cannot fall behind the commands.
///
/// The tree comes from the argument parser's own description of the commands (the JSON behind
/// `--experimental-dump-help`), the same source its `generate-manual` plugin reads; rendering it here lets the
/// install step write the page with the binary it installs, with no second build.
struct Manual: CrampCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Write the man page (mdoc) to standard output, e.g. cramp manual > cramp.1; man -l cramp.1.",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    func run(_ session: Session) throws {
        let page = try ManualPage(dumpedHelp: Cramp._dumpHelp())
        try session.console.out(page.mdoc())
    }
}

/// The man page of a command tree, rendered as mdoc.
struct ManualPage {
    let tool: CommandInfo

    /// The date of the version the page describes (`Cramp.configuration.version`), as mdoc's `.Dd` wants it.
    static let versionDate = "November 26, 2026"

    /// Reads the argument parser's description of the tree; a shape it cannot read is a defect of this build.
    init(dumpedHelp: String) throws {
        do {
            tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dumpedHelp.utf8)).command
        } catch {
            throw Failure("cannot read the command descriptions to write the man page (\(error)); this is a defect of this cramp build",
                          status: .failure)
        }
    }

    /// The whole page.
    func mdoc() -> String {
        var lines = [
            ".\\\" The man page of cramp, written by `cramp manual` from its commands. Do not edit: regenerate.",
            ".Dd \(Self.versionDate)",
            ".Dt CRAMP 1",
            ".Os",
            ".Sh NAME",
            ".Nm cramp",
            ".Nd \(Self.escaped(tool.abstract ?? ""))",
            ".Sh SYNOPSIS",
            ".Nm",
            ".Op Fl -db Ar path",
            ".Op Fl -now Ar time",
            ".Ar command",
            ".Op Ar arguments ...",
            ".Sh DESCRIPTION",
        ]
        lines += Self.paragraphs(tool.discussion, first: true)
        // Every command takes the global options: told once here, not under each command.
        let global = tool.visibleSubcommands.lazy.compactMap { command in
            command.arguments.map { $0.filter { Self.globalNames.contains($0.names?.first?.name ?? "") } }
        }.first { !$0.isEmpty } ?? []
        if !global.isEmpty {
            lines += [".Pp", "Every command takes these options, before or after its name:", ".Bl -tag -width Ds"]
            for argument in global { lines += [".It \(argument.label)", Self.escaped(argument.description)] }
            lines.append(".El")
        }
        lines.append(".Sh COMMANDS")
        for command in tool.visibleSubcommands {
            lines += Self.section(for: command, path: [])
        }
        lines += Self.fixedSections
        return lines.joined(separator: "\n") + "\n"
    }

    /// One command's entry: its name and usage, what it does, its arguments and options, then its own subcommands.
    private static func section(for command: CommandInfo, path: [String]) -> [String] {
        let names = path + [command.commandName]
        var lines = [".Ss \(escaped(names.joined(separator: " ")))"]
        if let abstract = command.abstract, !abstract.isEmpty { lines.append(escaped(abstract)) }
        lines += paragraphs(command.discussion)
        let arguments = (command.arguments ?? []).filter {
            $0.shouldDisplay && !globalNames.contains($0.names?.first?.name ?? "") && $0.names?.first?.name != "help"
                && $0.names?.first?.name != "h" && $0.names?.first?.name != "version"
        }
        if !arguments.isEmpty {
            lines.append(".Bl -tag -width Ds")
            for argument in arguments {
                lines.append(".It \(argument.label)")
                lines.append(escaped(argument.description))
            }
            lines.append(".El")
        }
        for sub in command.visibleSubcommands {
            lines += section(for: sub, path: names)
        }
        return lines
    }

    /// What every page of a command-line tool tells beyond its commands: environment, files, exit status.
    private static let fixedSections = [
        ".Sh ENVIRONMENT",
        ".Bl -tag -width Ds",
        ".It Ev CRAMP_DB",
        "The diary file, when no",
        ".Fl -db",
        "is given.",
        ".It Ev XDG_DATA_HOME",
        "The folder holding",
        ".Pa cramp/cramp.db",
        "when neither",
        ".Fl -db",
        "nor",
        ".Ev CRAMP_DB",
        "is given.",
        ".It Ev CRAMP_NOW",
        "Pins the clock, as",
        ".Fl -now",
        "does.",
        ".It Ev TZ",
        "The time zone times are read and shown in.",
        ".It Ev NO_COLOR",
        "When set, no colour is used.",
        ".El",
        ".Sh FILES",
        ".Bl -tag -width Ds",
        ".It Pa ~/.local/share/cramp/cramp.db",
        "The diary, one SQLite file readable by its owner only.",
        ".El",
        ".Sh EXIT STATUS",
        ".Bl -tag -width Ds",
        ".It 0",
        "Done.",
        ".It 1",
        "A failure that is not one below.",
        ".It 64",
        "A usage error: the command line could not be read; nothing was written.",
        ".It 65",
        "Bad data: a value or a file was refused; nothing was written.",
        ".It 74",
        "An input or output error: the diary or a file could not be read or written.",
        ".El",
        ".Sh EXAMPLES",
        ".Dl cramp log left calf 2m",
        ".Dl cramp log right foot 90s --at \\(dqyesterday 23:40\\(dq",
        ".Dl cramp undo",
        ".Dl cramp report",
        ".Dl cramp export -o cramps.csv",
        ".Dl cramp summary --format html -o visit.html",
    ]

    /// The options of `GlobalOptions`, which every command takes.
    private static let globalNames: Set<String> = ["db", "now"]

    /// Free text as mdoc paragraphs: a blank line in the text starts a new one; `first` right after a heading,
    /// where mdoc wants no paragraph macro.
    private static func paragraphs(_ text: String?, first: Bool = false) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        var lines: [String] = []
        for (index, paragraph) in text.split(separator: "\n\n", omittingEmptySubsequences: true).enumerated() {
            if !(first && index == 0) { lines.append(".Pp") }
            lines += paragraph.split(separator: "\n").map { escaped(String($0)) }
        }
        return lines
    }

    /// Text safe on an mdoc text line: a leading dot or quote would read as a request, a backslash as an escape.
    static func escaped(_ text: String) -> String {
        var out = text.replacing("\\", with: "\\e")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}

// The parts of the argument parser's tool description (its ToolInfo V0 JSON) the page uses.
struct ToolInfo: Decodable {
    let command: CommandInfo
}

struct CommandInfo: Decodable {
    let commandName: String
    let abstract: String?
    let discussion: String?
    let shouldDisplay: Bool?
    let subcommands: [CommandInfo]?
    let arguments: [ArgumentInfo]?

    var visibleSubcommands: [CommandInfo] { (subcommands ?? []).filter { $0.shouldDisplay ?? true } }
}

struct ArgumentInfo: Decodable {
    struct Name: Decodable {
        let kind: String
        let name: String
    }

    let kind: String
    let names: [Name]?
    let valueName: String?
    let abstract: String?
    let discussion: String?
    let defaultValue: String?
    let isRepeating: Bool
    let shouldDisplay: Bool

    /// The item's head: `Fl -at Ar when`, `Fl l , Fl -leg Ar leg`, or `Ar words ...` for a positional argument.
    var label: String {
        let value = valueName.map { ManualPage.escaped($0) } ?? "value"
        switch kind {
        case "positional":
            return "Ar \(value)" + (isRepeating ? " ..." : "")
        default:
            let flags = (names ?? []).map { name -> String in
                name.kind == "short" ? "Fl \(name.name)" : name.kind == "longWithSingleDash" ? "Fl \(name.name)" : "Fl -\(name.name)"
            }.joined(separator: " , ")
            return kind == "option" ? "\(flags) Ar \(value)" : flags
        }
    }

    /// What it means, with its default when it has one.
    var description: String {
        var text = [abstract, discussion].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        if let defaultValue, !defaultValue.isEmpty { text += " (default: \(defaultValue))" }
        return text.isEmpty ? "No description." : text
    }
}
