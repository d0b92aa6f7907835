import ArgumentParser
import Testing
@testable import CrampCLI

/// Guards a start-up cost the benchmark found: a subcommand without an explicit `commandName`
/// makes ArgumentParser call `String(describing:)` on its type while building the command tree,
/// and each call has the Swift runtime scan every protocol conformance record in the process
/// (about 0.7M instructions per subcommand, paid by every `cramp` run, `cramp log` at 3 a.m. included).
@Suite struct StartupCostTests {
    @Test func everySubcommandNamesItself() {
        var unnamed: [String] = []
        func walk(_ command: any ParsableCommand.Type, path: String) {
            for subcommand in command.configuration.subcommands {
                let name = subcommand.configuration.commandName
                if name == nil { unnamed.append("\(path) \(subcommand)") }
                walk(subcommand, path: path + " " + (name ?? "?"))
            }
        }
        walk(Cramp.self, path: "cramp")
        #expect(Cramp.configuration.commandName == "cramp")
        #expect(unnamed.isEmpty, "give these a commandName: \(unnamed)")
    }
}
