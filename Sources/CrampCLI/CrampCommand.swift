import ArgumentParser

/// A `cramp` command: runs against an injected context, so tests run it in process with captured streams.
protocol CrampCommand: ParsableCommand {
    /// `--db` and `--now`, which every command takes.
    var global: GlobalOptions { get }
    /// Reads what it needs, calls one action, prints its result.
    func run(_ session: Session) throws
}

extension CrampCommand {
    /// The command against `context`, with the global options applied.
    func run(_ context: CrampContext) throws {
        try run(try Session(context, global))
    }

    /// ArgumentParser's entry point; `Cramp.execute` calls `run(_:)` with its context instead.
    mutating func run() throws {
        try run(CrampContext.live())
    }
}
