import ArgumentParser

/// Options every command takes: which diary, and which moment is "now".
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The diary file to use (default: $CRAMP_DB, else $XDG_DATA_HOME/cramp/cramp.db, else ~/.local/share/cramp/cramp.db).",
        valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "Pin the clock to this moment, ISO 8601 such as 2026-11-17T03:10 or 2026-11-17T03:10+01:00 (also $CRAMP_NOW).",
        valueName: "time"))
    var now: String?
}
