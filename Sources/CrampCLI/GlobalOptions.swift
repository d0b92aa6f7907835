import ArgumentParser

/// Options every command takes: which diary, and which moment is "now". They may also come before the command
/// name (`CommandLineForms`), and `cramp --help` lists them (`GlobalOptions.helpText`).
struct GlobalOptions: ParsableArguments {
    static let dbHelp =
        "The diary file to use (default: $CRAMP_DB, else $XDG_DATA_HOME/cramp/cramp.db, else ~/.local/share/cramp/cramp.db)."
    static let nowHelp =
        "Pin the clock to this moment, ISO 8601 such as 2026-11-17T03:10 or 2026-11-17T03:10+01:00 (also $CRAMP_NOW)."

    @Option(name: .long, help: ArgumentHelp(GlobalOptions.dbHelp, valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(GlobalOptions.nowHelp, valueName: "time"))
    var now: String?

    /// The part of `cramp --help` that lists them, wrapped by hand to fit 80 columns. The root command does not
    /// declare them, so it never reads them itself (nor pays their parsing at every start): before a command name
    /// they are moved after it, where that command reads them.
    static let helpText = """
        GLOBAL OPTIONS, before or after the command name (`cramp --db x.db log left
        calf 2m` runs `cramp log --db x.db left calf 2m`):
          --db <path>     The diary file to use (default: $CRAMP_DB, else
                          $XDG_DATA_HOME/cramp/cramp.db, else
                          ~/.local/share/cramp/cramp.db).
          --now <time>    Pin the clock to this moment, ISO 8601 such as
                          2026-11-17T03:10 or 2026-11-17T03:10+01:00 (also
                          $CRAMP_NOW).
        """
}
