import ArgumentParser

/// A `cramp` command: runs against an injected context, so tests run it in process with captured streams.
protocol CrampCommand: ParsableCommand {
    /// Parses nothing more: reads the context, calls one action, prints its result.
    func run(_ context: CrampContext) throws
}

extension CrampCommand {
    /// ArgumentParser's entry point; `Cramp.execute` calls `run(_:)` with its context instead.
    mutating func run() throws {
        try run(CrampContext.live())
    }
}
