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

    /// ArgumentParser's entry point: the context of the `Cramp.execute` call running it, else the process's own.
    mutating func run() throws {
        try run(Invocation.current?.context ?? CrampContext.live())
    }
}

/// The context `Cramp.execute` runs a command against. Handing it over this way instead of casting the parsed
/// command to `CrampCommand` spares every start a protocol-conformance lookup (0.3M instructions, callgrind).
enum Invocation {
    @TaskLocal static var current: Box?

    /// One invocation's context. It is read only by the command `execute` runs, on the same thread.
    final class Box: @unchecked Sendable {
        let context: CrampContext
        init(_ context: CrampContext) { self.context = context }
    }
}
